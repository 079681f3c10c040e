// The application menu as data: a pure function of { packaged, platform } (the type import is erased, so
// no Electron at run time). app-menu.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron'
import type { EditCommand } from '../../shared/models/app-event'
import type { ReaderCommand } from '../../shared/models/app-event'

export interface MenuTemplateOptions {
  /** app.isPackaged: an installed app has no DevTools and no page reload of the developer kind. */
  readonly packaged: boolean
  readonly platform: NodeJS.Platform
  /** File › Open Recent's folders, newest first. */
  readonly recentFolders?: readonly string[]
}

export interface MenuTemplateActions {
  openFiles(): void
  openFolder(): void
  openRecentFolder(folder: string): void
  pasteNewPair(): void
  /** File › Remove Imported Page…: the window asks about the article on screen (a library folder's page is never removed). */
  removeImportedPage(): void
  reloadLibrary(): void
  editGlossary(): void
  showAbout(): void
  /** Hands a command to the page (Undo and Redo act on the open pair unless a text field has focus). */
  command(command: EditCommand): void
  /** File › Export…; the item is left out when not given. */
  exportPairs?(): void
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
  const recent = options.recentFolders ?? []
  const recentItems: MenuItemConstructorOptions[] =
    recent.length > 0
      ? recent.map((folder) => ({ label: folder, click: () => actions.openRecentFolder(folder) }))
      : [{ label: 'No Recent Folders', enabled: false }]
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open File…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openFiles() },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Open Recent', submenu: recentItems },
        { label: 'Paste New Pair…', accelerator: 'CmdOrCtrl+N', click: () => actions.pasteNewPair() },
        { label: 'Remove Imported Page…', click: () => actions.removeImportedPage() },
        { type: 'separator' },
        { label: 'Reload Library', accelerator: 'CmdOrCtrl+R', click: () => actions.reloadLibrary() },
        { label: 'Edit Glossary…', click: () => actions.editGlossary() },
        ...(actions.exportPairs ? [{ type: 'separator' as const }, { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPairs?.() }] : []),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Not the undo/redo roles: those only reach text fields, and the pair's edits live in the page.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
        { label: 'Redo', accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => actions.command('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
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
