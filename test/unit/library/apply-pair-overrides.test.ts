import { describe, expect, it } from 'vitest'
import { applyPairOverrides } from '../../../shared/lib/library/apply-pair-overrides'
import type { Article } from '../../../shared/models/article'
import type { ArticlePair } from '../../../shared/models/pair'

function article(id: string, lang: Article['lang'], title: string, source = 'seeds/000.txt'): Article {
  return {
    id,
    contentHash: '0000000000000000',
    source,
    site: 'metroseoul',
    title,
    lang,
    publishedAt: null,
    byline: null,
    translator: lang === 'en' ? 'ChatGPT' : null,
    paragraphs: [title],
    titleSpan: { start: 0, end: title.length },
    paragraphSpans: [{ start: 0, end: title.length }],
  }
}

const articles = [
  article('k1', 'ko', "딥시크 개인정보 유출 논란 새 이슈…미·유럽 '차단'vs인도 '환영'"),
  article('k2', 'ko', '딥시크·챗GPT 차이는? … \'오픈소스\''),
  article('e1', 'en', "DeepSeek's personal data leakage controversy emerges as a new issue"),
  article('e2', 'en', 'Trump-initiated tariff war begins'),
]
const auto: ArticlePair[] = [
  { ko: 'k1', en: 'e1', kind: 'full', confidence: 0.97, origin: 'auto' },
  { ko: 'k2', en: 'e2', kind: 'partial', confidence: 0.4, origin: 'auto' },
]

describe('applyPairOverrides', () => {
  it('returns the automatic pairs when there is no override', () => {
    expect(applyPairOverrides(articles, auto, [])).toEqual(auto)
  })

  it('lets a manual pair replace the automatic pairs of both its articles', () => {
    const pairs = applyPairOverrides(articles, auto, [{ action: 'pair', ko: 'k1', en: 'e2' }])
    expect(pairs).toEqual([{ ko: 'k1', en: 'e2', kind: 'full', confidence: 1, origin: 'manual' }])
  })

  it('keeps an unpaired automatic pair from coming back', () => {
    const pairs = applyPairOverrides(articles, auto, [{ action: 'unpair', ko: 'k1', en: 'e1' }])
    expect(pairs).toEqual([auto[1]])
  })

  it('restores hidden automatic pairs when a manual pair is undone', () => {
    const pairs = applyPairOverrides(articles, auto, [
      { action: 'pair', ko: 'k1', en: 'e2' },
      { action: 'unpair', ko: 'k1', en: 'e2' },
    ])
    expect(pairs).toEqual(auto)
  })

  it('lets the newer manual pair of an article win', () => {
    const pairs = applyPairOverrides(articles, auto, [
      { action: 'pair', ko: 'k1', en: 'e2' },
      { action: 'pair', ko: 'k2', en: 'e2' },
    ])
    expect(pairs).toEqual([auto[0], { ko: 'k2', en: 'e2', kind: 'full', confidence: 1, origin: 'manual' }])
  })

  it('re-pairing after an unpair brings the pair back as manual', () => {
    const pairs = applyPairOverrides(articles, auto, [
      { action: 'unpair', ko: 'k1', en: 'e1' },
      { action: 'pair', ko: 'k1', en: 'e1' },
    ])
    expect(pairs).toContainEqual({ ko: 'k1', en: 'e1', kind: 'full', confidence: 1, origin: 'manual' })
    expect(pairs.filter((p) => p.ko === 'k1')).toHaveLength(1)
  })

  it('skips overrides naming missing articles or the wrong languages', () => {
    const pairs = applyPairOverrides(articles, auto, [
      { action: 'pair', ko: 'gone', en: 'e1' },
      { action: 'pair', ko: 'e2', en: 'k1' },
      { action: 'unpair', ko: 'k9', en: 'e9' },
    ])
    expect(pairs).toEqual(auto)
  })

  it('matches overrides stored under the ids of version 0.1 (stem#index), unless two pages share the stem', () => {
    const renamed = [
      article('a.txt#0', 'ko', '한국어 기사', 'seeds/a.txt'),
      article('a.txt#1', 'en', 'English article', 'seeds/a.txt'),
      article('b.txt#0', 'ko', '다른 기사', 'seeds/b.txt'),
      article('b.html#0', 'ko', '같은 이름', 'seeds/b.html'),
      article('b.html#1', 'en', 'Same stem', 'seeds/b.html'),
    ]
    expect(applyPairOverrides(renamed, [], [{ action: 'pair', ko: 'a#0', en: 'a#1' }])).toEqual([
      { ko: 'a.txt#0', en: 'a.txt#1', kind: 'full', confidence: 1, origin: 'manual' },
    ])
    // b#0 could be b.txt#0 or b.html#0: skipped rather than guessed.
    expect(applyPairOverrides(renamed, [], [{ action: 'pair', ko: 'b#0', en: 'b#1' }])).toEqual([])
  })
})
