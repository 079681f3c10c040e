import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { webTokenHeader, type AppApi } from '../shared/models/app-api'
import { base64Length, importLimits } from '../shared/models/import'
import { formatLimit } from '../shared/lib/ingest/page-limits'
import type { AppEvent } from '../shared/models/app-event'
import { createAppHandlers } from '../node/api/app-handlers'
import { BadRequestError } from '../node/api/bad-request'
import { contentSecurityPolicy } from '../shared/lib/security/content-security-policy'
import { invokeAppApi } from '../node/api/invoke-app-api'
import { CorruptStoreError, moveStoreAside, openStore } from '../node/store/store'
import { CancelledError } from '../node/work/heavy-work'
import { workerWork } from '../node/work/worker-work'
import { readStaticFile } from './static-files'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The build output: this file runs from out/node/ when built, from web/ under the test runner. */
const outDir = path.basename(path.dirname(here)) === 'out' ? path.dirname(here) : path.resolve(here, '../out')
const projectRoot = path.dirname(outDir)
const maxBodyBytes = 64 * 1024
/** The calls that carry pages: one import's worth of bytes in base64, plus room for names and JSON. */
const maxImportBodyBytes = base64Length(importLimits.maxBatchBytes) + maxBodyBytes
const importMethods: ReadonlySet<string> = new Set(['importFiles', 'createPastedPair'])

export interface WebServerOptions {
  /** 0 picks a free port. */
  readonly port: number
  readonly libraryFolder: string
  /** The SQLite file for overrides. */
  readonly storeFile: string
  /** The built renderer; defaults to out/renderer. */
  readonly rendererDir?: string
  /** The user's glossary file, as in the desktop app. */
  readonly glossaryFile?: string
  /** Where imported and pasted pages are kept; defaults to `imported/` beside the store. */
  readonly importFolder?: string
  /** Start on the folder opened last, as the desktop app does (when no --library was given). */
  readonly reopenLastFolder?: boolean
  /** The built work worker; defaults to out/node/work-worker.mjs. */
  readonly workerFile?: string
}

export interface WebServer {
  /** The address to open, with the access token in its query. */
  readonly url: string
  /** The per-start token every API call must carry. */
  readonly token: string
  close(): Promise<void>
}

/**
 * Serves the built renderer and the app's handlers (`POST /api/<method>`, body = JSON array of arguments) on
 * 127.0.0.1 only, so the UI can run in a browser against exactly the handlers the desktop app uses.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = options.rendererDir ?? path.join(projectRoot, 'out/renderer')
  const store = openStore(options.storeFile)
  const token = randomBytes(24).toString('base64url')
  const events = new Set<ServerResponse>()
  const api = createAppHandlers({
    libraryFolder: options.libraryFolder,
    store,
    glossaryFile: options.glossaryFile,
    importFolder: options.importFolder ?? path.join(path.dirname(options.storeFile), 'imported'),
    reopenLastFolder: options.reopenLastFolder,
    work: workerWork(options.workerFile ?? path.join(outDir, 'node/work-worker.mjs')),
    onEvent: (event) => broadcast(events, event),
    chooseFolder: async () => {
      throw new BadRequestError('Opening a folder on the server needs the desktop app. In web mode, choose Import… or drop the pages on the window.')
    },
  })

  let origin = ''
  const server = createServer((req, res) => {
    handle(req, res, { api, rendererDir, origin, token, events }).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) })
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/?token=${token}`,
    token,
    close: async () => {
      for (const res of events) res.end()
      await api.close()
      await new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
      store.close()
    },
  }
}

interface ServerState {
  readonly api: AppApi
  readonly rendererDir: string
  readonly origin: string
  readonly token: string
  /** Open server-sent-event streams. */
  readonly events: Set<ServerResponse>
}

function broadcast(events: Set<ServerResponse>, event: AppEvent): void {
  const frame = `data: ${JSON.stringify(event)}\n\n`
  for (const res of events) res.write(frame)
}

/** Compares in constant time, so the token cannot be guessed a character at a time. */
function sameToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.byteLength === b.byteLength && timingSafeEqual(a, b)
}

async function handle(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const { api, rendererDir, origin, token } = state
  // A page on another site could reach a loopback server through DNS rebinding; only our own host name passes.
  const host = req.headers.host ?? ''
  const port = new URL(origin).port
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendJson(res, 421, { error: 'Unexpected Host header.' })

  const url = new URL(req.url ?? '/', origin)
  if (url.pathname === '/api/events') {
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'Use GET for the event stream.' }, { Allow: 'GET' })
    if (!sameToken(url.searchParams.get('token'), token)) return sendJson(res, 401, { error: 'Missing or wrong access token.' })
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders })
    res.write(': connected\n\n')
    state.events.add(res)
    req.on('close', () => state.events.delete(res))
    return
  }
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'Use POST for API calls.' }, { Allow: 'POST' })
    // A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { error: 'API calls must send application/json.' })
    }
    const requestOrigin = req.headers.origin
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== origin.replace('127.0.0.1', 'localhost')) {
      return sendJson(res, 403, { error: 'Cross-origin API calls are not allowed.' })
    }
    // Any local process can reach a loopback port; only the page we served knows the token.
    const given = req.headers[webTokenHeader.toLowerCase()]
    if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
      return sendJson(res, 401, { error: 'Missing or wrong access token. Open the address `npm run web` printed.' })
    }
    const method = url.pathname.slice('/api/'.length)
    const limit = importMethods.has(method) ? maxImportBodyBytes : maxBodyBytes
    const body = await readBody(req, limit)
    if (body === null) {
      const what = importMethods.has(method)
        ? `${formatLimit(importLimits.maxBatchBytes)} of pages (${formatLimit(limit)} as sent)`
        : `${maxBodyBytes / 1024} KB`
      return sendJson(res, 413, { error: `The request is too large: one call may carry ${what}.` })
    }
    let args: unknown
    try {
      args = JSON.parse(body.length === 0 ? '[]' : body)
    } catch {
      return sendJson(res, 400, { error: 'The request body is not valid JSON.' })
    }
    try {
      const result = await invokeAppApi(api, method, args)
      return sendJson(res, 200, { result })
    } catch (error) {
      // A cancelled call is the answer the page asked for when it moved on, not a failure of the server.
      if (error instanceof CancelledError) return sendJson(res, 200, { cancelled: error.message })
      const status = error instanceof BadRequestError ? 400 : 500
      return sendJson(res, status, { error: error instanceof Error ? error.message : String(error) })
    }
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Method not allowed.' }, { Allow: 'GET, HEAD' })
  const file = await readStaticFile(rendererDir, url.pathname)
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders })
    res.end('Not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.body.byteLength,
    'Cache-Control': 'no-cache',
    ...securityHeaders,
  })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...securityHeaders,
    ...extra,
  })
  res.end(text)
}

/** The body as text, or null when it exceeds the limit. */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      library: { type: 'string' },
      store: { type: 'string' },
      glossary: { type: 'string' },
      'fresh-store': { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port ?? process.env.PORT ?? 5174)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${values.port ?? process.env.PORT}`)
  // The user's data dir, so manual pairs survive restarts, as they do in the desktop app.
  const dataHome = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share')
  const storeFile = path.resolve(values.store ?? path.join(dataHome, 'kobi-reader', 'kobi-web.sqlite'))
  const start = () =>
    startWebServer({
      port,
      libraryFolder: path.resolve(values.library ?? path.join(projectRoot, 'seeds')),
      reopenLastFolder: values.library === undefined,
      storeFile,
      glossaryFile: path.resolve(values.glossary ?? path.join(dataHome, 'kobi-reader', 'glossary.txt')),
    })
  let server: WebServer
  try {
    server = await start()
  } catch (error) {
    if (!(error instanceof CorruptStoreError)) throw error
    if (!values['fresh-store']) throw new Error(`${error.message}\nRun again with --fresh-store to do that.`)
    console.log(`The damaged data file was kept as ${moveStoreAside(storeFile)}; starting with a new one.`)
    server = await start()
  }
  console.log(`KoBi Reader (web mode) at ${server.url}`)
  console.log(`Store: ${storeFile}. Press Ctrl+C to stop.`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
