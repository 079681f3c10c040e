// Where the window's page comes from, and which URLs count as the app's own page. No Electron import:
// index.ts passes in app.isPackaged and the environment, and tests call these directly.
import { appHost, appIndexUrl, appScheme } from './app-protocol-paths'

export type RendererSource =
  /** `npm run dev`: electron-vite's dev server (hot reload), development only. */
  | { readonly kind: 'dev-server'; readonly url: string; readonly origin: string }
  /** Everything else: the built renderer over app://kobi/. */
  | { readonly kind: 'app-protocol'; readonly url: string }

/**
 * The dev server when electron-vite set ELECTRON_RENDERER_URL in an unpackaged run, the app protocol
 * otherwise. A packaged app ignores the variable, so nobody can point an installed app at another page
 * through its environment; a value that is not an http(s) URL is ignored too.
 */
export function chooseRendererSource(options: { readonly packaged: boolean; readonly devServerUrl?: string | undefined }): RendererSource {
  if (!options.packaged && options.devServerUrl) {
    try {
      const url = new URL(options.devServerUrl)
      if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'dev-server', url: url.href, origin: url.origin }
    } catch {
      // not a URL: fall through to the built files
    }
  }
  return { kind: 'app-protocol', url: appIndexUrl }
}

/**
 * True when `raw` is the app's own page: for the app protocol exactly app://kobi/ or app://kobi/index.html
 * (query and fragment aside), for the dev server any page of its origin. Navigation checks and the IPC
 * sender check both use it.
 */
export function isRendererUrl(raw: string, source: RendererSource): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (source.kind === 'dev-server') return url.origin === source.origin
  // Node gives non-special schemes an opaque origin ("null"), so compare the parts instead of .origin.
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname.toLowerCase() === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    (url.pathname === '/' || url.pathname === '/index.html')
  )
}
