// Reading comfort: hovering or focusing a sentence lights its counterpart (the sentences, not the row), and the
// Paragraphs view scrolls its two columns together by the alignment (on a kpc-dev pair of 1,000 sentences in
// paragraphs of four, when the bitext is present), and the window works at 1,024 px without clipped controls.
import { rmSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { useAppPage, type AppHarness } from './app-harness'
import { hasKpcDev, longKoTitle, makeReaderLibrary } from './reader-library'
import { saveScreenshot } from './reader-screens'

const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/

let app: AppHarness
let page: Page
const library = makeReaderLibrary(hasKpcDev, 1)
afterAll(() => rmSync(library, { recursive: true, force: true }))
useAppPage(
  (a, p) => {
    app = a
    page = p
  },
  () => library,
)

const background = (selector: string, n = 0) =>
  page.locator(selector).nth(n).evaluate((el) => getComputedStyle(el).backgroundColor)
const transparent = 'rgba(0, 0, 0, 0)'

describe('reading comfort', () => {
  it('lights the counterpart sentences of a hovered or focused sentence, not the rest of the row', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: deepSeekKo }).click()
    const row = page.locator('.aligned-row', { hasText: '아일랜드 데이터보호위원회(DPC)도' })
    await row.waitFor()
    const ko = '.aligned-row:has-text("아일랜드 데이터보호위원회(DPC)도") .cell-ko .aligned-sentence'
    const en = '.aligned-row:has-text("아일랜드 데이터보호위원회(DPC)도") .cell-en .aligned-sentence'
    expect(await background(en, 0)).toBe(transparent)
    await page.locator(ko).hover()
    // The Korean sentence is linked to two English ones: both light up.
    await expect.poll(() => background(en, 0)).not.toBe(transparent)
    expect(await background(en, 1)).not.toBe(transparent)
    // The row itself is not what lights up: another row's sentences stay as they were.
    expect(await background('.aligned-row[data-row="0"] .cell-en .aligned-sentence')).toBe(transparent)
    await saveScreenshot(page, 'hover-counterpart')

    // Hovering an English sentence lights the Korean one; focus (a click) keeps it after the pointer leaves.
    await page.locator(en).nth(1).click()
    await page.mouse.move(5, 5)
    await expect.poll(() => background(ko)).not.toBe(transparent)
  })

  it.skipIf(!hasKpcDev)('scrolls the paragraph columns together by the alignment, not by pixels', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: longKoTitle }).click()
    await page.locator('.aligned-row').first().waitFor({ timeout: 60_000 })
    await page.getByRole('radio', { name: 'Paragraphs' }).click()
    await page.locator('.pair-columns[data-synced="true"]').waitFor()
    const panes = page.locator('.pair-columns > .scroll-pane')
    // Bring Korean paragraph 150 to the top of its column.
    await panes.nth(0).evaluate((pane) => {
      const p = pane.querySelectorAll('.article-body > *')[150] as HTMLElement
      pane.scrollTop += p.getBoundingClientRect().top - pane.getBoundingClientRect().top + 2
    })
    const topIndex = (n: number) =>
      panes.nth(n).evaluate((pane) => {
        const top = pane.getBoundingClientRect().top
        return [...pane.querySelectorAll('.article-body > *')].findIndex((p) => p.getBoundingClientRect().bottom > top + 1)
      })
    await expect.poll(() => topIndex(0)).toBe(150)
    // Paragraph i translates paragraph i (four kpc-dev lines each): the English column shows 150 too.
    await expect.poll(async () => Math.abs((await topIndex(1)) - 150)).toBeLessThanOrEqual(1)
    const [koTop, enTop] = await Promise.all([0, 1].map((n) => panes.nth(n).evaluate((el) => el.scrollTop)))
    expect(Math.abs(koTop - enTop)).toBeGreaterThan(50)
    // And the other way round.
    await panes.nth(1).evaluate((pane) => {
      const p = pane.querySelectorAll('.article-body > *')[60] as HTMLElement
      pane.scrollTop += p.getBoundingClientRect().top - pane.getBoundingClientRect().top + 2
    })
    await expect.poll(async () => Math.abs((await topIndex(0)) - 60)).toBeLessThanOrEqual(1)
    await saveScreenshot(page, 'paragraphs-synced')
    await page.getByRole('radio', { name: 'Aligned' }).click()
  })

  it('works at 1,024 px wide: no control of the toolbar or the findings bar is cut off', async () => {
    await page.setViewportSize({ width: 1024, height: 720 })
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: deepSeekKo }).click()
    await page.locator('.aligned-row').first().waitFor()
    const clipped = await page.evaluate(() => {
      const out: string[] = []
      for (const el of document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .findings-bar button, .findings-bar input, .find-bar input, .find-bar button, .pair-header button')) {
        const box = el.getBoundingClientRect()
        if (box.right > window.innerWidth + 0.5 || box.width === 0) out.push(el.textContent || el.getAttribute('aria-label') || el.tagName)
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.textContent} (text clipped)`)
      }
      for (const el of document.querySelectorAll<HTMLElement>('.pair-hint, .findings-position, .find-status')) {
        if (el.scrollWidth > el.clientWidth + 1 || el.clientWidth === 0) out.push(`${el.className}: ${el.textContent} (text clipped)`)
      }
      // A folder name of any length may be cut with an ellipsis (its full path is the tooltip), but stays readable.
      const folder = document.querySelector<HTMLElement>('.toolbar-folder')
      if (!folder || folder.clientWidth < 60 || !folder.closest('[title]')) out.push('folder name hidden')
      return out
    })
    expect(clipped).toEqual([])
    await saveScreenshot(page, 'narrow-1024')
    await page.setViewportSize({ width: 1400, height: 880 })
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
