import { describe, expect, it } from 'vitest'
import { expectWellFormed, loadSeed } from './seed-pages'

describe('글로벌이코노믹 article page (seed 004)', () => {
  const page = loadSeed('004_')

  it('finds one article, well formed', () => {
    expect(page.articles).toHaveLength(1)
    expect(page.articles[0].site).toBe('g-enews')
    expectWellFormed(page)
  })

  it('reads the doubled title once and the closing byline without its e-mail', () => {
    const [a] = page.articles
    expect(a.title).toBe('딥시크 등장에 발 동동…"제2의 딥시크 쇼크는 한국에서"')
    expect(a.byline).toBe('편슬기 기자')
    expect(a.lang).toBe('ko')
    expect(a.translator).toBeNull()
  })

  it('drops sub-headlines and both copies of each caption, keeps the paragraphs', () => {
    const [a] = page.articles
    expect(a.paragraphs).toHaveLength(11)
    expect(a.paragraphs[0].startsWith('중국 스타트업 딥시크 발 충격이 한국까지 흔들고 있다.')).toBe(true)
    expect(a.paragraphs.at(-1)?.startsWith('한편 딥시크를 경계하고 배척하는 움직임이')).toBe(true)
    const body = a.paragraphs.join('\n')
    expect(body).not.toContain('딥시크, 기존의 AI 모델 개발 공식 뒤집은 존재')
    expect(body).not.toContain('발표를 진행했다')
    expect(body).not.toContain('편슬기')
    expect(new Set(a.paragraphs).size).toBe(a.paragraphs.length)
  })
})
