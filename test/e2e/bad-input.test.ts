// A library folder full of bad input: the app says what it could not read and shows the rest.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectRoot, startApp, type AppHarness } from './app-harness'

/** EUC-KR bytes of a Korean text, by inverting the platform's EUC-KR decoder over its two-byte table. */
function eucKr(text: string): Uint8Array {
  const decoder = new TextDecoder('euc-kr')
  const table = new Map<string, number[]>()
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail])
  }
  const bytes: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0))
    else {
      const code = table.get(ch)
      if (!code) throw new Error(`no EUC-KR code for ${ch}`)
      bytes.push(...code)
    }
  }
  return new Uint8Array(bytes)
}

const eucKrTitle = '서울시 새 교통 정책 발표'
let folder: string
let app: AppHarness
let page: Page

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'kobi-bad-'))
  copyFileSync(path.join(projectRoot, 'seeds/002_b20a16a07b6bd2de.txt'), path.join(folder, 'ydp.txt'))
  writeFileSync(
    path.join(folder, 'euckr.txt'),
    eucKr(`${eucKrTitle}\n\n서울시는 오늘 새 교통 정책을 발표했다. 시는 버스 노선을 늘리고 요금을 동결한다고 밝혔다.\n\n시민 단체는 환영한다는 입장을 냈다.\n`),
  )
  writeFileSync(path.join(folder, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
  writeFileSync(path.join(folder, 'empty.txt'), '')
  writeFileSync(path.join(folder, 'chrome.txt'), '로그인\n')
  writeFileSync(
    path.join(folder, 'broken.html'),
    '<html><body><h1>깨진 HTML 기사 제목</h1><div><p>첫 문단은 <b>굵게 시작한다.<script>alert(1)</script></p><p>둘째 문단이다.',
  )
  app = await startApp(folder)
  page = await app.newPage()
  await page.goto(app.server.url)
})

afterAll(async () => {
  await app?.close()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('a library with bad input', () => {
  it('names every page it could not read, in a banner that does not block the rest', async () => {
    const banner = page.getByRole('region', { name: 'Load problems' })
    await banner.waitFor()
    await banner.getByRole('button', { name: 'Show details' }).click()
    const details = (await banner.getByRole('listitem').allTextContents()).join('\n')
    expect(details).toMatch(/image\.png.*binary/i)
    expect(details).toMatch(/empty\.txt/)
    expect(details).toMatch(/chrome\.txt/)
  })

  it('reads the EUC-KR page and the good page', async () => {
    const list = page.getByRole('listbox', { name: 'Articles' })
    await list.getByRole('option', { name: new RegExp(eucKrTitle) }).waitFor()
    await list.getByRole('option', { name: /'딥시크 돌풍' 밑거름은/ }).waitFor()
  })

  it('shows a Korean article with no English on its own, with a way to pair it', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /'딥시크 돌풍' 밑거름은/ }).click()
    const reader = page.getByRole('main', { name: 'Reader' })
    await reader.getByText('No translation was found for this article.').waitFor()
    await reader.getByRole('heading', { level: 2, name: /'딥시크 돌풍' 밑거름은/ }).waitFor()
    expect(await reader.getByRole('button', { name: 'Pair with…' }).isEnabled()).toBe(true)
  })

  it('reads a saved HTML page as text, without its markup or scripts', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /깨진 HTML 기사 제목/ }).click()
    const reader = page.getByRole('main', { name: 'Reader' })
    await reader.getByText('첫 문단은 굵게 시작한다.').waitFor()
    const body = (await reader.textContent()) ?? ''
    expect(body).not.toContain('<b>')
    expect(body).not.toContain('alert(1)')
    expect(await page.locator('script:not([src])').count()).toBe(0)
    expect(app.errors).toEqual([])
  })
})
