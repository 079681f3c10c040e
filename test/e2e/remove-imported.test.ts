// Removing an imported page in web mode (real Chromium against the real handlers and store): from the
// sidebar's context menu, with a confirmation that names the note kept, then Undo brings page and note back.
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { articleText, loadSeed } from '../unit/ingest/seed-pages'
import { startApp, type AppHarness } from './app-harness'
import { saveScreenshot } from './reader-screens'

const metro = loadSeed('000_')
const ko = metro.articles[7]
const en = metro.articles[3]

let app: AppHarness
let page: Page

// axe's Playwright runner needs a page of an explicit browser context.
beforeAll(async () => {
  app = await startApp()
  page = await (await app.browser.newContext({ viewport: { width: 1400, height: 880 } })).newPage()
  page.on('console', (msg) => msg.type() === 'error' && app.errors.push(msg.text()))
  page.on('pageerror', (error) => app.errors.push(error.message))
  await page.goto(app.server.url)
})

afterAll(async () => {
  await app?.close()
})

const articles = () => page.getByRole('listbox', { name: 'Articles' })
const reader = () => page.getByRole('main', { name: 'Reader' })
const grid = () => reader().getByRole('table', { name: 'Aligned sentences' })
/** The pasted Korean article's row; the seed page holds the same article, so the pasted one is told by its page. */
const pastedKo = () => page.getByRole('group', { name: /^Page pasted-.*-ko\.txt$/ }).getByRole('option')
const removeDialog = () => page.getByRole('dialog', { name: /^Remove this imported page\?$/ })
const menu = () => page.getByRole('menu', { name: /^Actions for/ })

async function axeViolations(selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)
}

describe('removing an imported page', () => {
  it('pastes a pair and notes a passage in it', async () => {
    await page.getByRole('button', { name: 'Paste New Pair…' }).click()
    await page.getByLabel('Korean text').fill(articleText(ko))
    await page.getByLabel('English text').fill(articleText(en))
    await page.getByRole('dialog', { name: 'Paste a New Pair' }).getByRole('button', { name: 'Create Pair' }).click()
    await expect.poll(() => grid().locator('.aligned-row').count(), { timeout: 20_000 }).toBe(27)
    // A note on the pair, through the reader as a user makes one.
    await page.evaluate((wanted) => {
      for (const el of document.querySelectorAll('.aligned-sentence')) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + wanted.length)
          window.getSelection()!.removeAllRanges()
          window.getSelection()!.addRange(range)
          return
        }
      }
      throw new Error(`no sentence holds ${wanted}`)
    }, '6710억개의 매개변수')
    await page.keyboard.press('n')
    const note = page.getByRole('dialog', { name: /Note on this passage/ })
    await note.getByLabel('Note').fill('Check the figure')
    await note.getByRole('button', { name: 'Save' }).click()
    await note.waitFor({ state: 'detached' })
    await expect.poll(() => grid().locator('.aligned-sentence.has-note').count()).toBe(1)
    expect(await pastedKo().count()).toBe(1)
  })

  it('offers no removal for a page of the library folder, and says why', async () => {
    const own = page.getByRole('group', { name: /^Page 000_/ }).getByRole('option').first()
    await own.click({ button: 'right' })
    await menu().waitFor()
    const item = menu().getByRole('menuitem', { name: /Remove imported page/ })
    expect(await item.getAttribute('aria-disabled')).toBe('true')
    expect(await item.textContent()).toMatch(/your own file: KoBi Reader never deletes it/)
    expect(await axeViolations('.article-menu')).toEqual([])
    await saveScreenshot(page, 'remove-menu-own-page')
    // (dispatched: Playwright itself will not click an aria-disabled item)
    await item.dispatchEvent('click')
    // A disabled item does nothing: no dialog; Esc closes the menu and gives focus back to the row.
    expect(await page.getByRole('dialog').count()).toBe(0)
    await page.keyboard.press('Escape')
    await menu().waitFor({ state: 'detached' })
    expect(await own.evaluate((el) => el === document.activeElement)).toBe(true)
    // Delete on a library folder's row asks nothing either.
    await page.keyboard.press('Delete')
    expect(await page.getByRole('dialog').count()).toBe(0)
  })

  it('asks first from the keyboard (Delete on the row), naming the page and the note kept; Esc keeps it', async () => {
    await pastedKo().click()
    await page.keyboard.press('Delete')
    await removeDialog().waitFor()
    await removeDialog().getByText(ko.title).waitFor()
    await removeDialog().getByText(/^1 note on this pair is kept: Undo brings it back with the page/).waitFor()
    await expect.poll(() => removeDialog().getByRole('button', { name: 'Remove Page' }).evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await axeViolations('.remove-dialog')).toEqual([])
    await saveScreenshot(page, 'remove-dialog')
    await page.keyboard.press('Escape')
    await removeDialog().waitFor({ state: 'detached' })
    expect(await pastedKo().count()).toBe(1)
  })

  it('removes the page from the sidebar’s context menu: its row goes, the reader moves on, the note stays listed', async () => {
    await pastedKo().click({ button: 'right' })
    await menu().waitFor()
    // The keyboard reaches the item: ↓ from the first item, Enter chooses it.
    await page.keyboard.press('End')
    expect(await menu().getByRole('menuitem', { name: 'Remove imported page…' }).evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await removeDialog().getByRole('button', { name: 'Remove Page' }).click()
    await removeDialog().waitFor({ state: 'detached' })

    await expect.poll(() => pastedKo().count()).toBe(0)
    const banner = page.getByRole('status').filter({ hasText: `Removed “${ko.title}”. The note on it is kept.` })
    await banner.waitFor()
    // The reader shows another article, and the list has focus on it.
    const selected = articles().locator('[role="option"][aria-selected="true"]')
    await expect.poll(() => selected.count()).toBe(1)
    await expect.poll(() => selected.evaluate((el) => el === document.activeElement)).toBe(true)
    await reader().getByRole('heading', { level: 2 }).first().waitFor()
    await saveScreenshot(page, 'remove-undo-banner')
    // The note is kept: the library's notes list it, its page removed.
    await page.getByRole('button', { name: 'Notes' }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    await panel.getByRole('button', { name: 'Library' }).click()
    await panel.getByText('Check the figure').waitFor()
    await panel.getByText('Orphaned · page removed').waitFor()
    await saveScreenshot(page, 'remove-orphaned-note')
    await page.getByRole('button', { name: 'Close notes' }).click()
  })

  it('undoes the removal: the page is back, opened where it was, with its note', async () => {
    await page.getByRole('status').filter({ hasText: 'Removed' }).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => pastedKo().count()).toBe(1)
    // The row comes back with the library; the reader selects it once it has opened the pair again.
    await expect.poll(() => pastedKo().getAttribute('aria-selected')).toBe('true')
    await reader().getByRole('heading', { level: 2, name: ko.title }).waitFor()
    await expect.poll(() => grid().locator('.aligned-row').count(), { timeout: 20_000 }).toBe(27)
    await expect.poll(() => grid().locator('.aligned-sentence.has-note').count()).toBe(1)
    expect(await reader().getByText('Paired by hand').count()).toBe(1)
    // The pair's header offers the removal of both its imported pages.
    expect(await reader().getByRole('button', { name: 'Remove imported pages…' }).count()).toBe(1)
    await saveScreenshot(page, 'remove-pair-header')
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
