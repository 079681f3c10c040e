import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from '../../../electron/main/web-preferences'

describe('secureWebPreferences', () => {
  for (const packaged of [true, false]) {
    it(`isolates and sandboxes the page, with no Node and no <webview> (packaged: ${packaged})`, () => {
      expect(secureWebPreferences({ preload: '/app/out/preload/index.cjs', packaged })).toMatchObject({
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
      })
    })
  }

  it('has DevTools in development only', () => {
    expect(secureWebPreferences({ preload: 'p', packaged: true }).devTools).toBe(false)
    expect(secureWebPreferences({ preload: 'p', packaged: false }).devTools).toBe(true)
  })
})
