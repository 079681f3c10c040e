import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

export interface StaticFile {
  readonly body: Buffer
  readonly contentType: string
}

/**
 * The file under `root` that a URL path names (`/` is index.html), or null when there is none or the path
 * tries to leave `root`. Directories are never listed.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = path.resolve(root)
  const file = path.resolve(base, relative)
  if (file !== base && !file.startsWith(base + path.sep)) return null
  try {
    if (!(await stat(file)).isFile()) return null
    return { body: await readFile(file), contentType: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
