// Starts the web server in-process on a free port with a temp store, and a headless Debian Chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startWebServer, type WebServer } from '../../web/serve'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const rendererIndex = path.join(projectRoot, 'out/renderer/index.html')

export interface AppHarness {
  readonly server: WebServer
  readonly browser: Browser
  /** Console errors and page errors seen so far (CSP violations land here). */
  readonly errors: string[]
  newPage(): Promise<Page>
  close(): Promise<void>
}

export async function startApp(libraryFolder = path.join(projectRoot, 'seeds')): Promise<AppHarness> {
  if (!existsSync(rendererIndex)) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` (npm test does) before the UI tests.')
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kobi-e2e-'))
  const server = await startWebServer({ port: 0, libraryFolder, storeFile: path.join(dataDir, 'kobi.sqlite') })
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const errors: string[] = []
  return {
    server,
    browser,
    errors,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1400, height: 880 } })
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      return page
    },
    async close() {
      await browser.close()
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Starts the app and opens it in a page before a test file's tests, and stops it after them. `ready`
 * hands the harness and page to the file.
 */
export function useAppPage(ready: (app: AppHarness, page: Page) => void, libraryFolder?: () => string): void {
  let app: AppHarness | undefined
  beforeAll(async () => {
    app = await startApp(libraryFolder?.())
    const page = await app.newPage()
    await page.goto(app.server.url)
    ready(app, page)
  })
  afterAll(async () => {
    await app?.close()
  })
}
