import type { Library } from './library'

/** Work the main process runs in the background and reports on. */
export type TaskKind = 'load-library' | 'compare' | 'export'

/**
 * What the main process pushes to the UI without being asked: progress of background work, and a new library
 * when the menu (Open Folder…, Reload Library) changed it behind the renderer's back, and menu commands the
 * window carries out (File › Export…).
 */
export type AppEvent =
  | {
      readonly type: 'progress'
      /** One id per run of a task, so a stale report of a cancelled run can be told apart. */
      readonly taskId: number
      readonly task: TaskKind
      /** What is being done, for the user ("Reading 12 of 200 pages"). */
      readonly label: string
      readonly done: number
      /** 0 when the amount of work is not known yet. */
      readonly total: number
    }
  | { readonly type: 'progress-end'; readonly taskId: number; readonly task: TaskKind }
  | { readonly type: 'library'; readonly library: Library; /** An article to open: the first one the menu imported. */ readonly select?: string }
  /**
   * A menu item the window carries out itself (File › Paste New Pair…, File › Remove Imported Page…, which
   * acts on the article on screen, File › Export…; Edit › Undo acts on the pair, or on the text field in focus).
   */
  | { readonly type: 'menu'; readonly command: MenuCommand }

/** Menu items the page carries out itself. */
export type MenuCommand = 'paste-new-pair' | 'remove-imported-page' | 'export' | EditCommand

/** Edit › Undo and Redo: the page gives them to the text field in focus or to the open pair. */
export type EditCommand = 'undo' | 'redo'

export type AppEventListener = (event: AppEvent) => void

/** What the desktop app's menu asks the reader to do (web mode has the same keys and buttons instead). */
export type ReaderCommand = 'show-shortcuts' | 'larger-text' | 'smaller-text' | 'default-text'

/**
 * What the window receives on the event channel: the handlers' AppEvents, and the menu's commands for the
 * reader (Help › Keyboard Shortcuts, View › Larger Text…), which only the Electron shell sends.
 */
export type WindowEvent = AppEvent | { readonly type: 'command'; readonly command: ReaderCommand }

export type WindowEventListener = (event: WindowEvent) => void
