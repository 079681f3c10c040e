// The window's webPreferences as plain data (the type import is erased: no Electron at run time), so the
// security checklist can be tested without Electron.
import type { WebPreferences } from 'electron'

/**
 * Isolated, sandboxed, no Node in the page, its workers or frames, no <webview>, web security on, no
 * insecure content, no experimental features, and no DevTools in a packaged app.
 */
export function secureWebPreferences(options: { readonly preload: string; readonly packaged: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !options.packaged,
  }
}
