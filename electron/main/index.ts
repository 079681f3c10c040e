import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent } from 'electron'
import { appApiChannel, appApiMethods } from '../../shared/models/app-api'
import { createAppHandlers } from '../../node/api/app-handlers'
import { buildAppMenu } from './app-menu'
import { contentSecurityPolicy, devContentSecurityPolicy } from '../../shared/lib/security/content-security-policy'
import { invokeAppApi } from '../../node/api/invoke-app-api'
import { ensureUserGlossary } from '../../node/files/read-user-glossary'
import { openStore } from '../../node/store/store'

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rendererIndex = path.join(outDir, 'renderer/index.html')
// electron-vite sets this in `npm run dev` only.
const devServerUrl = process.env.ELECTRON_RENDERER_URL

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
    webPreferences: {
      preload: path.join(outDir, 'preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  })
  win.once('ready-to-show', () => win.show())
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(rendererIndex)
  return win
}

/** True when the URL is the app's own page (the built file, or the dev server in development). */
function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    if (devServerUrl) return url.origin === new URL(devServerUrl).origin
    return url.protocol === 'file:' && path.resolve(fileURLToPath(url)) === rendererIndex
  } catch {
    return false
  }
}

/** Only the main frame of our window, showing our page, may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return mainWindow !== null && event.sender === mainWindow.webContents && frame !== null && frame === mainWindow.webContents.mainFrame && isAppUrl(frame.url)
}

function lockDown(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const policy = devServerUrl ? devContentSecurityPolicy : contentSecurityPolicy
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } })
  })
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

async function start(): Promise<void> {
  await app.whenReady()
  lockDown()

  const store = openStore(path.join(app.getPath('userData'), 'kobi.sqlite'))
  app.on('will-quit', () => store.close())
  const glossaryFile = path.join(app.getPath('userData'), 'glossary.txt')
  const handlers = createAppHandlers({
    libraryFolder: path.join(app.getAppPath(), 'seeds'),
    store,
    glossaryFile,
    chooseFolder: async () => {
      const options = { title: 'Open a folder of news pages', properties: ['openDirectory' as const] }
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
  })

  for (const method of appApiMethods) {
    ipcMain.handle(appApiChannel(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new Error('This page may not use the KoBi API.')
      return invokeAppApi(handlers, method, args)
    })
  }

  // The menu changes the library behind the renderer's back, so it reloads the page to show the new state.
  const reloadWindow = () => mainWindow?.webContents.reload()
  Menu.setApplicationMenu(
    buildAppMenu({
      openFolder: async () => {
        if (await handlers.openFolder()) reloadWindow()
      },
      reloadLibrary: async () => {
        await handlers.reloadLibrary()
        reloadWindow()
      },
      editGlossary: async () => {
        await ensureUserGlossary(glossaryFile)
        const failure = await shell.openPath(glossaryFile)
        if (failure) throw new Error(`The glossary ${glossaryFile} could not be opened: ${failure}`)
      },
      showError: (message) => dialog.showErrorBox('KoBi Reader', message),
    }),
  )

  mainWindow = createWindow()
  mainWindow.on('closed', () => (mainWindow = null))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createWindow()
      mainWindow.on('closed', () => (mainWindow = null))
    }
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

start().catch((error: unknown) => {
  dialog.showErrorBox('KoBi Reader could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
})
