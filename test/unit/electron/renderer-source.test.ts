import { describe, expect, it } from 'vitest'
import { chooseRendererSource, isRendererUrl } from '../../../electron/main/renderer-source'

describe('chooseRendererSource', () => {
  it('uses the dev server in development only', () => {
    expect(chooseRendererSource({ packaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    })
    expect(chooseRendererSource({ packaged: true, devServerUrl: 'http://localhost:5173/' })).toEqual({ kind: 'app-protocol', url: 'app://kobi/index.html' })
  })

  it('uses the app protocol without a dev server, or with one that is not an http(s) URL', () => {
    expect(chooseRendererSource({ packaged: false })).toEqual({ kind: 'app-protocol', url: 'app://kobi/index.html' })
    expect(chooseRendererSource({ packaged: false, devServerUrl: '' }).kind).toBe('app-protocol')
    expect(chooseRendererSource({ packaged: false, devServerUrl: 'file:///tmp/evil.html' }).kind).toBe('app-protocol')
    expect(chooseRendererSource({ packaged: false, devServerUrl: 'javascript:alert(1)' }).kind).toBe('app-protocol')
    expect(chooseRendererSource({ packaged: false, devServerUrl: 'not a url' }).kind).toBe('app-protocol')
  })
})

describe('isRendererUrl', () => {
  const app = chooseRendererSource({ packaged: true, devServerUrl: 'http://localhost:5173/' })
  const dev = chooseRendererSource({ packaged: false, devServerUrl: 'http://localhost:5173/' })

  it('accepts only the app page for the app protocol', () => {
    expect(isRendererUrl('app://kobi/index.html', app)).toBe(true)
    expect(isRendererUrl('app://kobi/', app)).toBe(true)
    expect(isRendererUrl('app://kobi/index.html#/pair', app)).toBe(true)
    expect(isRendererUrl('app://kobi/assets/index.js', app)).toBe(false)
    expect(isRendererUrl('app://evil/index.html', app)).toBe(false)
    expect(isRendererUrl('app://kobi:1/index.html', app)).toBe(false)
    expect(isRendererUrl('file:///opt/KoBi/resources/app.asar/out/renderer/index.html', app)).toBe(false)
    expect(isRendererUrl('http://localhost:5173/', app)).toBe(false)
    expect(isRendererUrl('https://example.com/', app)).toBe(false)
    expect(isRendererUrl('', app)).toBe(false)
  })

  it('accepts the dev server origin in development, and nothing else', () => {
    expect(isRendererUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isRendererUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isRendererUrl('https://example.com/', dev)).toBe(false)
  })
})
