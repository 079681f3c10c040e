import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'
import { htmlToText, looksLikeHtml } from '../../../shared/lib/ingest/html-to-text'

describe('htmlToText', () => {
  it('keeps the text, drops scripts, styles and comments, and decodes entities', () => {
    const html =
      '<!doctype html><html><head><title>t</title><style>p{}</style></head><body><!-- ad -->' +
      '<h1>딥시크 &amp; 오픈AI</h1><p>첫 문단은 <b>굵게</b> 시작한다.<script>alert(1)</script></p>' +
      '<p>둘째&nbsp;문단 &#51060;&#45796; &#x2014; &lt;끝&gt;</p></body></html>'
    expect(htmlToText(html)).toBe('딥시크 & 오픈AI\n\n첫 문단은 굵게 시작한다.\n\n둘째 문단 이다 — <끝>')
  })

  it('survives broken markup', () => {
    expect(htmlToText('<div><p>닫히지 않은 <b>태그')).toBe('닫히지 않은 태그')
    expect(htmlToText('1 < 2 and <script>never closed')).toBe('1 < 2 and')
    expect(htmlToText('&#99999999; &bogus;')).toBe('&#99999999; &bogus;')
  })

  it('tells markup from a text capture', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html></html>')).toBe(true)
    expect(looksLikeHtml('<div><p>a</p><p>b</p><br><br></div>')).toBe(true)
    expect(looksLikeHtml('기사사진\n제목\n\n본문 1 < 2 이다.')).toBe(false)
  })

  it('lets the generic parser find an article in a saved HTML page', () => {
    const text = htmlToText('<html><body><h1>서울시 새 교통 정책 발표</h1><p>서울시는 오늘 새 교통 정책을 발표했다.</p><p>시민 단체는 환영했다.</p></body></html>')
    const [article] = extractArticles(text, 'pages/seoul.html')
    expect(article.title).toBe('서울시 새 교통 정책 발표')
    expect(article.paragraphs).toEqual(['서울시는 오늘 새 교통 정책을 발표했다.', '시민 단체는 환영했다.'])
  })
})
