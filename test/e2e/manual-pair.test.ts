import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage, type AppHarness } from './app-harness'

// An article the pairing engine leaves alone, paired by hand with an English article it did pair.
const koTitle = /개혁신당 이준석, 사실상 대선 출마 시사/
const enTitle = /Trump-initiated tariff war begins/

let app: AppHarness
let page: Page

useAppPage((a, p) => {
  app = a
  page = p
})

async function selectKorean(): Promise<void> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: koTitle }).click()
}

describe('pairing by hand', () => {
  it('pairs two articles through the picker and keeps the pair after a reload', async () => {
    await selectKorean()
    const reader = page.getByRole('main', { name: 'Reader' })
    await reader.getByRole('button', { name: 'Pair with…' }).click()

    const picker = page.getByRole('dialog', { name: 'Pair with…' })
    await picker.getByRole('searchbox').fill('tariff')
    await picker.getByRole('button', { name: enTitle }).click()
    await picker.waitFor({ state: 'detached' })

    await reader.getByRole('heading', { level: 2, name: enTitle }).waitFor()
    await expect.poll(() => reader.getByText('Paired by hand').count()).toBe(1)

    await page.reload()
    await selectKorean()
    await reader.getByRole('heading', { level: 2, name: enTitle }).waitFor()
    const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: koTitle })
    await expect.poll(() => row.textContent()).toMatch(/Paired.*manual/)
  })

  it('unpairs, and the article stays unpaired after a reload', async () => {
    const reader = page.getByRole('main', { name: 'Reader' })
    await reader.getByRole('button', { name: 'Unpair' }).click()
    // It says what is true: the user unpaired it (not "no translation was found").
    await reader.getByText('Unpaired by you').waitFor()
    expect(await reader.getByText(/^You unpaired it from “/).count()).toBe(1)
    await page.reload()
    await selectKorean()
    await reader.getByText('Unpaired by you').waitFor()
    expect(await reader.getByRole('heading', { level: 2, name: enTitle }).count()).toBe(0)
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
