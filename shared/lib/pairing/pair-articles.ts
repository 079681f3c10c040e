import type { Article } from '../../models/article'
import type { ArticlePair } from '../../models/pair'
import { defaultGlossaryMatcher } from '../glossary/default-glossary'
import type { GlossaryMatcher } from '../glossary/glossary-matcher'
import { segmentSentences } from '../segment/segment-sentences'
import { AnchorIndex, AnchorWeights } from './anchor-weights'
import { textAnchors } from './article-anchors'
import { FULL_PAIR_MARGIN, FULL_PAIR_THRESHOLD, PARTIAL_PAIR_THRESHOLD } from './pairing-constants'
import { bodyLength, lengthFit, siteFit, timeFit } from './pairing-evidence'

/** Sentences of an English article that make its lead, compared with a digest item. */
const LEAD_SENTENCES = 3

interface KoreanUnit {
  readonly article: Article
  /** Index of the digest item, for units that are one item of a digest. */
  readonly item?: number
  readonly anchors: Set<string>
}

export interface PairingOptions {
  readonly glossary?: GlossaryMatcher
}

/**
 * Finds, for every English article, its Korean original among the library's articles, with no machine
 * translation: shared figures, Latin tokens and glossary concepts weighted by rarity, the length a
 * translation should have, and the publication times. An English article whose lead matches one item of a
 * digest (한줄뉴스) is a partial pair of that digest.
 */
export function pairArticles(articles: readonly Article[], options: PairingOptions = {}): ArticlePair[] {
  const glossary = options.glossary ?? defaultGlossaryMatcher()
  const units: KoreanUnit[] = []
  for (const article of articles) {
    if (article.lang !== 'ko') continue
    if (article.digestItems?.length) {
      article.digestItems.forEach((item, index) => units.push({ article, item: index, anchors: textAnchors(item.text, 'ko', glossary) }))
    } else {
      units.push({ article, anchors: textAnchors(fullText(article), 'ko', glossary) })
    }
  }
  const index = new AnchorIndex(
    units.map((u) => u.anchors),
    new AnchorWeights(units.map((u) => u.anchors)),
  )
  const english = articles.filter((a) => a.lang === 'en')
  const lengths = new Map(articles.map((a) => [a.id, bodyLength(a)]))

  // Score every English article against the whole Korean articles it shares an anchor with.
  const scores = new Map<string, Map<string, number>>()
  for (const en of english) {
    const row = new Map<string, number>()
    for (const [u, similarity] of index.similarities(textAnchors(fullText(en), 'en', glossary))) {
      const unit = units[u]
      if (unit.item !== undefined) continue
      const ko = unit.article
      const fit = 0.5 + 0.5 * lengthFit(lengths.get(ko.id) ?? 0, lengths.get(en.id) ?? 0)
      row.set(ko.id, similarity * fit * timeFit(ko, en) * siteFit(ko, en))
    }
    scores.set(en.id, row)
  }

  const pairs: ArticlePair[] = []
  const pairedEnglish = new Set<string>()
  for (const en of english) {
    const ranked = [...(scores.get(en.id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])
    if (ranked.length === 0) continue
    const [koId, best] = ranked[0]
    const runnerUp = ranked[1]?.[1] ?? 0
    const koBest = Math.max(...english.map((e) => scores.get(e.id)?.get(koId) ?? 0))
    if (best >= FULL_PAIR_THRESHOLD && best - runnerUp >= FULL_PAIR_MARGIN && best >= koBest) {
      pairs.push({ ko: koId, en: en.id, kind: 'full', confidence: fullConfidence(best, runnerUp), origin: 'auto' })
      pairedEnglish.add(en.id)
    }
  }

  // English articles with no original in the library may still translate a digest item.
  for (const en of english) {
    if (pairedEnglish.has(en.id)) continue
    const lead = leadText(en)
    let bestUnit: KoreanUnit | undefined
    let best = 0
    for (const [u, similarity] of index.similarities(textAnchors(lead, 'en', glossary))) {
      const unit = units[u]
      if (unit.item === undefined) continue
      const s = similarity * timeFit(unit.article, en)
      if (s > best) {
        best = s
        bestUnit = unit
      }
    }
    if (bestUnit && best >= PARTIAL_PAIR_THRESHOLD) {
      pairs.push({
        ko: bestUnit.article.id,
        en: en.id,
        kind: 'partial',
        confidence: round(Math.min(1, best)),
        origin: 'auto',
        koDigestItem: bestUnit.item,
      })
    }
  }
  return pairs
}

function fullText(article: Article): string {
  return [article.title, ...article.paragraphs].join('\n')
}

function leadText(article: Article): string {
  const body = article.paragraphs.join('\n')
  const sentences = segmentSentences(body, 'en').slice(0, LEAD_SENTENCES)
  return [article.title, ...sentences.map((s) => s.text)].join('\n')
}

/** High when the best candidate is both strong and well clear of the next one. */
function fullConfidence(best: number, runnerUp: number): number {
  const strength = Math.min(1, best / (2 * FULL_PAIR_THRESHOLD))
  const clearance = Math.min(1, (best - runnerUp) / (3 * FULL_PAIR_MARGIN))
  return round(0.5 + 0.5 * Math.min(strength, clearance))
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
