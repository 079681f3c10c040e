// The review in web mode: correcting links with undo, notes on passages and verdicts on findings, all kept
// in the real store across a page reload.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './app-harness'

const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/

let page: Page

useAppPage((_app, p) => {
  page = p
})

const reader = () => page.getByRole('main', { name: 'Reader' })
const grid = () => reader().getByRole('table', { name: 'Aligned sentences' })
const rows = () => grid().locator('.aligned-row')
const row = (n: number) => grid().locator(`.aligned-row[data-row="${n - 1}"]`)
const findings = () => reader().getByRole('region', { name: 'Findings' })
const dateFinding = () => findings().getByRole('button', { name: /Figure.*2일/ })

async function openDeepSeek(): Promise<void> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: deepSeekKo }).click()
  await grid().waitFor()
  await expect.poll(() => rows().count()).toBe(27)
}

async function sentence(side: 'ko' | 'en', startsWith: string) {
  const el = grid().locator(`.aligned-sentence[data-lang="${side}"]`, { hasText: startsWith }).first()
  await el.waitFor()
  return el
}

/** Selects `text` inside the first sentence that holds it, as a mouse drag would. */
async function selectText(text: string): Promise<void> {
  await page.evaluate((wanted) => {
    for (const p of document.querySelectorAll('.aligned-sentence')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + wanted.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        return
      }
    }
    throw new Error(`no sentence holds ${wanted}`)
  }, text)
}

describe('correcting the alignment', () => {
  it('merges two rows and the findings follow; undo restores them', async () => {
    await openDeepSeek()
    await expect.poll(() => dateFinding().textContent()).toMatch(/Row 3/)
    await (await sentence('ko', '중국 AI 스타트업 딥시크')).click()
    await page.keyboard.press('m')
    await expect.poll(() => rows().count()).toBe(26)
    expect(await row(1).locator('.aligned-sentence[data-lang="ko"]').count()).toBe(2)
    expect(await row(1).getByRole('img', { name: 'Link set by hand' }).count()).toBe(1)
    // The dropped 2일 is now on row 2: the findings were made again from the new links.
    await expect.poll(() => dateFinding().textContent()).toMatch(/Row 2/)
    await page.keyboard.press('Control+z')
    await expect.poll(() => rows().count()).toBe(27)
    await expect.poll(() => dateFinding().textContent()).toMatch(/Row 3/)
    expect(await grid().getByRole('img', { name: 'Link set by hand' }).count()).toBe(0)
  })

  it('splits a row, relinks by picking sentences, and keeps the hand-set link after a reload', async () => {
    const irishKo = await sentence('ko', '아일랜드 데이터보호위원회(DPC)도')
    await irishKo.click()
    await reader().getByRole('button', { name: 'Split row' }).click()
    await expect.poll(() => rows().count()).toBe(28)
    expect(await row(19).getByText('Not in the Korean').count()).toBe(1)

    // Pick the Korean sentence and both English ones, then Link.
    await irishKo.click({ modifiers: ['Control'] })
    await (await sentence('en', 'The Irish Data Protection Commission')).click({ modifiers: ['Control'] })
    await (await sentence('en', 'The letter expressed concerns')).click({ modifiers: ['Control'] })
    await page.keyboard.press('l')
    await expect.poll(() => rows().count()).toBe(27)
    expect(await row(18).locator('.aligned-sentence[data-lang="en"]').count()).toBe(2)
    expect(await row(18).getByRole('img', { name: 'Link set by hand' }).count()).toBe(1)

    await page.reload()
    await openDeepSeek()
    expect(await row(18).getByRole('img', { name: 'Link set by hand' }).count()).toBe(1)
    expect(await row(18).locator('.aligned-sentence[data-lang="en"]').count()).toBe(2)
  })
})

describe('notes and verdicts', () => {
  it('annotates a passage and confirms the 2일 finding, both kept across a reload and listed library-wide', async () => {
    await selectText('6710억개의 매개변수')
    await page.keyboard.press('n')
    const dialog = page.getByRole('dialog', { name: /Note on this passage/ })
    await dialog.waitFor()
    expect(await dialog.locator('blockquote').textContent()).toBe('6710억개의 매개변수')
    await dialog.getByLabel('Note').fill('Check: 671 billion parameters')
    await dialog.getByLabel(/Tags/).fill('figures, model')
    await dialog.getByLabel('Question').check()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    const noted = grid().locator('.aligned-sentence.has-note')
    await expect.poll(() => noted.count()).toBe(1)
    expect(await noted.textContent()).toMatch(/6710억개/)

    await dateFinding().click()
    await page.keyboard.press('c')
    await expect.poll(() => dateFinding().textContent()).toMatch(/Confirmed/)
    expect(await findings().getByText(/1 confirmed · 0 false alarms · 0 to review/).count()).toBe(1)
    // The sidebar says the pair's one finding is reviewed.
    const sidebarRow = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: deepSeekKo })
    await expect.poll(() => sidebarRow.textContent()).toMatch(/reviewed/)

    await page.reload()
    await openDeepSeek()
    await expect.poll(() => grid().locator('.aligned-sentence.has-note').count()).toBe(1)
    await expect.poll(() => dateFinding().textContent()).toMatch(/Confirmed/)

    await page.getByRole('button', { name: 'Notes' }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    await panel.getByRole('button', { name: 'Library' }).click()
    const items = panel.locator('.annotation-item')
    await expect.poll(() => items.count()).toBe(2)
    expect(await panel.getByText('Check: 671 billion parameters').count()).toBe(1)
    expect(await panel.getByText('Confirmed').count()).toBe(1)
    // Filters: by status, then by a search that matches nothing.
    await panel.getByLabel('Status').selectOption('question')
    await expect.poll(() => items.count()).toBe(1)
    await panel.getByLabel('Search notes').fill('no such words')
    await expect.poll(() => items.count()).toBe(0)
    await panel.getByLabel('Search notes').fill('')
    await panel.getByLabel('Status').selectOption('any')
    await items.filter({ hasText: 'Check: 671 billion parameters' }).click()
    await expect.poll(() => grid().locator('.aligned-sentence.is-current').textContent()).toMatch(/6710억개/)
  })
})
