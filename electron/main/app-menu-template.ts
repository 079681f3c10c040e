// The application menu as data: a pure function of { packaged, platform } (the type import is erased, so
// no Electron at run time). app-menu.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron'

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
  /** File › Export…; the item is left out when not given. */
  exportPairs?(): void
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
        ...(actions.exportPairs ? [{ type: 'separator' as const }, { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPairs?.() }] : []),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
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
