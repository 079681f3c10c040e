import type { Article } from '../../models/article'
import type { Language } from '../../models/language'
import type { ArticlePair } from '../../models/pair'
import { defaultGlossaryMatcher } from '../glossary/default-glossary'
import type { GlossaryMatcher } from '../glossary/glossary-matcher'
import { segmentSentences } from '../segment/segment-sentences'
import { AnchorIndex, type Similarities } from './anchor-weights'
import { textAnchors } from './article-anchors'
import { FULL_PAIR_MARGIN, FULL_PAIR_THRESHOLD, PARTIAL_PAIR_THRESHOLD } from './pairing-constants'
import { bodyLength, lengthFit, publicationTime, siteFit, timeFitBetween } from './pairing-evidence'

/** Sentences of an English article that make its lead, compared with a digest item. */
const LEAD_SENTENCES = 3

interface KoreanUnit {
  readonly article: Article
  /** Index of the digest item, for units that are one item of a digest. */
  readonly item?: number
  readonly anchors: ReadonlySet<string>
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
  // A library holds the same text more than once (a page saved twice, an article on two pages): each
  // distinct text gets its anchors, similarities and lead once. All of these are pure in their inputs.
  const anchorsOf = memoAnchors(glossary)
  const text = sameText(articles)
  const units: KoreanUnit[] = []
  for (const article of articles) {
    if (article.lang !== 'ko') continue
    if (article.digestItems?.length) {
      article.digestItems.forEach((item, index) => units.push({ article, item: index, anchors: anchorsOf(item.text, 'ko') }))
    } else {
      units.push({ article, anchors: anchorsOf(text.full(article), 'ko') })
    }
  }
  const index = new AnchorIndex(units.map((u) => u.anchors))
  const similarityMemo = new Map<ReadonlySet<string>, Similarities>()
  const similaritiesOf = (anchors: ReadonlySet<string>): Similarities => {
    let found = similarityMemo.get(anchors)
    if (!found) similarityMemo.set(anchors, (found = index.similarities(anchors)))
    return found
  }
  const english = articles.filter((a) => a.lang === 'en')
  const lengths = new Map(articles.map((a) => [a.id, text.bodyLength(a)]))
  // Per-unit inputs of the scores, read once instead of once per English article.
  const unitLength = Float64Array.from(units, (u) => lengths.get(u.article.id) ?? 0)
  const unitTime = Float64Array.from(units, (u) => publicationTime(u.article))

  // Score every English article against the whole Korean articles it shares an anchor with. A row depends
  // only on the English anchors, length, time and site, so English articles alike in these share one.
  const scores = new Map<string, ReadonlyMap<string, number>>()
  const rowMemo = new Map<ReadonlySet<string>, Array<{ length: number; time: number; site: string; row: Map<string, number> }>>()
  for (const en of english) {
    const anchors = anchorsOf(text.full(en), 'en')
    const enLength = lengths.get(en.id) ?? 0
    const enTime = publicationTime(en)
    const alike = rowMemo.get(anchors) ?? []
    rowMemo.set(anchors, alike)
    let row = alike.find((r) => r.length === enLength && Object.is(r.time, enTime) && r.site === en.site)?.row
    if (!row) {
      row = new Map<string, number>()
      const { units: reached, values } = similaritiesOf(anchors)
      for (let k = 0; k < reached.length; k++) {
        const u = reached[k]
        const unit = units[u]
        if (unit.item !== undefined) continue
        const ko = unit.article
        const fit = 0.5 + 0.5 * lengthFit(unitLength[u], enLength)
        row.set(ko.id, values[k] * fit * timeFitBetween(unitTime[u], enTime) * siteFit(ko, en))
      }
      alike.push({ length: enLength, time: enTime, site: en.site, row })
    }
    scores.set(en.id, row)
  }

  const pairs: ArticlePair[] = []
  const pairedEnglish = new Set<string>()
  // Best score any English article gives a Korean one; the scores are final, so once per Korean article.
  const koBestMemo = new Map<string, number>()
  const koBestOf = (koId: string): number => {
    let koBest = koBestMemo.get(koId)
    if (koBest === undefined) {
      koBest = -Infinity
      for (const e of english) koBest = Math.max(koBest, scores.get(e.id)?.get(koId) ?? 0)
      koBestMemo.set(koId, koBest)
    }
    return koBest
  }
  const rankMemo = new Map<ReadonlyMap<string, number>, Ranked | null>()
  for (const en of english) {
    const row = scores.get(en.id)
    if (!row) continue
    let ranked = rankMemo.get(row)
    if (ranked === undefined) rankMemo.set(row, (ranked = topTwo(row)))
    if (ranked === null) continue
    const { koId, best, runnerUp } = ranked
    if (best >= FULL_PAIR_THRESHOLD && best - runnerUp >= FULL_PAIR_MARGIN && best >= koBestOf(koId)) {
      pairs.push({ ko: koId, en: en.id, kind: 'full', confidence: fullConfidence(best, runnerUp), origin: 'auto' })
      pairedEnglish.add(en.id)
    }
  }

  // English articles with no original in the library may still translate a digest item. The best item
  // depends only on the lead's anchors and the English publication time.
  const leadMemo = new Map<string, readonly string[]>()
  const partialMemo = new Map<ReadonlySet<string>, Array<{ time: number; unit: KoreanUnit | undefined; best: number }>>()
  for (const en of english) {
    if (pairedEnglish.has(en.id)) continue
    const anchors = anchorsOf(leadText(en, leadMemo), 'en')
    const enTime = publicationTime(en)
    const alike = partialMemo.get(anchors) ?? []
    partialMemo.set(anchors, alike)
    let found = alike.find((p) => Object.is(p.time, enTime))
    if (!found) {
      let bestUnit: KoreanUnit | undefined
      let best = 0
      const { units: reached, values } = similaritiesOf(anchors)
      for (let k = 0; k < reached.length; k++) {
        const u = reached[k]
        const unit = units[u]
        if (unit.item === undefined) continue
        const s = values[k] * timeFitBetween(unitTime[u], enTime)
        if (s > best) {
          best = s
          bestUnit = unit
        }
      }
      alike.push((found = { time: enTime, unit: bestUnit, best }))
    }
    const { unit: bestUnit, best } = found
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

interface Ranked {
  readonly koId: string
  readonly best: number
  readonly runnerUp: number
}

/**
 * The first of the highest scores and the highest of the others (0 when there is none): what a stable
 * sort from high to low would put first and second, without sorting. Scores are never NaN.
 */
function topTwo(row: ReadonlyMap<string, number>): Ranked | null {
  let koId: string | undefined
  let best = -Infinity
  let runnerUp = -Infinity
  for (const [id, score] of row) {
    if (koId === undefined) {
      koId = id
      best = score
    } else if (score > best) {
      runnerUp = best
      best = score
      koId = id
    } else if (score > runnerUp) runnerUp = score
  }
  if (koId === undefined) return null
  return { koId, best, runnerUp: row.size > 1 ? runnerUp : 0 }
}

/** textAnchors, once per distinct text and language. */
function memoAnchors(glossary: GlossaryMatcher): (text: string, lang: Language) => ReadonlySet<string> {
  const memo = { ko: new Map<string, Set<string>>(), en: new Map<string, Set<string>>(), other: new Map<string, Set<string>>() }
  return (text, lang) => {
    const byText = memo[lang]
    let anchors = byText.get(text)
    if (!anchors) byText.set(text, (anchors = textAnchors(text, lang, glossary)))
    return anchors
  }
}

/**
 * The full text and body length of articles, computed once per distinct title and paragraphs: articles are
 * bucketed by content hash and compared exactly, so a hash collision costs a comparison, never a mix-up.
 */
function sameText(articles: readonly Article[]): { full(a: Article): string; bodyLength(a: Article): number } {
  const byHash = new Map<string, Article[]>()
  const original = new Map<Article, Article>()
  for (const a of articles) {
    let alike = byHash.get(a.contentHash)
    if (!alike) byHash.set(a.contentHash, (alike = []))
    let first = alike.find((b) => b.title === a.title && sameParagraphs(a.paragraphs, b.paragraphs))
    if (!first) alike.push((first = a))
    original.set(a, first)
  }
  const full = new Map<Article, string>()
  const lengths = new Map<Article, number>()
  const of = (a: Article): Article => original.get(a) ?? a
  return {
    full: (a) => {
      const first = of(a)
      let t = full.get(first)
      if (t === undefined) full.set(first, (t = fullText(first)))
      return t
    },
    bodyLength: (a) => {
      const first = of(a)
      let n = lengths.get(first)
      if (n === undefined) lengths.set(first, (n = bodyLength(first)))
      return n
    },
  }
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false
  return true
}

function fullText(article: Article): string {
  return [article.title, ...article.paragraphs].join('\n')
}

/** The title and first sentences; the sentences are segmented once per distinct body (memo). */
function leadText(article: Article, memo: Map<string, readonly string[]>): string {
  const body = article.paragraphs.join('\n')
  let sentences = memo.get(body)
  if (!sentences) memo.set(body, (sentences = segmentSentences(body, 'en').slice(0, LEAD_SENTENCES).map((s) => s.text)))
  return [article.title, ...sentences].join('\n')
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
