// Loads the seed captures the way the app does (bytes → decodeBytes → extractArticles).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import type { Article } from '../../../shared/models/article'
import { decodeBytes } from '../../../node/files/decode-bytes'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'

const SEEDS = path.resolve(__dirname, '../../../seeds')

export interface SeedPage {
  readonly text: string
  readonly articles: Article[]
}

export function loadSeed(prefix: string): SeedPage {
  const name = readdirSync(SEEDS).find(f => f.startsWith(prefix))
  if (!name) throw new Error(`no seed ${prefix}`)
  const decoded = decodeBytes(readFileSync(path.join(SEEDS, name)))
  if (!decoded.ok) throw new Error(decoded.message)
  return { text: decoded.text, articles: extractArticles(decoded.text, `seeds/${name}`) }
}

/** An article as a user would paste it: its title, then its paragraphs, a blank line apart. */
export function articleText(a: { readonly title: string; readonly paragraphs: readonly string[] }): string {
  return [a.title, ...a.paragraphs].join('\n\n')
}

export function byTitle(articles: readonly Article[], start: string): Article {
  const found = articles.find(a => a.title.startsWith(start))
  if (!found) throw new Error(`no article titled ${start}…`)
  return found
}

/** Strings that belong to site chrome and must never reach a title or paragraph. */
const CHROME = [
  '기사사진',
  '로그인',
  '회원가입',
  '가장많이 본기사',
  '더보기',
  'ChatGPT를 사용하여',
  '@metroseoul.co.kr',
  '@g-enews.com',
  '사진=',
  '이미지 확대보기',
  '기상청 제공',
  '℃',
  '[영등포신문=',
  'Copyright',
  '저작권법',
  '등록번호',
]

/** Spans slice back to the exact text, nothing is empty, no chrome, no date line. */
export function expectWellFormed(page: SeedPage): void {
  for (const a of page.articles) {
    expect(page.text.slice(a.titleSpan.start, a.titleSpan.end)).toBe(a.title)
    expect(a.paragraphSpans).toHaveLength(a.paragraphs.length)
    expect(a.paragraphs.length).toBeGreaterThan(0)
    a.paragraphs.forEach((p, i) => {
      expect(page.text.slice(a.paragraphSpans[i].start, a.paragraphSpans[i].end)).toBe(p)
      expect(p).toBe(p.trim())
      expect(p.length).toBeGreaterThan(0)
      expect(p).not.toContain('\ufffd')
      expect(p).not.toMatch(/^\s*\d{4}[-.]\d{2}[-.]\d{2} \d{2}:\d{2}/)
    })
    for (const s of [a.title, ...a.paragraphs]) {
      for (const chrome of CHROME) expect(s, `${a.id} holds "${chrome}"`).not.toContain(chrome)
    }
    expect(a.title.length).toBeGreaterThan(0)
    expect(a.title).not.toContain('\n')
    if (a.publishedAt !== null) expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/)
  }
  const ids = page.articles.map(a => a.id)
  expect(new Set(ids).size).toBe(ids.length)
}
