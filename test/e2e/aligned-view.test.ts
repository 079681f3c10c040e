import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage, type AppHarness } from './app-harness'

const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/
const openAiKo = /"오픈AI도 흔들렸다"…AI 업계/
const bloomberg = '2일 블룸버그 통신 등 외신에 따르면'

let app: AppHarness
let page: Page

useAppPage((a, p) => {
  app = a
  page = p
})

async function open(title: RegExp): Promise<void> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: title }).click()
}

const reader = () => page.getByRole('main', { name: 'Reader' })
const grid = () => reader().getByRole('table', { name: 'Aligned sentences' })
/** Body rows only (the column header row has no rowheader cell with a number). */
const rows = () => grid().locator('.aligned-row')

describe('aligned view', () => {
  it('shows a full pair aligned by default, one row per link', async () => {
    await open(deepSeekKo)
    const aligned = reader().getByRole('radio', { name: 'Aligned' })
    await aligned.waitFor()
    expect(await aligned.getAttribute('aria-checked')).toBe('true')
    await grid().waitFor()
    // 27 Korean sentences, each on its own row, covering all 29 English sentences.
    await expect.poll(() => rows().count()).toBe(27)
    expect(await grid().locator('.aligned-sentence[data-lang="ko"]').count()).toBe(27)
    expect(await grid().locator('.aligned-sentence[data-lang="en"]').count()).toBe(29)
    expect(await grid().getByText('Not in the English').count()).toBe(0)
  })

  it('puts the two English sentences of the Irish DPC sentence on its row, side by side with it', async () => {
    const row = rows().filter({ hasText: '아일랜드 데이터보호위원회(DPC)도' })
    expect(await row.count()).toBe(1)
    expect(await row.getByRole('rowheader').textContent()).toMatch(/^18/)
    const ko = row.locator('.aligned-sentence[data-lang="ko"]')
    const en = row.locator('.aligned-sentence[data-lang="en"]')
    expect(await ko.count()).toBe(1)
    expect(await en.count()).toBe(2)
    expect(await en.nth(0).textContent()).toMatch(/^The Irish Data Protection Commission/)
    expect(await en.nth(1).textContent()).toMatch(/^The letter expressed concerns/)
    const koBox = await ko.boundingBox()
    const enBox = await en.nth(0).boundingBox()
    expect(koBox!.x + koBox!.width).toBeLessThanOrEqual(enBox!.x)
    expect(Math.abs(koBox!.y - enBox!.y)).toBeLessThan(4)
  })

  it('lists the dropped date in the findings panel, and a click scrolls to its row with 2일 highlighted', async () => {
    const panel = reader().getByRole('region', { name: 'Findings' })
    expect(await panel.getByText(/\d+ figure mismatch/).count()).toBe(1)
    const finding = panel.getByRole('button', { name: /Figure.*2일/ })
    expect(await finding.count()).toBeGreaterThanOrEqual(1)

    // Start from the bottom so the jump has somewhere to go.
    await grid().locator('.aligned-row').last().scrollIntoViewIfNeeded()
    const row = rows().filter({ hasText: bloomberg })
    expect(await row.isVisible()).toBe(true)
    expect(await isInPane(row)).toBe(false)

    await finding.first().click()
    await expect.poll(() => isInPane(row)).toBe(true)
    expect(await row.getAttribute('class')).toMatch(/is-active/)
    expect(await row.getAttribute('class')).toMatch(/is-flashing/)
    expect(await finding.first().getAttribute('aria-current')).toBe('true')

    const mark = row.locator('.cell-ko mark.figure-mark')
    expect(await mark.count()).toBe(1)
    expect(await mark.textContent()).toBe('2일')
    expect(await mark.getAttribute('title')).toMatch(/2일/)
    expect(await mark.getAttribute('aria-label')).toMatch(/^2일 \(.*2일/)
    // The sentence still reads as one text around the mark.
    expect(await row.locator('.cell-ko').textContent()).toMatch(new RegExp(`^${bloomberg}`))
    await settled(row)
    await page.screenshot({ path: '/tmp/kobi-aligned.png' })
  })

  it('switches to the paragraph view and back', async () => {
    await reader().getByRole('radio', { name: 'Paragraphs' }).click()
    await reader().getByRole('article', { name: deepSeekKo }).waitFor()
    expect(await grid().count()).toBe(0)
    await reader().getByRole('radio', { name: 'Aligned' }).click()
    await grid().waitFor()
    // A fresh view has no finding selected.
    expect(await reader().locator('.finding-item[aria-current="true"]').count()).toBe(0)
  })

  it('selects findings with j and k', async () => {
    await grid().locator('.aligned-row').last().scrollIntoViewIfNeeded()
    await page.keyboard.press('j')
    const current = reader().locator('.finding-item[aria-current="true"]')
    await expect.poll(() => current.count()).toBe(1)
    expect(await current.textContent()).toMatch(/2일/)
    const row = rows().filter({ hasText: bloomberg })
    await expect.poll(() => isInPane(row)).toBe(true)
    expect(await row.getAttribute('class')).toMatch(/is-active/)
    await page.keyboard.press('k')
    expect(await current.count()).toBe(1)
  })

  it('aligns the OpenAI pair in 22 rows', async () => {
    await open(openAiKo)
    await grid().waitFor()
    await expect.poll(() => rows().count()).toBe(22)
    expect(await grid().locator('.aligned-sentence[data-lang="en"]').count()).toBe(22)
  })

  it('keeps the paragraph view for a partial pair (a digest item and its English article)', async () => {
    await open(/메트로신문 - 2월 3일자 한줄뉴스/)
    await reader().getByText('Partial translation').first().waitFor()
    expect(await reader().getByRole('radiogroup', { name: 'View' }).count()).toBe(0)
    expect(await reader().locator('.digest-item.is-highlighted').count()).toBe(1)
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})

/** True when the element lies wholly inside its scroll pane's visible box. */
function isInPane(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((el) => {
    const pane = el.closest('.scroll-pane')
    if (!pane) return false
    const a = el.getBoundingClientRect()
    const b = pane.getBoundingClientRect()
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1
  })
}

/** Waits for a smooth scroll of the element's pane to end. */
async function settled(locator: ReturnType<Page['locator']>): Promise<void> {
  let last = -1
  await expect
    .poll(async () => {
      const top = await locator.evaluate((el) => el.closest('.scroll-pane')?.scrollTop ?? 0)
      const still = top === last
      last = top
      return still
    })
    .toBe(true)
}
