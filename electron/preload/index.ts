// Runs sandboxed, before the page: exposes the typed API and nothing else (no ipcRenderer, no Node).
import { contextBridge, ipcRenderer } from 'electron'
import { appApiChannel, type AppApi } from '../../shared/models/app-api'

const api: AppApi = {
  getLibrary: () => ipcRenderer.invoke(appApiChannel('getLibrary')),
  openFolder: () => ipcRenderer.invoke(appApiChannel('openFolder')),
  reloadLibrary: () => ipcRenderer.invoke(appApiChannel('reloadLibrary')),
  pairArticles: (ko, en) => ipcRenderer.invoke(appApiChannel('pairArticles'), ko, en),
  unpairArticles: (ko, en) => ipcRenderer.invoke(appApiChannel('unpairArticles'), ko, en),
  comparePair: (ko, en) => ipcRenderer.invoke(appApiChannel('comparePair'), ko, en),
}

contextBridge.exposeInMainWorld('kobi', api)
