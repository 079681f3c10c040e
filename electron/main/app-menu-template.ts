// The application menu as data: a pure function of { packaged, platform } (the type import is erased, so
// no Electron at run time). app-menu.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron'
import type { ReaderCommand } from '../../shared/models/app-event'

export interface MenuTemplateOptions {
  /** app.isPackaged: an installed app has no DevTools and no page reload of the developer kind. */
  readonly packaged: boolean
  readonly platform: NodeJS.Platform
}

export interface MenuTemplateActions {
  openFolder(): void
  reloadLibrary(): void
  editGlossary(): void
  showAbout(): void
  /** Passes a command to the reader in the window (it owns the text size and the shortcut sheet). */
  readerCommand(command: ReaderCommand): void
}

/**
 * File, Edit, View and Help (plus the app menu on macOS). In development View also has Reload Page (F5),
 * Force Reload and Toggle Developer Tools; CmdOrCtrl+R stays File › Reload Library in both. The `viewMenu`
 * role is never used, since its default items include those developer ones.
 */
export function appMenuTemplate(options: MenuTemplateOptions, actions: MenuTemplateActions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const developerItems: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: 'Reload Page', accelerator: 'F5' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
      ]
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Reload Library', accelerator: 'CmdOrCtrl+R', click: () => actions.reloadLibrary() },
        { label: 'Edit Glossary…', click: () => actions.editGlossary() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // The reader's own text size (kept in its settings), in place of page zoom on the same keys.
        { label: 'Larger Text', accelerator: 'CmdOrCtrl+=', click: () => actions.readerCommand('larger-text') },
        { label: 'Smaller Text', accelerator: 'CmdOrCtrl+-', click: () => actions.readerCommand('smaller-text') },
        { label: 'Default Text Size', accelerator: 'CmdOrCtrl+0', click: () => actions.readerCommand('default-text') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developerItems,
      ],
    },
    {
      role: 'help',
      submenu: [
        // "?" in the window opens the same sheet; the accelerator is shown, the window handles the key.
        { label: 'Keyboard Shortcuts', accelerator: 'Shift+/', registerAccelerator: false, click: () => actions.readerCommand('show-shortcuts') },
        { type: 'separator' },
        { label: 'About KoBi Reader', click: () => actions.showAbout() },
      ],
    },
  ]
}
