import type { Library } from './library'

/** Work the main process runs in the background and reports on. */
export type TaskKind = 'load-library' | 'compare'

/**
 * What the main process pushes to the UI without being asked: progress of background work, and a new library
 * when the menu (Open Folder…, Reload Library) changed it behind the renderer's back.
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
  /** A menu item the window carries out itself (File › Paste New Pair…). */
  | { readonly type: 'menu'; readonly command: MenuCommand }

export type MenuCommand = 'paste-new-pair'

export type AppEventListener = (event: AppEvent) => void
