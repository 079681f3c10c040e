// The web transport over plain HTTP: the checks a browser test cannot easily make.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../web/serve'
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../shared/lib/security/content-security-policy'
import type { Library } from '../../shared/models/library'
import { projectRoot } from './app-harness'

let server: WebServer
let dataDir: string
/** A JSON API call's headers, with the server's per-start token. */
let json: Record<string, string>

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kobi-web-'))
  server = await startWebServer({ port: 0, libraryFolder: path.join(projectRoot, 'seeds'), storeFile: path.join(dataDir, 's.sqlite') })
  json = { 'Content-Type': 'application/json', 'X-KoBi-Token': server.token }
})

afterAll(async () => {
  await server?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/** A raw request, so paths are sent exactly as written and the Host header can be forged. */
function raw(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string) {
  const url = new URL(server.url)
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('web server', () => {
  it('listens on loopback only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1')
  })

  it('serves the renderer with the CSP header, which matches the page meta tag', async () => {
    const res = await raw('GET', '/')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy)
    const source = readFileSync(path.join(projectRoot, 'renderer/index.html'), 'utf8')
    expect(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(source)?.[1]).toBe(metaContentSecurityPolicy)
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'")
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(res.body)?.[1]
    const asset = await raw('GET', `/${script}`)
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it('does not serve files outside the renderer folder', async () => {
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/', '/%00']) {
      const res = await raw('GET', p)
      expect(res.status, p).toBe(404)
      expect(res.body).not.toContain('kobi-reader')
    }
  })

  it('answers API calls with the shared handlers', async () => {
    const res = await raw('POST', '/api/getLibrary', json, '[]')
    expect(res.status).toBe(200)
    const library = (JSON.parse(res.body) as { result: Library }).result
    expect(library.articles.some((a) => a.title.startsWith('딥시크 개인정보 유출 논란 새 이슈'))).toBe(true)
  })

  it('refuses bad calls with a clear message', async () => {
    const cases: [string, Record<string, string>, string, number, RegExp][] = [
      ['/api/dropTables', json, '[]', 400, /Unknown method/],
      ['/api/pairArticles', json, '["a"]', 400, /takes 2 arguments, not 1/],
      ['/api/pairArticles', json, '[1, 2]', 400, /id of a Korean article/],
      ['/api/comparePair', json, '["nope#1", "nope#2"]', 400, /No article with id "nope#1"/],
      ['/api/getLibrary', json, '{', 400, /not valid JSON/],
      ['/api/getLibrary', { ...json, 'Content-Type': 'text/plain' }, '[]', 415, /application\/json/],
      ['/api/getLibrary', { ...json, Origin: 'http://evil.example' }, '[]', 403, /Cross-origin/],
      ['/api/getLibrary', json, `[${'"x",'.repeat(20000)}"x"]`, 413, /too large/],
    ]
    for (const [p, headers, body, status, message] of cases) {
      const res = await raw('POST', p, headers, body)
      expect(res.status, `${p} ${body.slice(0, 20)}`).toBe(status)
      expect((JSON.parse(res.body) as { error: string }).error).toMatch(message)
    }
    expect((await raw('GET', '/api/getLibrary')).status).toBe(405)
  })

  it('refuses API calls without the per-start token, or with a wrong one', async () => {
    const noToken = { 'Content-Type': 'application/json' }
    for (const headers of [noToken, { ...noToken, 'X-KoBi-Token': 'guess' }, { ...noToken, 'X-KoBi-Token': server.token.slice(1) }]) {
      const res = await raw('POST', '/api/getLibrary', headers, '[]')
      expect(res.status).toBe(401)
      expect((JSON.parse(res.body) as { error: string }).error).toMatch(/access token/)
    }
    // The page itself is public; the token comes with the address the server prints.
    expect(new URL(server.url).searchParams.get('token')).toBe(server.token)
    expect((await raw('GET', '/api/events')).status).toBe(401)
    expect((await raw('GET', '/api/events?token=guess')).status).toBe(401)
  })

  it('streams progress of a library load as server-sent events', async () => {
    const url = new URL(server.url)
    const frames: string[] = []
    const stream = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: `/api/events?token=${server.token}` }, resolve)
      req.on('error', reject)
      req.end()
    })
    expect(stream.statusCode).toBe(200)
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/)
    stream.on('data', (c: Buffer) => frames.push(c.toString('utf8')))
    const res = await raw('POST', '/api/reloadLibrary', json, '[]')
    expect(res.status).toBe(200)
    await new Promise((r) => setTimeout(r, 100))
    stream.destroy()
    const events = frames.join('').split('\n\n').filter((f) => f.startsWith('data: ')).map((f) => JSON.parse(f.slice(6)) as { type: string; task: string })
    expect(events.some((e) => e.type === 'progress' && e.task === 'load-library')).toBe(true)
    expect(events.at(-1)).toMatchObject({ type: 'progress-end', task: 'load-library' })
  })

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const res = await raw('GET', '/', { Host: 'attacker.example' })
    expect(res.status).toBe(421)
  })
})
