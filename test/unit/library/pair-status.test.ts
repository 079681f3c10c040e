import { describe, expect, it } from 'vitest'
import { groupBySource } from '../../../shared/lib/library/group-by-source'
import { pairsOfArticle, pairStatusOf, partnerOf } from '../../../shared/lib/library/pair-status'
import type { Article } from '../../../shared/models/article'
import type { ArticlePair } from '../../../shared/models/pair'

const pairs: ArticlePair[] = [
  { ko: 'digest', en: 'e1', kind: 'partial', confidence: 0.8, origin: 'auto', koDigestItem: 1 },
  { ko: 'digest', en: 'e2', kind: 'partial', confidence: 0.9, origin: 'auto', koDigestItem: 0 },
  { ko: 'k1', en: 'e3', kind: 'full', confidence: 0.6, origin: 'auto' },
  { ko: 'k1', en: 'e4', kind: 'full', confidence: 1, origin: 'manual' },
]

describe('pair status', () => {
  it('tells full, partial and unpaired articles apart', () => {
    expect(pairStatusOf('k1', pairs)).toBe('full')
    expect(pairStatusOf('digest', pairs)).toBe('partial')
    expect(pairStatusOf('e1', pairs)).toBe('partial')
    expect(pairStatusOf('k2', pairs)).toBe('unpaired')
  })

  it('lists manual pairs first, then by confidence', () => {
    expect(pairsOfArticle('k1', pairs).map((p) => p.en)).toEqual(['e4', 'e3'])
    expect(pairsOfArticle('digest', pairs).map((p) => p.en)).toEqual(['e2', 'e1'])
  })

  it('finds the other article of a pair', () => {
    expect(partnerOf('k1', pairs[2])).toBe('e3')
    expect(partnerOf('e3', pairs[2])).toBe('k1')
  })
})

describe('groupBySource', () => {
  it('groups articles by page, keeping library order', () => {
    const a = (id: string, source: string) => ({ id, source }) as Article
    const groups = groupBySource([a('1', 'seeds/000.txt'), a('2', 'seeds/001.txt'), a('3', 'seeds/000.txt')])
    expect(groups.map((g) => [g.source, g.articles.map((x) => x.id)])).toEqual([
      ['seeds/000.txt', ['1', '3']],
      ['seeds/001.txt', ['2']],
    ])
  })
})
