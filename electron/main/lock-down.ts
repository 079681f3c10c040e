// Session and web-contents policy for every page the app creates: CSP header, no permissions, no
// navigation away from the app's page, no new windows, no <webview>.
import { app, session } from 'electron'

export interface LockDownOptions {
  /** True for the app's own page (see renderer-source.ts); every other navigation is refused. */
  isAppUrl(url: string): boolean
  /** The Content-Security-Policy header added to every response the default session receives. */
  readonly contentSecurityPolicy: string
}

/** Call once, after `ready` and before the first window. */
export function lockDown(options: LockDownOptions): void {
  const ses = session.defaultSession
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [options.contentSecurityPolicy] } })
  })
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-navigate', (event, url) => {
      if (!options.isAppUrl(url)) event.preventDefault()
    })
    // Also fires for subframes, which the app never has.
    contents.on('will-frame-navigate', (event) => {
      if (!options.isAppUrl(event.url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!options.isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
