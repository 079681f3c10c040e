import { app, dialog, Menu } from 'electron'
import type { EditCommand } from '../../shared/models/app-event'
import type { ReaderCommand } from '../../shared/models/app-event'
import { appMenuTemplate } from './app-menu-template'

export interface MenuActions {
  /** Asks for page files and imports them. */
  openFiles(): Promise<void>
  openFolder(): Promise<void>
  openRecentFolder(folder: string): Promise<void>
  /** Has the window open its Paste New Pair dialog. */
  pasteNewPair(): void
  /** Has the window ask whether to remove the imported page on screen. */
  removeImportedPage(): void
  reloadLibrary(): Promise<void>
  /** Opens the user's glossary file in the system editor (then Reload Library applies it). */
  editGlossary(): Promise<void>
  /** Opens the window's export dialog. */
  exportPairs(): void
  showError(message: string): void
  command(command: EditCommand): void
  /** Sends a menu command to the reader in the window. */
  readerCommand(command: ReaderCommand): void
}

/** The menu of app-menu-template.ts, wired to the actions; `packaged` is app.isPackaged. */
export function buildAppMenu(actions: MenuActions, options: { readonly packaged: boolean; readonly recentFolders?: readonly string[] }): Menu {
  const run = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) => actions.showError(error instanceof Error ? error.message : String(error)))
  }
  const template = appMenuTemplate(
    { packaged: options.packaged, platform: process.platform, recentFolders: options.recentFolders },
    {
      openFiles: run(actions.openFiles),
      openFolder: run(actions.openFolder),
      openRecentFolder: (folder) => run(() => actions.openRecentFolder(folder))(),
      pasteNewPair: () => actions.pasteNewPair(),
      removeImportedPage: () => actions.removeImportedPage(),
      reloadLibrary: run(actions.reloadLibrary),
      editGlossary: run(actions.editGlossary),
      command: actions.command,
      exportPairs: () => actions.exportPairs(),
      readerCommand: (command) => actions.readerCommand(command),
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'About KoBi Reader',
          message: `KoBi Reader ${app.getVersion()}`,
          detail: 'Read Korean news beside its English translation and check the translation.',
        }),
    },
  )
  return Menu.buildFromTemplate(template)
}
