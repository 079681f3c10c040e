import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'
import { expectWellFormed, loadSeed } from './seed-pages'

describe('영등포신문 article page (seed 002)', () => {
  const page = loadSeed('002_')

  it('finds the article and the truncated one after it, well formed', () => {
    expect(page.articles).toHaveLength(2)
    expect(page.articles.every(a => a.site === 'ydpnews')).toBe(true)
    expectWellFormed(page)
  })

  it('reads title, 등록 time and the [영등포신문=…] byline', () => {
    const [first] = page.articles
    expect(first.title).toBe('\'딥시크 돌풍\' 밑거름은…"美제재와 中정부 전폭 지원"')
    expect(first.publishedAt).toBe('2025-01-30T11:54:18+09:00')
    expect(first.byline).toBe('나재희 기자')
    expect(first.lang).toBe('ko')
    expect(first.paragraphs[0]).toBe(
      '비용과 성능 혁신으로 미국 실리콘밸리를 놀라게 한 중국의 인공지능(AI) 스타트업 딥시크(DeepSeek, 深度求索) 성공 배경을 영국 BBC방송이 29일(현지시간) 자세하게 분석해 눈길을 끈다.',
    )
  })

  it('keeps blank-line paragraphs and skips nbsp-only lines', () => {
    const [first] = page.articles
    expect(first.paragraphs).toHaveLength(16)
    expect(first.paragraphs[7]).toBe("중국 정부의 강력한 지원 또한 '딥시크 쇼크'의 밑바탕이 됐다.")
    expect(first.paragraphs.at(-1)?.startsWith('미국 싱크탱크 전략국제문제연구소(CSIS)')).toBe(true)
    expect(first.paragraphs.some(p => p.includes('이혜훈'))).toBe(false)
  })

  it('reads the second, truncated article without a date', () => {
    const second = page.articles[1]
    expect(second.title).toBe('이혜훈 \'보좌진 갑질\' 녹취 폭로…국힘 "청문회 통과 어려울 것"')
    expect(second.byline).toBe('이천용 기자')
    expect(second.publishedAt).toBeNull()
    expect(second.paragraphs).toHaveLength(1)
    expect(second.paragraphs[0].startsWith('이재명 정부 초대 기획예산처 장관 후보자로')).toBe(true)
  })

  it('drops a replacement char left by truncation but keeps the text before it', () => {
    const text = '제목입니다\n\n  • 등록 2025.01.30 11:54:18\n\n[영등포신문=홍길동 기자] 본문이 잘려서 끝난\ufffd\n'
    const [a] = extractArticles(text, 'cut.txt')
    expect(a.paragraphs).toEqual(['본문이 잘려서 끝난'])
    expect(text.slice(a.paragraphSpans[0].start, a.paragraphSpans[0].end)).toBe('본문이 잘려서 끝난')
    expect(a.byline).toBe('홍길동 기자')
  })
})
