import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppProtocolHandler } from '../../../electron/main/app-protocol-handler'
import { contentSecurityPolicy } from '../../../shared/lib/security/content-security-policy'
import { useTempDirs } from '../store/temp-dir'

const tempDir = useTempDirs()

/** A renderer folder with a page and an asset, and a secret beside it that must never be served. */
function rendererFixture() {
  const base = tempDir()
  const root = path.join(base, 'renderer')
  mkdirSync(path.join(root, 'assets'), { recursive: true })
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>KoBi</title>')
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)')
  writeFileSync(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  writeFileSync(path.join(base, 'secret.txt'), 'do not serve')
  return createAppProtocolHandler({ rootDir: root, contentSecurityPolicy })
}

describe('createAppProtocolHandler', () => {
  it('serves the page with its type, the CSP header and nosniff', async () => {
    const handle = rendererFixture()
    const response = await handle(new Request('app://kobi/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>KoBi</title>')
  })

  it('serves assets with their MIME types', async () => {
    const handle = rendererFixture()
    const script = await handle(new Request('app://kobi/assets/index.js'))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    const font = await handle(new Request('app://kobi/assets/font.woff2'))
    expect(font.headers.get('content-type')).toBe('font/woff2')
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]))
  })

  it('answers 404, with the CSP, for unknown files, folders, other hosts and escapes', async () => {
    const handle = rendererFixture()
    for (const url of [
      'app://kobi/missing.js',
      'app://kobi/assets',
      'app://other/index.html',
      'app://kobi/..%2fsecret.txt',
      'app://kobi/..%5csecret.txt',
      'app://kobi/%2e%2e%2fsecret.txt',
    ]) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
      expect(await response.text()).not.toContain('do not serve')
    }
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const handle = rendererFixture()
    const head = await handle(new Request('app://kobi/index.html', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>KoBi</title>'.length))
    expect(await head.text()).toBe('')
    const post = await handle(new Request('app://kobi/index.html', { method: 'POST', body: 'x' }))
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })
})
