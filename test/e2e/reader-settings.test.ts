// Theme, text size and line spacing apply at once and persist through the backend: after a restart of web
// mode on another port (another origin, so another localStorage) they still apply, and the app opens on the
// pair the user last read. "?" shows the shortcut sheet.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../web/serve'
import { projectRoot } from './app-harness'
import { saveScreenshot } from './reader-screens'

const openAiKo = /"오픈AI도 흔들렸다"…AI 업계/
let dataDir: string
let browser: Browser
let server: WebServer | null = null
const errors: string[] = []

async function start(): Promise<Page> {
  server = await startWebServer({ port: 0, libraryFolder: path.join(projectRoot, 'seeds'), storeFile: path.join(dataDir, 'kobi.sqlite') })
  const page = await browser.newPage({ viewport: { width: 1400, height: 880 } })
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)
  return page
}

async function stop(page: Page): Promise<void> {
  await page.close()
  await server?.close()
  server = null
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kobi-settings-'))
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
})

afterAll(async () => {
  await server?.close()
  await browser?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme)
const englishSize = (page: Page) =>
  page.locator('.cell-en .aligned-sentence').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
const englishLineHeight = (page: Page) =>
  page.locator('.cell-en .aligned-sentence').first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize))

describe('reader settings', () => {
  it('apply a dark theme, larger text and looser lines at once, then survive a restart on another port', async () => {
    let page = await start()
    const firstUrl = server!.url
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: openAiKo }).click()
    await page.locator('.aligned-row').first().waitFor()
    expect(await theme(page)).toBe('light')
    expect(await englishSize(page)).toBeCloseTo(14.5, 1)

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
    await expect.poll(() => theme(page)).toBe('dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).not.toBe('rgb(245, 246, 248)')
    // Ctrl+= twice: 100% → 110% → 120%.
    await page.locator('.aligned-scroll').focus()
    await page.keyboard.press('Control+Equal')
    await page.keyboard.press('Control+Equal')
    await expect.poll(() => englishSize(page)).toBeCloseTo(14.5 * 1.2, 1)
    expect(await page.locator('.text-size-value').textContent()).toBe('120%')
    await page.getByRole('combobox', { name: 'Line spacing' }).selectOption({ label: 'Relaxed lines' })
    await expect.poll(() => englishLineHeight(page)).toBeCloseTo(1.7 * 1.12, 1)
    await saveScreenshot(page, 'settings-dark-120')
    // Saving is debounced by 300 ms.
    await page.waitForTimeout(700)
    await stop(page)

    page = await start()
    expect(server!.url).not.toBe(firstUrl)
    await page.locator('.aligned-row').first().waitFor()
    expect(await theme(page)).toBe('dark')
    expect(await englishSize(page)).toBeCloseTo(14.5 * 1.2, 1)
    expect(await englishLineHeight(page)).toBeCloseTo(1.7 * 1.12, 1)
    // Opened on the pair last read, not on the library's first pair.
    const selected = page.getByRole('listbox', { name: 'Articles' }).locator('[aria-selected="true"]')
    expect(await selected.textContent()).toMatch(/오픈AI도 흔들렸다/)

    // Ctrl+- and Ctrl+0 step back.
    await page.keyboard.press('Control+Minus')
    await expect.poll(() => englishSize(page)).toBeCloseTo(14.5 * 1.1, 1)
    await page.keyboard.press('Control+0')
    await expect.poll(() => englishSize(page)).toBeCloseTo(14.5, 1)
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light')
    await expect.poll(() => theme(page)).toBe('light')
    await stop(page)
  }, 60_000)

  it('follows the operating system while the theme is "System"', async () => {
    const page = await start()
    await page.locator('.aligned-row').first().waitFor()
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => theme(page)).toBe('dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => theme(page)).toBe('light')
    await stop(page)
  })

  it('shows the keyboard shortcuts on "?" and closes them with Escape', async () => {
    const page = await start()
    await page.locator('.aligned-row').first().waitFor()
    await page.locator('.aligned-scroll').focus()
    await page.keyboard.press('Shift+Slash')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor()
    expect(await sheet.getByText('Next finding').count()).toBe(1)
    expect(await sheet.locator('kbd', { hasText: 'F8' }).count()).toBeGreaterThanOrEqual(1)
    await saveScreenshot(page, 'shortcut-sheet')
    await page.keyboard.press('Escape')
    await expect.poll(() => sheet.count()).toBe(0)
    // The toolbar's "?" button opens it too.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    await sheet.waitFor()
    await page.keyboard.press('Escape')
    await stop(page)
  })

  it('logs no console error', () => {
    expect(errors).toEqual([])
  })
})
