// The library sidebar: finding counts per compared pair, "Check all", the findings filter, sort and title
// search; and the unpaired-by-you message.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppPage, type AppHarness } from './app-harness'

let app: AppHarness
let page: Page
useAppPage((a, p) => {
  app = a
  page = p
})

const list = () => page.getByRole('listbox', { name: 'Articles' })
const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/

describe('library sidebar', () => {
  it('shows the findings of a pair once compared, and of all after Check all', async () => {
    await list().getByRole('option', { name: deepSeekKo }).click()
    await page.locator('.aligned-row').first().waitFor()
    const row = list().getByRole('option', { name: deepSeekKo })
    await expect.poll(() => row.textContent()).toMatch(/1 figure mismatch/)
    const status = page.locator('.sidebar-status [role="status"]')
    await expect.poll(() => status.textContent()).toMatch(/1 of 2 pairs checked/)
    await page.getByRole('button', { name: 'Check all' }).click()
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/2 of 2 pairs checked/)
    await expect.poll(() => list().getByRole('option', { name: /"오픈AI도 흔들렸다"/ }).textContent()).toMatch(/1 omission/)
  })

  it('filters to pairs with findings, sorts by findings and searches titles', async () => {
    const all = await list().getByRole('option').count()
    await page.getByRole('checkbox', { name: 'With findings' }).check()
    // Both sides of the two full pairs have findings.
    await expect.poll(() => list().getByRole('option').count()).toBe(4)
    await page.getByRole('combobox', { name: 'Sort articles' }).selectOption('findings')
    await expect.poll(() => list().getByRole('option').count()).toBe(4)
    await page.getByRole('checkbox', { name: 'With findings' }).uncheck()
    await page.getByRole('combobox', { name: 'Sort articles' }).selectOption('page')
    await expect.poll(() => list().getByRole('option').count()).toBe(all)
    await page.getByRole('searchbox', { name: 'Search titles' }).fill('딥시크 개인정보')
    await expect.poll(() => list().getByRole('option').count()).toBeLessThan(all)
    for (const title of await list().getByRole('option').allTextContents()) expect(title).toMatch(/딥시크 개인정보/)
    await page.getByRole('searchbox', { name: 'Search titles' }).fill('')
    await expect.poll(() => list().getByRole('option').count()).toBe(all)
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
