import { app, dialog, Menu } from 'electron'
import type { ReaderCommand } from '../../shared/models/app-event'
import { appMenuTemplate } from './app-menu-template'

export interface MenuActions {
  openFolder(): Promise<void>
  reloadLibrary(): Promise<void>
  /** Opens the user's glossary file in the system editor (then Reload Library applies it). */
  editGlossary(): Promise<void>
  showError(message: string): void
  /** Sends a menu command to the reader in the window. */
  readerCommand(command: ReaderCommand): void
}

/** The menu of app-menu-template.ts, wired to the actions; `packaged` is app.isPackaged. */
export function buildAppMenu(actions: MenuActions, options: { readonly packaged: boolean }): Menu {
  const run = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) => actions.showError(error instanceof Error ? error.message : String(error)))
  }
  const template = appMenuTemplate(
    { packaged: options.packaged, platform: process.platform },
    {
      openFolder: run(actions.openFolder),
      reloadLibrary: run(actions.reloadLibrary),
      editGlossary: run(actions.editGlossary),
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
