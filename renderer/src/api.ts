import type { AppApi, AppApiMethod } from '../../shared/models/app-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    readonly kobi?: AppApi
  }
}

/** The app's API: the Electron preload's when present, else the web server's over HTTP. */
export function getApi(): AppApi {
  return window.kobi ? withCleanErrors(window.kobi) : httpApi()
}

function httpApi(): AppApi {
  async function call<T>(method: AppApiMethod, args: unknown[]): Promise<T> {
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    })
    const body = (await response.json().catch(() => null)) as { result?: T; error?: string } | null
    if (!response.ok || body === null) throw new Error(body?.error ?? `The app server answered ${response.status}.`)
    return body.result as T
  }
  return {
    getLibrary: () => call('getLibrary', []),
    openFolder: () => call('openFolder', []),
    reloadLibrary: () => call('reloadLibrary', []),
    pairArticles: (ko, en) => call('pairArticles', [ko, en]),
    unpairArticles: (ko, en) => call('unpairArticles', [ko, en]),
    comparePair: (ko, en) => call('comparePair', [ko, en]),
  }
}

/** Electron prefixes errors from the main process with the IPC channel; users only need the message. */
function withCleanErrors(api: AppApi): AppApi {
  const clean = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''))
    })
  return {
    getLibrary: () => clean(api.getLibrary()),
    openFolder: () => clean(api.openFolder()),
    reloadLibrary: () => clean(api.reloadLibrary()),
    pairArticles: (ko, en) => clean(api.pairArticles(ko, en)),
    unpairArticles: (ko, en) => clean(api.unpairArticles(ko, en)),
    comparePair: (ko, en) => clean(api.comparePair(ko, en)),
  }
}
