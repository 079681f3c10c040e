// The app:// request handler as a plain function of a fetch Request: no Electron import, so it runs under
// Vitest on Node. electron/main/app-protocol.ts hands it to `protocol.handle`.
import { readFile as fsReadFile } from 'node:fs/promises'
import { mimeTypeFor, resolveAppFilePath } from './app-protocol-paths'

export interface AppProtocolOptions {
  /** The folder served at app://kobi/ (out/renderer); nothing outside it is ever read. */
  readonly rootDir: string
  /** Sent as the Content-Security-Policy header of every response. */
  readonly contentSecurityPolicy: string
  /** Reads a file (Electron's fs reads inside app.asar); tests may substitute it. */
  readonly readFile?: (file: string) => Promise<Uint8Array>
}

export type AppProtocolHandler = (request: Request) => Promise<Response>

/** Serves GET/HEAD for files under `rootDir` with their MIME type and the security headers; 404 otherwise. */
export function createAppProtocolHandler(options: AppProtocolOptions): AppProtocolHandler {
  const readFile = options.readFile ?? fsReadFile
  const securityHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders } })

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders } })
    }
    const file = resolveAppFilePath(request.url, options.rootDir)
    if (file === null) return notFound()
    let body: Uint8Array
    try {
      body = await readFile(file) // a missing file or a folder (EISDIR) is a 404
    } catch {
      return notFound()
    }
    const headers = { 'Content-Type': mimeTypeFor(file), 'Content-Length': String(body.byteLength), 'Cache-Control': 'no-cache', ...securityHeaders }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}
