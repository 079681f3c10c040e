import { generateAppApi, webTokenHeader, type AppApi, type AppBridge } from '../../shared/models/app-api'
import type { WindowEvent, WindowEventListener } from '../../shared/models/app-event'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    readonly kobi?: AppBridge
  }
}

/** The app's API: the Electron preload's when present, else the web server's over HTTP. */
export function getApi(): AppBridge {
  return window.kobi ? withCleanErrors(window.kobi) : httpBridge(webToken())
}

/** True in the desktop app, where the main process can show file and folder dialogs; false in web mode. */
export function isDesktopApp(): boolean {
  return window.kobi !== undefined
}

const tokenKey = 'kobi-token'

/**
 * Web mode's server prints its address with `?token=…`; the page keeps the token for this tab (so reloads
 * work) and drops it from the address bar.
 */
function webToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    window.sessionStorage.setItem(tokenKey, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return window.sessionStorage.getItem(tokenKey) ?? ''
}

function httpBridge(token: string): AppBridge {
  const api = generateAppApi(async (method, args) => {
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [webTokenHeader]: token },
      body: JSON.stringify(args),
    })
    const body = (await response.json().catch(() => null)) as { result?: unknown; error?: string; cancelled?: string } | null
    if (!response.ok || body === null) throw new Error(body?.error ?? `The app server answered ${response.status}.`)
    if (body.cancelled !== undefined) throw Object.assign(new Error(body.cancelled), { name: 'CancelledError' })
    return body.result
  })
  return {
    ...api,
    onEvent(listener: WindowEventListener) {
      // EventSource cannot send headers, so this one endpoint takes the token in its query.
      const source = new EventSource(`./api/events?token=${encodeURIComponent(token)}`)
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as WindowEvent)
      return () => source.close()
    },
  }
}

/** Electron prefixes errors from the main process with the IPC channel; users only need the message. */
function withCleanErrors(bridge: AppBridge): AppBridge {
  const clean = (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''))
  }
  const api: AppApi = generateAppApi((method, args) => (bridge[method] as (...a: unknown[]) => Promise<unknown>)(...args).catch(clean))
  return { ...api, onEvent: (listener) => bridge.onEvent(listener) }
}
