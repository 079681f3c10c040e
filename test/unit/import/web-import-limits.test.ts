// Web mode's body limits: 64 KB for ordinary calls, one import's worth of pages (50 MB, in base64) for imports.
import { request } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webTokenHeader } from '../../../shared/models/app-api'
import { startWebServer, type WebServer } from '../../../web/serve'
import { loadSeed } from '../ingest/seed-pages'
import { useTempDirs } from '../store/temp-dir'
import { newsPageHtml } from './news-page-html'

const root = path.resolve(__dirname, '../../..')
const seeds = path.join(root, 'seeds')
let server: WebServer
let dataDir: string
const tempDir = useTempDirs()

beforeAll(async () => {
  dataDir = (await import('node:fs')).mkdtempSync(path.join((await import('node:os')).tmpdir(), 'kobi-web-import-'))
  server = await startWebServer({ port: 0, libraryFolder: seeds, storeFile: path.join(dataDir, 'kobi.sqlite'), rendererDir: tempDir() })
})
afterAll(async () => {
  await server.close()
  ;(await import('node:fs')).rmSync(dataDir, { recursive: true, force: true })
})

/** POSTs `body` (or, with `claim`, only a Content-Length header claiming that many bytes). */
function post(method: string, body: string, claim?: number): Promise<{ status: number; json: { error?: string; result?: unknown } }> {
  const url = new URL(`/api/${method}`, server.url)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [webTokenHeader]: server.token, 'Content-Length': claim ?? Buffer.byteLength(body) },
      },
      (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString('utf8')))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }))
      },
    )
    req.on('error', reject)
    if (claim === undefined) req.end(body)
    else req.write(body)
  })
}

describe('web mode import limits', () => {
  it('keeps 64 KB for ordinary calls, naming the limit', async () => {
    const answer = await post('getLibrary', JSON.stringify(['x'.repeat(70 * 1024)]))
    expect(answer.status).toBe(413)
    expect(answer.json.error).toBe('The request is too large: one call may carry 64 KB.')
  })

  it('takes a page of a megabyte and more through importFiles', async () => {
    const article = loadSeed('000_').articles[3]
    const html = newsPageHtml({ ...article, paragraphs: Array.from({ length: 250 }, () => article.paragraphs).flat() })
    expect(Buffer.byteLength(html)).toBeGreaterThan(1024 * 1024)
    const answer = await post('importFiles', JSON.stringify([[{ name: 'big.html', bytes: Buffer.from(html).toString('base64') }]]))
    expect(answer.status).toBe(200)
    expect((answer.json.result as { articles: string[] }).articles).toEqual(['imported/big.html#0'])
  })

  it('refuses an import body over one import’s worth, naming the limit, without reading it', async () => {
    const answer = await post('importFiles', '[[', 80 * 1024 * 1024)
    expect(answer.status).toBe(413)
    expect(answer.json.error).toMatch(/^The request is too large: one call may carry 50 MB of pages \(66\.\d MB as sent\)\.$/)
  })
})
