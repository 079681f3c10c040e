import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type IpcMainInvokeEvent } from 'electron'
import { appApiChannel, appApiMethods, appEventChannel } from '../../shared/models/app-api'
import type { EditCommand, ReaderCommand, WindowEvent } from '../../shared/models/app-event'
import { createAppHandlers } from '../../node/api/app-handlers'
import { buildAppMenu } from './app-menu'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { lockDown } from './lock-down'
import { chooseRendererSource, isRendererUrl } from './renderer-source'
import { secureWebPreferences } from './web-preferences'
import { contentSecurityPolicy, devContentSecurityPolicy } from '../../shared/lib/security/content-security-policy'
import { invokeAppApi } from '../../node/api/invoke-app-api'
import { ensureUserGlossary } from '../../node/files/read-user-glossary'
import { openStore, type Store } from '../../node/store/store'
import { CorruptStoreError, moveStoreAside } from '../../node/store/corrupt-store'
import { workerWork } from '../../node/work/worker-work'

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rendererDir = path.join(outDir, 'renderer')
// The dev server (electron-vite sets ELECTRON_RENDERER_URL in `npm run dev`) in development only; a packaged
// app always shows out/renderer over app://kobi/.
const renderer = chooseRendererSource({ packaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL })

// Before `ready`: the privileged app:// scheme, and the sandbox for every renderer.
registerAppScheme()
app.enableSandbox()

let mainWindow: BrowserWindow | null = null

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    title: 'KoBi Reader',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences({ preload: path.join(outDir, 'preload/index.cjs'), packaged: app.isPackaged }),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(renderer.url)
  return win
}

/** True when the URL is the app's own page (app://kobi/index.html, or the dev server in development). */
function isAppUrl(raw: string): boolean {
  return isRendererUrl(raw, renderer)
}

/** Only the main frame of our window, showing our page, may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return mainWindow !== null && event.sender === mainWindow.webContents && frame !== null && frame === mainWindow.webContents.mainFrame && isAppUrl(frame.url)
}

async function start(): Promise<void> {
  await app.whenReady()
  lockDown({ isAppUrl, contentSecurityPolicy: renderer.kind === 'dev-server' ? devContentSecurityPolicy : contentSecurityPolicy })
  serveAppProtocol(rendererDir)

  const store = await openStoreOrStartFresh(path.join(app.getPath('userData'), 'kobi.sqlite'))
  if (!store) return app.quit()
  const glossaryFile = path.join(app.getPath('userData'), 'glossary.txt')
  const sendEvent = (event: WindowEvent) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(appEventChannel, event)
  }
  const handlers = createAppHandlers({
    libraryFolder: path.join(app.getAppPath(), 'seeds'),
    store,
    glossaryFile,
    // Loads and comparisons run in worker threads, so the window and menus never wait on them.
    work: workerWork(path.join(outDir, 'main/work-worker.js')),
    onEvent: sendEvent,
    chooseFolder: async () => {
      const options = { title: 'Open a folder of news pages', properties: ['openDirectory' as const] }
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    chooseFiles: async () => {
      const options = {
        title: 'Open news pages',
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [{ name: 'News pages', extensions: ['txt', 'html', 'htm', 'xhtml'] }, { name: 'All files', extensions: ['*'] }],
      }
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
    },
    // Pasted pairs and dropped or opened files are kept here and read with every library folder.
    importFolder: path.join(app.getPath('userData'), 'imported'),
    reopenLastFolder: true,
    chooseSaveFile: async (suggestedName) => {
      const extension = path.extname(suggestedName).slice(1)
      const options = {
        title: 'Export',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      }
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  })

  for (const method of appApiMethods) {
    ipcMain.handle(appApiChannel(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new Error('This page may not use the KoBi API.')
      const result = invokeAppApi(handlers, method, args)
      // Opening a folder from the window changes File › Open Recent.
      if (method === 'openFolder' || method === 'openRecentFolder') void result.then(() => refreshMenu(), () => {})
      return result
    })
  }

  app.on('will-quit', () => {
    void handlers.close()
    store.close()
  })

  // The menu changes the library behind the renderer's back: the new library goes to the window as an event.
  const menuActions = {
    openFiles: async () => {
      const imported = await handlers.openFiles()
      if (imported) sendEvent({ type: 'library', library: imported.library, select: imported.articles[0] })
    },
    openFolder: async () => {
      const library = await handlers.openFolder()
      if (library) sendEvent({ type: 'library', library })
      await refreshMenu()
    },
    openRecentFolder: async (folder: string) => {
      try {
        sendEvent({ type: 'library', library: await handlers.openRecentFolder(folder) })
      } finally {
        await refreshMenu()
      }
    },
    pasteNewPair: () => sendEvent({ type: 'menu', command: 'paste-new-pair' }),
    removeImportedPage: () => sendEvent({ type: 'menu', command: 'remove-imported-page' }),
    reloadLibrary: async () => {
      sendEvent({ type: 'library', library: await handlers.reloadLibrary() })
    },
    editGlossary: async () => {
      await ensureUserGlossary(glossaryFile)
      const failure = await shell.openPath(glossaryFile)
      if (failure) throw new Error(`The glossary ${glossaryFile} could not be opened: ${failure}`)
    },
    showError: (message: string) => dialog.showErrorBox('KoBi Reader', message),
    command: (command: EditCommand) => sendEvent({ type: 'menu', command }),
    exportPairs: () => sendEvent({ type: 'menu', command: 'export' }),
    readerCommand: (command: ReaderCommand) => sendEvent({ type: 'command', command }),
  }
  // Rebuilt whenever the recent folders change, since Open Recent lists them.
  async function refreshMenu(): Promise<void> {
    const recentFolders = await handlers.getRecentFolders()
    Menu.setApplicationMenu(buildAppMenu(menuActions, { packaged: app.isPackaged, recentFolders }))
  }
  await refreshMenu()

  mainWindow = createWindow()
  mainWindow.on('closed', () => (mainWindow = null))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createWindow()
      mainWindow.on('closed', () => (mainWindow = null))
    }
  })
}

/**
 * Opens the store; when the file is damaged, offers to move it aside and start with an empty one (the old
 * file is kept beside it). Resolves null when the user would rather quit.
 */
async function openStoreOrStartFresh(file: string): Promise<Store | null> {
  try {
    return openStore(file)
  } catch (error) {
    if (!(error instanceof CorruptStoreError)) throw error
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'KoBi Reader',
      message: 'Your KoBi Reader data file cannot be read.',
      detail: `${error.message}\n\nManual pairs kept in it will not be available after starting fresh.`,
      buttons: ['Move It Aside and Start Fresh', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    })
    if (response !== 0) return null
    const kept = moveStoreAside(file)
    await dialog.showMessageBox({ type: 'info', title: 'KoBi Reader', message: 'Started with a new data file.', detail: `The old file was kept as ${kept}.` })
    return openStore(file)
  }
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

start().catch((error: unknown) => {
  dialog.showErrorBox('KoBi Reader could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
})
