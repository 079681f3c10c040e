// File › Export… as web mode shows it: the toolbar opens the dialog, the chosen export arrives as a download,
// Esc closes the dialog.
import { readFile } from 'node:fs/promises'
import axe from 'axe-core'
import { parse } from 'csv-parse/sync'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppPage, type AppHarness } from './app-harness'

let app: AppHarness
let page: Page

useAppPage((a, p) => {
  app = a
  page = p
})

async function openDialog() {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.waitFor()
  return dialog
}

describe('export dialog', () => {
  it('exports the pair on screen as CSV with only its flagged links, as a download', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /딥시크 개인정보 유출 논란/ }).click()
    const dialog = await openDialog()
    expect(await dialog.getByRole('radio', { name: 'This pair' }).isChecked()).toBe(true)
    await dialog.getByLabel('Format').selectOption('csv')
    await dialog.getByRole('radio', { name: 'Only links with a finding' }).check()
    expect(await dialog.getByRole('checkbox', { name: /byte-order mark/ }).isChecked()).toBe(true)
    // Every control labelled, contrast and roles right (axe-core run in the page, as the harness's CSP allows).
    await page.evaluate(axe.source)
    const violations = await page.evaluate(async () => {
      const { axe: inPage } = window as unknown as { axe: { run(context: string): Promise<{ violations: { id: string }[] }> } }
      return (await inPage.run('.export-dialog')).violations.map((v) => v.id)
    })
    expect(violations).toEqual([])
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
    expect(download.suggestedFilename()).toBe('kobi-000_77deed0654c30420.txt-7-flagged.csv')
    const bytes = await readFile(await download.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][]
    expect(rows[0].slice(0, 3)).toEqual(['ko_article', 'en_article', 'link'])
    expect(rows.length).toBeGreaterThan(1)
    expect(rows.slice(1).every((r) => r[9] !== '')).toBe(true)
    await dialog.getByRole('status').filter({ hasText: /Exported \d+ links of 1 pair/ }).waitFor()
  })

  it('exports the whole library as an HTML report, and Esc closes the dialog', async () => {
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByRole('radio', { name: /The whole library/ }).check()
    await dialog.getByLabel('Format').selectOption('html')
    await dialog.getByRole('radio', { name: 'All links' }).check()
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
    expect(download.suggestedFilename()).toBe('kobi-seeds.html')
    const html = await readFile(await download.path(), 'utf8')
    expect(html.match(/<section class="pair"/g)?.length).toBe(4)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
