// The HTML report opened in Debian's Chromium with the network off: nothing requested but the file itself,
// nothing from the article run, the hostile text shown as text, and a layout that prints.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeHtml } from '../../shared/lib/export/write-html'
import { writeExportWithFonts } from '../../node/work/export-job'
import { hostile, hostileExportPair, reviewedSeedPair, seedExportPair } from '../unit/export/export-fixtures'

let browser: Browser
let page: Page
let dir: string
const requests: string[] = []
const errors: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kobi-report-'))
  const file = path.join(dir, 'report.html')
  const html = writeHtml([reviewedSeedPair().pair, seedExportPair('openai'), hostileExportPair()], { only: 'all', createdAt: '2026-12-02T17:00:00.000Z' })
  writeFileSync(file, html)
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ offline: true, javaScriptEnabled: true })
  page = await context.newPage()
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(pathToFileURL(file).href)
})

afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('HTML report in Chromium, offline', () => {
  it('requests nothing but the report itself and runs no script from the article', async () => {
    await page.waitForLoadState('load')
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatch(/^file:.*report\.html$/)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('script, img, iframe, object, embed, link').count()).toBe(0)
    // No blocked script or image either: nothing in the page tried.
    expect(errors).toEqual([])
  })

  it('shows the hostile text as text, the pairs side by side, the findings, verdicts and notes', async () => {
    const body = await page.locator('body').innerText()
    expect(body).toContain(hostile.script)
    expect(body).toContain(hostile.img)
    expect(body).toContain('AT&T &amp; &#x3C;tag&#x3E;')
    expect(await page.locator('section.pair').count()).toBe(3)
    expect(await page.locator('section.pair').first().locator('tbody tr').count()).toBe(27)
    expect(await page.locator('.verdict.confirmed').count()).toBe(1)
    expect(await page.locator('mark.figure-mismatch').count()).toBeGreaterThan(0)
    expect(body).toContain('Check the headline')
    expect(body).toContain('“사라진 문장 <i>”')
    expect(await page.locator('tr.omission td.en').first().innerText()).toBe('Not in the English')
  })

  it('prints: each row kept whole, the table header repeated, each pair on a new page', async () => {
    await page.emulateMedia({ media: 'print' })
    const style = await page.evaluate(() => {
      const row = getComputedStyle(document.querySelector('table.aligned tbody tr')!)
      const head = getComputedStyle(document.querySelector('table.aligned thead')!)
      const second = getComputedStyle(document.querySelectorAll('section.pair')[1])
      return { row: row.breakInside, head: head.display, second: second.breakBefore }
    })
    expect(style).toEqual({ row: 'avoid', head: 'table-header-group', second: 'page' })
    const pdf = await page.pdf({ format: 'A4' })
    // Three pairs, each starting a page: at least three pages.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3)
    expect(requests).toHaveLength(1)
  })

  it('embeds Noto Sans KR for the characters it shows, still fetching nothing', async () => {
    const file = path.join(dir, 'fonts.html')
    const html = writeExportWithFonts([seedExportPair('deepseek'), hostileExportPair()], 'html', { only: 'all' })
    expect(html).toContain("font-family:'Noto Sans KR'")
    writeFileSync(file, html)
    const context = await browser.newContext({ offline: true })
    const fontPage = await context.newPage()
    const seen: string[] = []
    fontPage.on('request', (r) => seen.push(r.url().slice(0, 40)))
    await fontPage.goto(pathToFileURL(file).href)
    const loaded = await fontPage.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter((f) => f.family.includes('Noto Sans KR') && f.status === 'loaded').length
    })
    expect(loaded).toBeGreaterThan(0)
    expect(seen.filter((u) => !u.startsWith('data:'))).toHaveLength(1)
    expect(await fontPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await context.close()
  })
})
