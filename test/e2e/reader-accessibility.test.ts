// axe-core (through @axe-core/playwright) on the reader's main screens, light and dark: no serious or critical
// violation, colour contrast included. Each screen is also saved as a screenshot for review.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type AppHarness } from './app-harness'
import { saveScreenshot } from './reader-screens'

let app: AppHarness
let page: Page

// AxeBuilder needs a page of an explicit browser context (it opens frames in the same context).
beforeAll(async () => {
  app = await startApp()
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 880 } })
  page = await context.newPage()
  page.on('console', (msg) => msg.type() === 'error' && app.errors.push(msg.text()))
  page.on('pageerror', (error) => app.errors.push(error.message))
  await page.goto(app.server.url)
})

afterAll(async () => {
  await app?.close()
})

const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/
const unpairedKo = /반도체특별법/

/** Serious and critical violations, each as "rule: target (summary)" so a failure names what to fix. */
async function seriousViolations(): Promise<string[]> {
  // Let transitions (the row flash) end, so colours are read as they rest.
  await page.waitForTimeout(300)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''})`))
}

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
}

async function open(title: RegExp): Promise<void> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: title }).click()
}

describe('accessibility of the main screens', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`aligned view with a finding selected (${theme})`, async () => {
      await setTheme(theme)
      await open(deepSeekKo)
      await page.locator('.aligned-row').first().waitFor()
      await page.locator('.finding-item').first().click()
      expect(await seriousViolations()).toEqual([])
      await saveScreenshot(page, `aligned-${theme}`)
    })

    it(`find in pair with matches (${theme})`, async () => {
      await page.keyboard.press('Control+f')
      await page.keyboard.type('DeepSeek')
      await page.keyboard.press('Enter')
      await page.locator('.aligned-row.is-find-match').waitFor()
      expect(await seriousViolations()).toEqual([])
      await saveScreenshot(page, `find-${theme}`)
      await page.keyboard.press('Escape')
    })

    it(`paragraph view (${theme})`, async () => {
      await page.getByRole('radio', { name: 'Paragraphs' }).click()
      await page.getByRole('main', { name: 'Reader' }).getByRole('article').first().waitFor()
      expect(await seriousViolations()).toEqual([])
      await saveScreenshot(page, `paragraphs-${theme}`)
      await page.getByRole('radio', { name: 'Aligned' }).click()
    })

    it(`an unpaired article (${theme})`, async () => {
      await open(unpairedKo)
      await page.getByText('Not paired').first().waitFor()
      expect(await seriousViolations()).toEqual([])
      await saveScreenshot(page, `unpaired-${theme}`)
    })

    it(`two English versions (${theme})`, async () => {
      await open(deepSeekKo)
      await page.locator('.aligned-row').first().waitFor()
      await page.getByRole('button', { name: 'Compare another English…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Compare another English version' })
      await dialog.waitFor()
      expect(await seriousViolations()).toEqual([])
      const text = await page.evaluate(() => [...document.querySelectorAll('.cell-en .aligned-sentence')].map((p) => p.textContent).join('\n'))
      await dialog.getByRole('textbox', { name: 'English text' }).fill(text.replace('including Bloomberg,', 'including Bloomberg, on the 2nd,'))
      await dialog.getByRole('button', { name: 'Compare' }).click()
      await page.getByRole('table', { name: 'Two English versions' }).waitFor()
      expect(await seriousViolations()).toEqual([])
      await saveScreenshot(page, `versions-${theme}`)
      await page.getByRole('button', { name: 'Back to the pair' }).click()
    })

    it(`the shortcut sheet (${theme})`, async () => {
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
      expect(await seriousViolations()).toEqual([])
      await saveScreenshot(page, `shortcuts-${theme}`)
      await page.keyboard.press('Escape')
    })
  }

  it('lets the keyboard reach and scroll the sentence pane', async () => {
    await setTheme('light')
    await open(deepSeekKo)
    const pane = page.locator('.aligned-scroll')
    await pane.waitFor()
    expect(await pane.getAttribute('tabindex')).toBe('0')
    await pane.focus()
    await page.keyboard.press('PageDown')
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(100)
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
