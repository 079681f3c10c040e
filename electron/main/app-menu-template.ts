// The application menu as data: a pure function of { packaged, platform } (the type import is erased, so
// no Electron at run time). app-menu.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../../shared/models/app-event'

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
  /** Hands a command to the page (Undo and Redo act on the open pair unless a text field has focus). */
  command(command: AppCommand): void
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
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developerItems,
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'About KoBi Reader', click: () => actions.showAbout() }],
    },
  ]
}
