// Pasting a Korean and an English text into a new pair, in web mode (real Chromium against the real handlers).
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { articleText, loadSeed } from '../unit/ingest/seed-pages'
import { useAppPage, type AppHarness } from './app-harness'

const metro = loadSeed('000_')
const ko = metro.articles[7]
const en = metro.articles[3]

let app: AppHarness
let page: Page

useAppPage((a, p) => {
  app = a
  page = p
})

const dialog = () => page.getByRole('dialog', { name: 'Paste a New Pair' })
const reader = () => page.getByRole('main', { name: 'Reader' })
const rows = () => reader().getByRole('table', { name: 'Aligned sentences' }).locator('.aligned-row')

describe('Paste New Pair…', () => {
  it('opens a dialog with labelled Korean and English text areas that Esc closes', async () => {
    await page.getByRole('button', { name: 'Paste New Pair…' }).click()
    await dialog().waitFor()
    expect(await page.getByLabel('Korean text').evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
  })

  it('has no accessibility violation (axe)', async () => {
    // axe's Playwright runner needs a page of its own browser context.
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 880 } })
    try {
      const own = await context.newPage()
      await own.goto(app.server.url)
      await own.getByRole('button', { name: 'Paste New Pair…' }).click()
      await own.getByRole('dialog', { name: 'Paste a New Pair' }).waitFor()
      const audit = await new AxeBuilder({ page: own }).include('.paste-dialog').analyze()
      expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('keeps Tab inside the dialog', async () => {
    await page.getByRole('button', { name: 'Paste New Pair…' }).click()
    await dialog().waitFor()
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    }
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    await dialog().getByRole('button', { name: 'Cancel' }).click()
    await dialog().waitFor({ state: 'detached' })
  })

  it('says so when the texts are in the wrong boxes, and keeps the dialog open', async () => {
    await page.getByRole('button', { name: 'Paste New Pair…' }).click()
    await page.getByLabel('Korean text').fill(articleText(en))
    await page.getByLabel('English text').fill(articleText(ko))
    await dialog().getByRole('button', { name: 'Create Pair' }).click()
    await dialog().getByRole('alert').getByText(/reads as English\. Did the two texts trade places\?/).waitFor()
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
  })

  it('pastes a Korean and an English text and shows them aligned, the dropped date flagged', async () => {
    await page.getByRole('button', { name: 'Paste New Pair…' }).click()
    await page.getByLabel('Korean text').fill(articleText(ko))
    await page.getByLabel('English text').fill(articleText(en))
    await dialog().getByRole('button', { name: 'Create Pair' }).click()
    await dialog().waitFor({ state: 'detached' })

    // The new pair opens: its English beside the Korean, aligned like the seed pair (27 rows, 29 English sentences).
    await reader().getByRole('heading', { level: 2, name: en.title }).waitFor()
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(27)
    expect(await reader().locator('.aligned-sentence[data-lang="en"]').count()).toBe(29)
    expect(await reader().getByText('Paired by hand').count()).toBe(1)
    const panel = reader().getByRole('region', { name: 'Findings' })
    expect(await panel.getByRole('button', { name: /Figure.*2일/ }).count()).toBeGreaterThanOrEqual(1)

    // The pasted pages are listed among the library's, and stay after a reload.
    const option = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: new RegExp(ko.title.slice(0, 12)) })
    expect(await option.count()).toBe(2)
    await page.reload()
    await expect.poll(() => option.count()).toBe(2)
  })

  it('exports the pasted pair as a TMX whose units hold the pasted sentences', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: new RegExp(ko.title.slice(0, 12)) }).first().click()
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(27)
    await page.getByRole('button', { name: /^Export/ }).click()
    const exportDialog = page.getByRole('dialog', { name: /Export/ })
    await exportDialog.waitFor()
    await exportDialog.getByLabel('Format').selectOption('tmx')
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export' }).click()])
    const tmx = await readFile(await download.path(), 'utf8')
    expect(tmx).toContain('<tmx version="1.4">')
    // One unit per two-sided link of the 27 rows, each sentence as the paste gave it.
    expect((tmx.match(/<tu[ >]/g) ?? []).length).toBe(27)
    expect(tmx).toContain('2일 블룸버그 통신 등 외신에 따르면')
  })

  it('logs no console error', () => {
    // The refused paste answers 400 with a message for the dialog; the browser logs that response, nothing else.
    expect(app.errors.filter((e) => !/status of 400/.test(e))).toEqual([])
  })
})
