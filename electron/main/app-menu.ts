import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  openFolder(): Promise<void>
  reloadLibrary(): Promise<void>
  /** Opens the user's glossary file in the system editor (then Reload Library applies it). */
  editGlossary(): Promise<void>
  showError(message: string): void
}

/** File, View and Help menus (plus the app menu on macOS). */
export function buildAppMenu(actions: MenuActions): Menu {
  const run = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) => actions.showError(error instanceof Error ? error.message : String(error)))
  }
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: run(actions.openFolder) },
        { label: 'Reload Library', accelerator: 'CmdOrCtrl+R', click: run(actions.reloadLibrary) },
        { label: 'Edit Glossary…', click: run(actions.editGlossary) },
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
        { role: 'toggleDevTools' },
      ],
    },
    {
      role: 'help',
      submenu: [
        {
          label: 'About KoBi Reader',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About KoBi Reader',
              message: `KoBi Reader ${app.getVersion()}`,
              detail: 'Read Korean news beside its English translation and check the translation.',
            }),
        },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
