// Runs sandboxed, before the page: exposes the typed API and its event feed, nothing else (no ipcRenderer, no Node).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { appApiChannel, appEventChannel, generateAppApi, type AppBridge } from '../../shared/models/app-api'
import type { AppEvent, AppEventListener } from '../../shared/models/app-event'

const bridge: AppBridge = {
  ...generateAppApi((method, args) => ipcRenderer.invoke(appApiChannel(method), ...args)),
  onEvent(listener: AppEventListener) {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent)
    ipcRenderer.on(appEventChannel, forward)
    return () => void ipcRenderer.removeListener(appEventChannel, forward)
  },
}

contextBridge.exposeInMainWorld('kobi', bridge)
