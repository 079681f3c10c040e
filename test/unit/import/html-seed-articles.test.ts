import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { htmlArticles } from '../../../node/html/html-articles'
import { readLibraryFolder } from '../../../node/files/read-library-folder'
import { compareArticles } from '../../../shared/lib/compare/compare-articles'
import type { Article } from '../../../shared/models/article'
import { loadSeed } from '../ingest/seed-pages'
import { useTempDirs } from '../store/temp-dir'
import { newsPageHtml } from './news-page-html'

const tempDir = useTempDirs()
const metro0 = loadSeed('000_')
const metro1 = loadSeed('001_')
const byId = (page: { articles: Article[] }, index: number): Article => page.articles[index]

// The two full pairs of the seeds (Korean, English), a long ydp article and a g-enews one.
const dsKo = byId(metro0, 7)
const dsEn = byId(metro0, 3)
const aiKo = byId(metro1, 4)
const aiEn = byId(metro1, 2)
const ydp = byId(loadSeed('002_'), 0)
const genews = byId(loadSeed('004_'), 0)

const CHROME = ['로그인', '회원가입', '관련기사', '가장 많이 본', '광고', '사진=', 'Copyright', '무단전재', '등록번호', '공유', '페이스북', '#AI', 'ChatGPT를', 'tracking', 'adSlots', 'dataLayer', '홈 >', '산업일반', '℃']

function fromHtml(article: Article, signOff?: string): Article {
  const html = newsPageHtml(article, { signOff })
  const found = htmlArticles(html, `pages/${article.lang}.html`)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('a seed article inside a typical news page', () => {
  for (const [name, article, signOff] of [
    ['a Korean Metro article', dsKo, '/이혜민기자 lhm@metroseoul.co.kr'],
    ['its English translation', dsEn, undefined],
    ['another Korean article', aiKo, undefined],
    ['its English translation', aiEn, undefined],
    ['a 16-paragraph article', ydp, '나재희 기자 ydp@example.com'],
    ['an 11-paragraph article', genews, undefined],
  ] as const) {
    it(`gives the title and paragraphs of its text capture: ${name}`, () => {
      const read = fromHtml(article, signOff)
      expect(read.title).toBe(article.title)
      expect(read.paragraphs).toEqual(article.paragraphs)
      expect(read.lang).toBe(article.lang)
      // Read by Readability (the page's site is unknown), not by a seed site's layout.
      expect(read.site).toBe('뉴스데일리')
      expect(read.byline).toBe(article.byline)
      expect(read.publishedAt).toBe(article.publishedAt)
      expect(read.translator).toBe(article.translator)
      for (const text of [read.title, ...read.paragraphs]) {
        for (const chrome of CHROME) expect(text, `chrome "${chrome}"`).not.toContain(chrome)
      }
      // Spans point into the article's own text, as the text layouts' do.
      expect(read.paragraphs.length).toBe(read.paragraphSpans.length)
    })
  }

  it('pairs and aligns the same as the text captures', async () => {
    const folder = path.join(tempDir(), 'html-library')
    mkdirSync(folder)
    const pages: [string, Article][] = [['ds-ko.html', dsKo], ['ds-en.html', dsEn], ['ai-ko.html', aiKo], ['ai-en.html', aiEn]]
    for (const [file, article] of pages) writeFileSync(path.join(folder, file), newsPageHtml(article))
    const library = await readLibraryFolder(folder)
    expect(library.problems).toEqual([])
    const id = (file: string) => `${file}#0`
    const full = library.pairs.filter((p) => p.kind === 'full').map((p) => [p.ko, p.en])
    expect(full).toEqual(expect.arrayContaining([[id('ds-ko.html'), id('ds-en.html')], [id('ai-ko.html'), id('ai-en.html')]]))
    expect(full).toHaveLength(2)

    const article = (file: string) => library.articles.find((a) => a.id === id(file))!
    for (const [ko, en, textKo, textEn] of [['ds-ko.html', 'ds-en.html', dsKo, dsEn], ['ai-ko.html', 'ai-en.html', aiKo, aiEn]] as const) {
      const fromPages = compareArticles(article(ko), article(en))
      const fromText = compareArticles(textKo, textEn)
      expect(fromPages.links.map((l) => [l.ko, l.en])).toEqual(fromText.links.map((l) => [l.ko, l.en]))
      expect(fromPages.findings.map((f) => [f.kind, f.ko, f.en])).toEqual(fromText.findings.map((f) => [f.kind, f.ko, f.en]))
      expect(fromPages.links.length).toBeGreaterThan(10)
    }
  })
})
