// Importing pages in web mode: the Import… file input and drag and drop onto the window.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { loadSeed } from '../unit/ingest/seed-pages'
import { newsPageHtml } from '../unit/import/news-page-html'
import { projectRoot, useAppPage, type AppHarness } from './app-harness'

const encodings = path.join(projectRoot, 'test/fixtures/import/encodings')
const en = loadSeed('001_').articles[2]

let app: AppHarness
let page: Page

useAppPage((a, p) => {
  app = a
  page = p
})

const articles = () => page.getByRole('listbox', { name: 'Articles' })
const reader = () => page.getByRole('main', { name: 'Reader' })

describe('importing pages in web mode', () => {
  it('imports a CP949 page through Import…, opens it, and names a binary file it refused', async () => {
    await articles().getByRole('option').first().waitFor()
    const input = page.locator('input[type="file"]:not([webkitdirectory])')
    await input.setInputFiles([
      { name: 'ko.cp949.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(encodings, 'ko.cp949.txt')) },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
    ])
    await reader().getByRole('heading', { name: '똠방각하 햏자, 뷁 소리에 놀라다' }).waitFor()
    expect(await articles().getByRole('option', { name: /똠방각하 햏자/ }).count()).toBe(1)
    const banner = page.getByRole('region', { name: 'Load problems' })
    await banner.getByRole('button', { name: 'Show details' }).click()
    await banner.getByText(/^photo\.png: This file looks like a binary file \(a PNG image\), not a text page\.$/).waitFor()
  })

  it('shows "Drop pages to import" while files are dragged over the window, and imports a dropped HTML page', async () => {
    const html = newsPageHtml(en)
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'ai-en.html', { type: 'text/html' }))
      return data
    }, html)
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer })
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer })
    const zone = page.getByText('Drop pages to import')
    await zone.waitFor()
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer })
    await zone.waitFor({ state: 'detached' })
    await reader().getByRole('heading', { name: en.title }).first().waitFor()
    // Read by Readability from the news page: its paragraphs, none of the page's chrome.
    const text = await reader().textContent()
    expect(text).toContain(en.paragraphs[0].slice(0, 60))
    for (const chrome of ['관련기사', '가장 많이 본 기사', 'ChatGPT를 사용하여', 'Copyright']) expect(text).not.toContain(chrome)
  })

  it('imports a chosen folder through web mode’s Open Folder… (the browser’s folder chooser)', async () => {
    const folder = page.locator('input[type="file"][webkitdirectory]')
    expect(await folder.count()).toBe(1)
    await folder.setInputFiles(encodings)
    // Eight pages in UTF-8 (with and without BOM), UTF-16 LE/BE, CP949 and declared EUC-KR read to one title (the CP949
    // page imported above is the same file, not a copy); the EUC-KR page and its source to another.
    await expect.poll(() => articles().getByRole('option', { name: /똠방각하 햏자/ }).count(), { timeout: 20_000 }).toBe(8)
    expect(await articles().getByRole('option', { name: /딥시크 개인정보 유출 논란 새 이슈(?!…)/ }).count()).toBe(2)
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
