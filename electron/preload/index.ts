// Runs sandboxed, before the page: exposes the typed API and its event feed, nothing else (no ipcRenderer, no Node).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { appApiChannel, appEventChannel, generateAppApi, type AppBridge } from '../../shared/models/app-api'
import type { WindowEvent, WindowEventListener } from '../../shared/models/app-event'

const bridge: AppBridge = {
  ...generateAppApi((method, args) => ipcRenderer.invoke(appApiChannel(method), ...args)),
  onEvent(listener: WindowEventListener) {
    const forward = (_event: IpcRendererEvent, appEvent: WindowEvent) => listener(appEvent)
    ipcRenderer.on(appEventChannel, forward)
    return () => void ipcRenderer.removeListener(appEventChannel, forward)
  },
}

contextBridge.exposeInMainWorld('kobi', bridge)
