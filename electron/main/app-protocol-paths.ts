// The pure half of the app:// protocol: which file a URL names, and its MIME type. No Electron import, so
// Vitest can exercise it on plain Node (test/unit/electron/app-protocol-paths.test.ts).
import nodePath from 'node:path'

/** The renderer is served from app://kobi/… (a standard, secure scheme registered before `ready`). */
export const appScheme = 'app'
export const appHost = 'kobi'
export const appOrigin = `${appScheme}://${appHost}`
export const appIndexUrl = `${appOrigin}/index.html`

/**
 * The privileges the scheme is registered with. `standard` gives the page a real origin (app://kobi), so
 * relative URLs resolve and 'self' in the CSP means this origin; `secure` makes it a secure context;
 * `supportFetchAPI` and `corsEnabled` let Chromium load the module script and fonts Vite emits (fetched
 * in CORS mode; no response ever carries Access-Control-Allow-Origin, so no other origin can read them).
 * Never `bypassCSP`.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const

/** The subset of node:path the resolver uses; tests pass path.win32 to check Windows separators. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>

// Device names Windows opens whatever the folder (CON, NUL, COM1, …), with or without an extension.
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * The file under `rootDir` that an app://kobi URL names, or null when there is none: another scheme or
 * host, a port or credentials, a path that does not decode, or one with an empty, `.` or `..` segment, a
 * backslash, colon (drive letters, NTFS streams) or NUL in a segment (also when percent-encoded), or a
 * Windows device name. `/` (or no path) is index.html; the query and fragment are ignored. Whatever passes
 * is resolved and checked to lie inside `rootDir`.
 */
export function resolveAppFilePath(rawUrl: string, rootDir: string, pathApi: PathApi = nodePath): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${appScheme}:` || url.hostname.toLowerCase() !== appHost) return null
  if (url.port !== '' || url.username !== '' || url.password !== '') return null

  const rawPath = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname
  if (!rawPath.startsWith('/')) return null
  const segments: string[] = []
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '' || segment === '.' || segment === '..') return null
    if (/[/\\:\0]/.test(segment) || windowsDeviceName.test(segment)) return null
    segments.push(segment)
  }

  const root = pathApi.resolve(rootDir)
  const file = pathApi.resolve(root, ...segments)
  const relative = pathApi.relative(root, file)
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) return null
  return file
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a file, by extension (case-insensitive); unknown types are opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.')
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'))
  if (dot <= slash + 1) return 'application/octet-stream' // no extension, or a dotfile's leading dot
  return mimeTypes[filePath.slice(dot).toLowerCase()] ?? 'application/octet-stream'
}
