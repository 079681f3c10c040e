import { describe, expect, it } from 'vitest'
import { byTitle, expectWellFormed, loadSeed } from './seed-pages'

describe('서울경제 listing (seed 003)', () => {
  const page = loadSeed('003_')

  it('finds fifteen articles, well formed, without the footer', () => {
    expect(page.articles).toHaveLength(15)
    expect(page.articles.every(a => a.site === 'sedaily' && a.lang === 'ko')).toBe(true)
    expectWellFormed(page)
    const all = page.articles.flatMap(a => [a.title, ...a.paragraphs]).join('\n')
    for (const footer of ['주소 :', 'Sedaily', '이시간 주요 뉴스', '서경스페셜']) expect(all).not.toContain(footer)
  })

  it('splits the glued section/time from the body', () => {
    const gpt = page.articles[0]
    expect(gpt.title).toBe('오픈AI, 코딩·가성비 중점 둔 GPT-4.1로 구글·앤스로픽 견제')
    expect(gpt.publishedAt).toBe('2025-04-15T09:51:26+09:00')
    expect(gpt.paragraphs[0].startsWith('오픈AI가 코딩 성능을 높인 한편')).toBe(true)
    expect(gpt.paragraphs[0].endsWith('오픈AI도 대응에 나선 것이다.')).toBe(true)
    for (const a of page.articles) {
      expect(a.paragraphs[0]).not.toMatch(/^(산업|경제·금융|증권|국제|오피니언) /)
      expect(a.paragraphs[0]).not.toMatch(/ -$/)
      expect(a.byline).toBeNull()
    }
  })

  it('keeps a body that starts with a digit right after the time', () => {
    const quantum = byTitle(page.articles, 'AI 개발에 양자컴 쓴다는 중국')
    expect(quantum.publishedAt).toBe('2025-04-12T09:00:00+09:00')
    expect(quantum.paragraphs[0].startsWith('7일(현지시간) 중국 관영매체 글로벌타임스는')).toBe(true)
  })

  it('reads the last item, which has no trailing separator', () => {
    const last = page.articles[14]
    expect(last.title).toBe("엔비디아 H20 中수출길 열렸다…삼성·SK, 일단 '안도'")
    expect(last.publishedAt).toBe('2025-04-10T17:40:21+09:00')
    expect(last.paragraphs[0].endsWith('빠르게 진입해야 할 것”이라고 설명했다.')).toBe(true)
    expect(byTitle(page.articles, '[여명] AI혁명의 대유행').publishedAt).toBe('2025-04-13T18:03:11+09:00')
  })
})
