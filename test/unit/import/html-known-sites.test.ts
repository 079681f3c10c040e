import { describe, expect, it } from 'vitest'
import { htmlArticles } from '../../../node/html/html-articles'
import { readPage } from '../../../node/files/read-page'
import { loadSeed } from '../ingest/seed-pages'

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A text capture as the page it was captured from might be: blocks as <div>s, lines split by <br>, scripts in between. */
function captureAsHtml(text: string): string {
  const blocks = text.split(/\n\s*\n/).map((block) => `<div class="blk">${block.split('\n').map((l) => esc(l.trim())).join('<br>\n')}</div>`)
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>page</title><script>var x = "<div>not text</div>";</script><style>.blk{}</style></head><body>\n${blocks.join('\n<script>track()</script>\n')}\n</body></html>`
}

describe('saved HTML pages of the sites we know', () => {
  for (const [prefix, site] of [['000_', 'metroseoul'], ['001_', 'metroseoul'], ['002_', 'ydpnews'], ['003_', 'sedaily'], ['004_', 'g-enews']] as const) {
    it(`are read by their site's layout, as their text captures are (${prefix}, ${site})`, () => {
      const seed = loadSeed(prefix)
      const read = htmlArticles(captureAsHtml(seed.text), `seeds/${prefix}.html`)
      expect(read.map((a) => a.title)).toEqual(seed.articles.map((a) => a.title))
      expect(read.map((a) => a.paragraphs)).toEqual(seed.articles.map((a) => a.paragraphs))
      expect(read.map((a) => [a.byline, a.publishedAt, a.translator, a.lang])).toEqual(seed.articles.map((a) => [a.byline, a.publishedAt, a.translator, a.lang]))
      expect(new Set(read.map((a) => a.site))).toEqual(new Set([site]))
    })
  }
})

describe('HTML bad input', () => {
  it('names a page with no article', () => {
    const nav = '<!DOCTYPE html><html><body><nav><ul><li><a href="/">홈</a></li><li><a href="/a">정치</a></li></ul></nav><footer>Copyright © 2025</footer></body></html>'
    expect(readPage({ source: 'pages/empty.html', bytes: new TextEncoder().encode(nav) })).toEqual({ articles: [] })
  })

  it('survives broken markup in bounded time', () => {
    const broken = `<html><body><div><p>닫히지 않은 <b>태그 ${'<div><span>'.repeat(5000)} 1 < 2 <script>never closed`
    const t0 = performance.now()
    const read = readPage({ source: 'pages/broken.html', bytes: new TextEncoder().encode(broken) })
    expect('articles' in read).toBe(true)
    expect(performance.now() - t0).toBeLessThan(10_000)
  })

  it('never takes script or style text for article text', () => {
    const page = `<!DOCTYPE html><html><head><title>서울시 새 교통 정책 발표</title></head><body><article><h1>서울시 새 교통 정책 발표</h1>
      <p>서울시는 오늘 새 교통 정책을 발표했다. 버스 노선 120개가 조정되고 지하철 막차 시간이 30분 늦춰진다.</p>
      <script>document.write("<p>스크립트가 쓴 문단</p>")</script><style>p::after{content:"스타일 문단"}</style>
      <p>시민 단체는 환영했다. 다만 일부 노선의 배차 간격이 길어진다는 지적도 나왔다.</p></article></body></html>`
    const read = readPage({ source: 'pages/seoul.html', bytes: new TextEncoder().encode(page) })
    expect('articles' in read && read.articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['서울시 새 교통 정책 발표', ['서울시는 오늘 새 교통 정책을 발표했다. 버스 노선 120개가 조정되고 지하철 막차 시간이 30분 늦춰진다.', '시민 단체는 환영했다. 다만 일부 노선의 배차 간격이 길어진다는 지적도 나왔다.']],
    ])
  })

  it('takes the heading for the title of a page with no <title>, and its paragraphs, even from broken markup', () => {
    const broken = '<html><body><h1>깨진 HTML 기사 제목</h1><div><p>첫 문단은 <b>굵게 시작한다.<script>alert(1)</script></p><p>둘째 문단이다.'
    const read = readPage({ source: 'pages/broken.html', bytes: new TextEncoder().encode(broken) })
    expect('articles' in read && read.articles.map((a) => [a.title, a.paragraphs])).toEqual([['깨진 HTML 기사 제목', ['첫 문단은 굵게 시작한다.', '둘째 문단이다.']]])
  })

  it('reads a CP949 page with <meta charset="euc-kr"> into its article', async () => {
    const { readFileSync } = await import('node:fs')
    const path = await import('node:path')
    const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/import/encodings/ko.meta-euc-kr.html')))
    const read = readPage({ source: 'pages/cp949.html', bytes })
    expect('articles' in read && read.articles.map((a) => [a.title, a.lang])).toEqual([['똠방각하 햏자, 뷁 소리에 놀라다', 'ko']])
  })
})
