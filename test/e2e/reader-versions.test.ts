// A second English version of the DeepSeek article, pasted: a word-level diff row by row against the same
// Korean, and the summary names the dropped "2일" as fixed and the changed percentage as introduced.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { deepSeekPair } from '../unit/work/long-pair'
import { useAppPage, type AppHarness } from './app-harness'
import { saveScreenshot } from './reader-screens'

let app: AppHarness
let page: Page
useAppPage((a, p) => {
  app = a
  page = p
})

const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/
const { en } = deepSeekPair()
const edited = en.paragraphs.join('\n').replace('including Bloomberg,', 'including Bloomberg, on the 2nd,').replace('52%', '25%')

describe('comparing two English versions', () => {
  it('refuses a Korean text with a message, in the dialog', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: deepSeekKo }).click()
    await page.locator('.aligned-row').first().waitFor()
    await page.getByRole('button', { name: 'Compare another English…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Compare another English version' })
    await dialog.getByRole('textbox', { name: 'English text' }).fill('딥시크의 충격파가 전 세계를 강타하고 있다.')
    await dialog.getByRole('button', { name: 'Compare' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Korean/)
  })

  it('shows the diff row by row and the finding the edit fixed and the one it introduced', async () => {
    const dialog = page.getByRole('dialog', { name: 'Compare another English version' })
    await dialog.getByRole('textbox', { name: 'English text' }).fill(edited)
    await dialog.getByRole('button', { name: 'Compare' }).click()
    const summary = page.getByRole('region', { name: 'What the second version changed' })
    await summary.waitFor()
    expect(await dialog.count()).toBe(0)
    const fixed = summary.locator('.versions-fixed')
    expect(await fixed.locator('h3').textContent()).toBe('Fixed (1)')
    expect(await fixed.locator('li').textContent()).toMatch(/2일/)
    expect(await summary.locator('.versions-introduced li', { hasText: '25%' }).count()).toBeGreaterThanOrEqual(1)

    const grid = page.getByRole('table', { name: 'Two English versions' })
    const bloomberg = grid.locator('.versions-row', { hasText: '2일 블룸버그 통신' })
    expect(await bloomberg.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/2nd/)]))
    const netskope = grid.locator('.versions-row', { hasText: '넷스코프' })
    expect(await netskope.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/52/)]))
    expect(await netskope.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/25/)]))
    // Rows the edit left alone have no diff marks.
    expect(await grid.locator('.versions-row.is-changed').count()).toBe(2)
    await saveScreenshot(page, 'two-versions')
    await page.getByRole('button', { name: 'Back to the pair' }).click()
    await page.locator('.aligned-row').first().waitFor()
  })

  it('logs no console error but the refused request of the first test', () => {
    expect(app.errors.filter((e) => !/status of 400/.test(e))).toEqual([])
    expect(app.errors.filter((e) => /status of 400/.test(e))).toHaveLength(1)
  })
})
