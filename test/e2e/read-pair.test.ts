import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage, type AppHarness } from './app-harness'

const koTitle = /딥시크 개인정보 유출 논란 새 이슈/
const enTitle = /DeepSeek's personal data leakage controversy/

let app: AppHarness
let page: Page

useAppPage((a, p) => {
  app = a
  page = p
})

describe('reading a pair', () => {
  it('lists the library grouped by page, with language and pair status', async () => {
    const list = page.getByRole('listbox', { name: 'Articles' })
    await list.getByRole('option').first().waitFor()
    expect(await list.getByRole('group').count()).toBe(5)
    const row = list.getByRole('option', { name: koTitle })
    await expect.poll(() => row.textContent()).toMatch(/Korean.*Paired/)
  })

  it('opens the DeepSeek pair side by side, Korean left and English right', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: koTitle }).click()
    const reader = page.getByRole('main', { name: 'Reader' })
    // A full pair opens aligned sentence by sentence (aligned-view.test.ts); this test reads the articles whole.
    await reader.getByRole('radio', { name: 'Paragraphs' }).click()
    const ko = reader.getByRole('heading', { level: 2, name: koTitle })
    const en = reader.getByRole('heading', { level: 2, name: enTitle })
    await ko.waitFor()
    await en.waitFor()
    const koBox = await ko.boundingBox()
    const enBox = await en.boundingBox()
    expect(koBox).not.toBeNull()
    expect(enBox).not.toBeNull()
    expect(koBox!.x + koBox!.width).toBeLessThanOrEqual(enBox!.x)
    // Side by side: the two titles start on the same line.
    expect(Math.abs(koBox!.y - enBox!.y)).toBeLessThan(4)
    // The English side carries the translator badge and a paragraph of the real text.
    const enArticle = reader.getByRole('article', { name: enTitle })
    await expect.poll(() => enArticle.getByText('Translated by ChatGPT').count()).toBe(1)
    await expect.poll(() => enArticle.getByText(/671 billion parameters/).count()).toBe(1)
    await expect.poll(() => reader.getByRole('article', { name: koTitle }).getByText(/6710억개의 매개변수/).count()).toBe(1)
    await page.screenshot({ path: '/tmp/kobi-ui.png' })
  })

  it('moves through the list with the arrow keys', async () => {
    const list = page.getByRole('listbox', { name: 'Articles' })
    const selected = list.locator('[role="option"][aria-selected="true"]')
    const before = await selected.textContent()
    await selected.focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => selected.textContent()).not.toBe(before)
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => selected.textContent()).toBe(before)
    // Focus follows the selection, so the next key press keeps working.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true')
  })

  it('logs no console error (CSP violations included)', () => {
    expect(app.errors).toEqual([])
  })
})
