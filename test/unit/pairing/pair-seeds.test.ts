import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'
import { pairArticles } from '../../../shared/lib/pairing/pair-articles'
import type { Article } from '../../../shared/models/article'

const seeds = path.resolve(__dirname, '../../../seeds')
const articles: Article[] = readdirSync(seeds)
  .sort()
  .flatMap((f) => extractArticles(readFileSync(path.join(seeds, f), 'utf8'), `seeds/${f}`))
const pairs = pairArticles(articles)

function id(titleStart: string, source?: string): string {
  const found = articles.filter((a) => a.title.startsWith(titleStart) && (!source || a.source.includes(source)))
  expect(found, titleStart).toHaveLength(1)
  return found[0].id
}

const deepseekKo = id('딥시크 개인정보 유출 논란 새 이슈')
const deepseekEn = id("DeepSeek's personal data leakage controversy")
const openaiKo = id('"오픈AI도 흔들렸다"')
const openaiEn = id('"OpenAI also shaken"')
const tariffEn = id('Trump-initiated tariff war begins')
const samsungEn = id('"The Miracle of Semiconductors"')

describe('pairing the seed library', () => {
  it('finds exactly the two full pairs', () => {
    const full = pairs.filter((p) => p.kind === 'full').map((p) => [p.ko, p.en])
    expect(full).toEqual(
      expect.arrayContaining([
        [deepseekKo, deepseekEn],
        [openaiKo, openaiEn],
      ]),
    )
    expect(full).toHaveLength(2)
    for (const p of pairs.filter((p) => p.kind === 'full')) expect(p.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('does not fall for the traps', () => {
    const paired = (ko: string, en: string): boolean => pairs.some((p) => p.ko === ko && p.en === en)
    expect(paired(id("崔 권한대행, 美 행정부 관세 정책에"), tariffEn)).toBe(false)
    expect(paired(id('샘 알트먼 오픈AI CEO 방한'), openaiEn)).toBe(false)
    expect(paired(id("'139명' 中 토종인재들이 만든 딥시크"), deepseekEn)).toBe(false)
    expect(paired(id("'딥시크 돌풍' 밑거름은", '002_'), deepseekEn)).toBe(false)
    expect(paired(id('딥시크 등장에 발 동동', '004_'), deepseekEn)).toBe(false)
  })

  it('pairs English articles whose lead translates a digest item, as partial pairs of that item', () => {
    const digest = articles.find((a) => a.digestItems?.length)!
    const partial = (en: string) => pairs.find((p) => p.en === en && p.kind === 'partial')
    const samsung = partial(samsungEn)
    const tariff = partial(tariffEn)
    expect(samsung?.ko).toBe(digest.id)
    expect(tariff?.ko).toBe(digest.id)
    expect(digest.digestItems![samsung!.koDigestItem!].text).toMatch(/^글로벌 반도체 업계의 강자 삼성전자가/)
    expect(digest.digestItems![tariff!.koDigestItem!].text).toMatch(/^트럼프 대통령이 멕시코, 캐나다, 중국에 대한 관세/)
  })

  it('gives every English article at most one pair, and confidences in [0, 1]', () => {
    const english = pairs.map((p) => p.en)
    expect(new Set(english).size).toBe(english.length)
    for (const p of pairs) {
      expect(p.confidence).toBeGreaterThanOrEqual(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('finds no pair in a library without English', () => {
    expect(pairArticles(articles.filter((a) => a.lang === 'ko'))).toEqual([])
  })
})
