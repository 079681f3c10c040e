import type { Figure, FigureKind } from '../../models/figure'
import { describeFigure, isVague } from './describe-figure'
import type { FigureMismatch } from './figure-mismatch'
import { figuresMatch } from './figures-match'
import { significantDigits, tidy } from './number-text'
import { readFigures } from './read-figures'
import { inconsistentConversions } from './unit-conversions'

const MAGNITUDES: ReadonlySet<FigureKind> = new Set(['count', 'amount', 'money', 'multiplier'])

interface Side {
  readonly figures: Figure[]
  readonly length: number
  readonly used: boolean[]
}

/**
 * Work bound for one linked sentence pair. Up to this many (Korean, English) figure pairs every pair is scored,
 * as always; a real sentence pair stays far below it (the most figure-dense kpc-dev sentence has 14, the seeds
 * 9: under 200 pairs). Beyond it (a table pasted as one sentence, a figure bomb) each figure is scored only
 * against the nearest `candidatesPerFigure` figures of its bucket (same kind class and value to two significant digits for
 * equivalence, same kind class for "≠"), so the work grows linearly: 5,000 figures a side, well under a second.
 */
const maxExactPairs = 10_000
const candidatesPerFigure = 16

/**
 * Figures of a Korean text and its English translation that do not correspond one to one: a figure with no
 * equivalent on the other side, or two figures that evidently render each other but differ (52% vs 25%,
 * 6710억 vs 67.1 billion). Figures are paired greedily, best equivalence first and then nearest position;
 * unpaired figures of the same kind (both percents, money in one currency, both days of a month, or
 * magnitudes with the same digits, 6710억 and "67.1 billion") are then paired as "≠". Lone counts of one (한 명, "one", "first") are not
 * reported: English says "a", Korean says 처음.
 * `workBound`: how many figure pairs are scored exactly before the bounded search takes over (maxExactPairs).
 */
export function compareFigures(koText: string, enText: string, workBound = maxExactPairs): FigureMismatch[] {
  const ko: Side = side(readFigures(koText, 'ko'), koText.length)
  const en: Side = side(readFigures(enText, 'en'), enText.length)
  const bounded = ko.figures.length * en.figures.length > workBound
  const mismatches: FigureMismatch[] = []

  const equivalent = (a: Figure, b: Figure) => (figuresMatch(a, b) ? 2 + equalityBonus(a, b) : null)
  // Past the work bound, equal values first (a bucket each), then what rounds alike among the leftovers.
  if (bounded) pairGreedily(ko, en, equivalent, () => {}, equalValueBucket)
  pairGreedily(ko, en, equivalent, () => {}, bounded ? matchBucket : null)
  pairGreedily(
    ko,
    en,
    (a, b) => (counterparts(a, b) ? 1 : null),
    (a, b) => mismatches.push(differ(a, b)),
    bounded ? counterpartBucket : null,
  )

  const others = { ko: otherFigures(ko, en, bounded), en: otherFigures(en, ko, bounded) }
  ko.figures.forEach((f, i) => {
    if (!ko.used[i] && reportable(f) && !isGloss(ko, i, koText) && !others.ko.repeated(f)) mismatches.push(missing(f, 'ko', others.ko.matchesAny(f)))
  })
  en.figures.forEach((f, j) => {
    if (!en.used[j] && reportable(f) && !isGloss(en, j, enText) && !others.en.repeated(f)) mismatches.push(missing(f, 'en', others.en.matchesAny(f)))
  })
  // "15 meters (490 feet)": the restatement contradicts the measure. Blame the side the Korean does not back.
  for (const c of inconsistentConversions(enText)) {
    const backed = (f: Figure): boolean => en.figures.some((g, j) => en.used[j] && g.span.start <= f.span.start && f.span.start < g.span.end)
    const restatedWrong = !backed(c.restated) || backed(c.stated)
    const wrong = restatedWrong ? c.restated : c.stated
    if (mismatches.some((m) => m.en && m.en.span.start <= wrong.span.start && wrong.span.start < m.en.span.end)) continue
    mismatches.push({
      side: 'en',
      en: wrong,
      message: restatedWrong
        ? `${c.restated.text} ≠ ${c.stated.text} (about ${c.restatedShouldBe})`
        : `${c.stated.text} ≠ ${c.restated.text} (about ${c.statedShouldBe})`,
      confidence: 0.8,
    })
  }
  return mismatches.sort((a, b) => start(a) - start(b))
}

/**
 * Questions about the other side's figures for a figure of `own` left unpaired. `repeated`: a figure said twice
 * on one side and once on the other (2010년 목표 … 2010년에 ↔ "The 2010 goal … this") is a repetition, not a
 * missing figure: it matches a figure the other side already matched. `matchesAny`: it matches some figure
 * there at all. Past the work bound only the nearest figures of its bucket are asked.
 */
function otherFigures(own: Side, other: Side, bounded: boolean): { repeated(f: Figure): boolean; matchesAny(f: Figure): boolean } {
  if (!bounded) {
    return {
      repeated: (f) => other.figures.some((g, k) => other.used[k] && figuresMatch(f, g)),
      matchesAny: (f) => other.figures.some((g) => figuresMatch(f, g)),
    }
  }
  const usedIndex = bucketIndex(other, matchBucket, (k) => other.used[k])
  const allIndex = bucketIndex(other, matchBucket)
  const near = (index: Map<string, number[]>, f: Figure) =>
    nearestInBucket(index, matchBucket(f), other, f.span.start / own.length, false).some((k) => figuresMatch(f, other.figures[k]))
  return { repeated: (f) => near(usedIndex, f), matchesAny: (f) => near(allIndex, f) }
}

/** Magnitudes stand for one another (139명 = "139"), and so do percents and points: one class each. */
function kindClass(f: Figure): string {
  if (MAGNITUDES.has(f.kind) || f.kind === 'ordinal') return 'magnitude'
  if (f.kind === 'percent' || f.kind === 'percentage-point') return 'percent'
  return f.kind
}

/**
 * Bucket of figures that may be equivalent: the class and the value rounded to two significant digits, so
 * that values equal at the precision the coarser one was written (671 billion and 671.2 billion, 130 and 131)
 * share one. A bare year goes with the magnitudes, which it matches ("1,000년 된" = "1,000-year-old"); other
 * dates form one bucket.
 */
function matchBucket(f: Figure): string {
  const d = f.date
  if (f.kind === 'date' && !(d && d.year !== undefined && d.month === undefined && d.day === undefined && !d.relative)) return 'date:'
  const value = f.kind === 'date' ? (d?.year ?? f.value) : f.value
  return `${f.kind === 'date' ? 'magnitude' : kindClass(f)}:${Number(Math.abs(value).toPrecision(2))}`
}

/** Bucket of figures of one class and one exact value. */
function equalValueBucket(f: Figure): string {
  const d = f.date
  if (f.kind === 'date') return d && d.year !== undefined && d.month === undefined && d.day === undefined && !d.relative ? `magnitude=${d.year}` : 'date='
  return `${kindClass(f)}=${tidy(f.value)}`
}

/** Bucket of figures that may be counterparts ("≠"): the class, and the currency of money. */
function counterpartBucket(f: Figure): string {
  return `${kindClass(f)}:${f.currency ?? ''}`
}

/**
 * Indices of `side`'s figures (unused ones only, when `unusedOnly`) in `bucket`'s of `f`, nearest in relative
 * position to `at` first, at most `candidatesPerFigure` of them.
 */
function nearestInBucket(index: Map<string, number[]>, key: string, side: Side, at: number, unusedOnly: boolean): number[] {
  const list = index.get(key)
  if (!list) return []
  // Binary search for the first figure at or after `at` (lists are in text order), then widen both ways.
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (side.figures[list[mid]].span.start / side.length < at) lo = mid + 1
    else hi = mid
  }
  const out: number[] = []
  let left = lo - 1
  let right = lo
  const position = (k: number) => side.figures[list[k]].span.start / side.length
  // Used figures are skipped, but only so many: a bucket of used figures must not make this quadratic again.
  for (let looked = 0; out.length < candidatesPerFigure && (left >= 0 || right < list.length) && looked < 4 * candidatesPerFigure; looked++) {
    const takeRight = left < 0 || (right < list.length && position(right) - at <= at - position(left))
    const k = takeRight ? right++ : left--
    if (!unusedOnly || !side.used[list[k]]) out.push(list[k])
  }
  return out
}

function bucketIndex(side: Side, bucket: (f: Figure) => string, filter: (j: number) => boolean = () => true): Map<string, number[]> {
  const index = new Map<string, number[]>()
  side.figures.forEach((f, j) => {
    if (!filter(j)) return
    const key = bucket(f)
    const list = index.get(key)
    if (list) list.push(j)
    else index.set(key, [j])
  })
  return index
}

function side(figures: Figure[], length: number): Side {
  return { figures, length: Math.max(1, length), used: figures.map(() => false) }
}

function start(m: FigureMismatch): number {
  return m.ko?.span.start ?? (m.en ? 1e9 + m.en.span.start : 0)
}

/**
 * Pairs unused figures by `score` (null: not a pair), ties broken by how close their relative positions are.
 * With a `bucket` (past the work bound) only the nearest figures of the same bucket are scored; without, all.
 */
function pairGreedily(
  ko: Side,
  en: Side,
  score: (a: Figure, b: Figure) => number | null,
  paired: (a: Figure, b: Figure) => void,
  bucket: ((f: Figure) => string) | null,
): void {
  const candidates: { i: number; j: number; score: number }[] = []
  const consider = (a: Figure, i: number, b: Figure, j: number) => {
    const s = score(a, b)
    if (s === null) return
    const distance = Math.abs(a.span.start / ko.length - b.span.start / en.length)
    candidates.push({ i, j, score: s - distance })
  }
  if (bucket) {
    const index = bucketIndex(en, bucket, (j) => !en.used[j])
    ko.figures.forEach((a, i) => {
      if (ko.used[i]) return
      for (const j of nearestInBucket(index, bucket(a), en, a.span.start / ko.length, true)) consider(a, i, en.figures[j], j)
    })
  } else {
    ko.figures.forEach((a, i) => {
      if (ko.used[i]) return
      en.figures.forEach((b, j) => {
        if (!en.used[j]) consider(a, i, b, j)
      })
    })
  }
  candidates.sort((x, y) => y.score - x.score)
  for (const c of candidates) {
    if (ko.used[c.i] || en.used[c.j]) continue
    ko.used[c.i] = true
    en.used[c.j] = true
    paired(ko.figures[c.i], en.figures[c.j])
  }
}

/** Prefers the exact rendering (same kind, same value) over a looser one when both are available. */
function equalityBonus(a: Figure, b: Figure): number {
  let bonus = 0
  if (tidy(a.value) === tidy(b.value)) bonus += 0.5
  if (a.kind === b.kind) bonus += 0.25
  return bonus
}

/** Whether two figures that do not match are still evidently meant to be the same one. */
function counterparts(a: Figure, b: Figure): boolean {
  if (isVague(a) || isVague(b) || !reportable(a) || !reportable(b)) return false
  if (MAGNITUDES.has(a.kind) && MAGNITUDES.has(b.kind)) {
    if (a.currency && b.currency) return a.currency === b.currency
    if (a.kind !== b.kind && (a.kind === 'multiplier' || b.kind === 'multiplier')) return false
    return significantDigits(a.value) === significantDigits(b.value)
  }
  const percents = (k: FigureKind): boolean => k === 'percent' || k === 'percentage-point'
  if (percents(a.kind) && percents(b.kind)) return true
  if (a.kind !== b.kind) return false
  if (a.kind === 'date') {
    const x = a.date
    const y = b.date
    if (!x || !y || x.relative || y.relative || a.high !== undefined || b.high !== undefined) return false
    return (x.year === undefined) === (y.year === undefined) && (x.month === undefined) === (y.month === undefined) && (x.day === undefined) === (y.day === undefined)
  }
  return true
}

function reportable(f: Figure): boolean {
  const one = f.value === 1 && f.high === undefined
  if (one && (f.kind === 'count' || f.kind === 'amount' || f.kind === 'ordinal')) return false
  return !/^both$/i.test(f.text)
}

/**
 * "29,000 feet (8,840 meters)", "15 meters (49 feet)", "€114 ($179)": a figure restated in parentheses
 * next to one that has its counterpart is a conversion, not a figure of its own.
 */
function isGloss(s: Side, i: number, text: string): boolean {
  const f = s.figures[i]
  const previous = s.figures[i - 1]
  const next = s.figures[i + 1]
  const opening = /^(?: ?[A-Za-z가-힣.]{1,12})? ?\((?:약|about|around|or|roughly|approximately)? ?$/
  if (previous && s.used[i - 1] && opening.test(text.slice(previous.span.end, f.span.start)) && /^[^()]{0,12}\)/.test(text.slice(f.span.end))) {
    return true
  }
  return Boolean(next && s.used[i + 1] && /^[^()]{0,12}\($/.test(text.slice(f.span.end, next.span.start)))
}

function gloss(f: Figure): string {
  const english = describeFigure(f)
  return english === f.text ? f.text : `${f.text} (${english})`
}

function differ(ko: Figure, en: Figure): FigureMismatch {
  const sameKind = ko.kind === en.kind && ko.currency === en.currency
  const confidence = ko.kind === 'date' ? 0.7 : sameKind ? 0.9 : 0.75
  return { side: 'both', ko, en, message: `${gloss(ko)} ≠ ${en.text}`, confidence }
}

function missing(f: Figure, where: 'ko' | 'en', matchedOnOtherSide: boolean): FigureMismatch {
  const message = where === 'ko' ? `${gloss(f)} not in the English` : `${f.text} not in the Korean`
  let confidence = baseConfidence(f)
  // A figure repeated on one side and said once on the other is usually a condensed repetition.
  if (matchedOnOtherSide) confidence = Math.min(confidence, 0.3)
  return where === 'ko' ? { side: 'ko', ko: f, message, confidence } : { side: 'en', en: f, message, confidence }
}

function baseConfidence(f: Figure): number {
  let c: number
  switch (f.kind) {
    case 'percent':
    case 'percentage-point':
    case 'money':
      c = 0.8
      break
    case 'date':
      c = f.date?.relative && f.date.year === undefined && f.date.month === undefined ? 0.35 : 0.7
      break
    case 'count':
    case 'amount':
      // "the two sides", "three homers": small numbers in words come and go in translation.
      c = f.value >= 10 ? 0.65 : /^[a-z]|^[가-힣]/i.test(f.text) ? 0.3 : 0.5
      break
    case 'ordinal':
      // "a second landfall", "the first blast": English ordinals Korean says with 또 다른, 다음, 먼저.
      c = /^[a-z]/i.test(f.text) ? 0.4 : 0.6
      break
    default:
      c = 0.6
  }
  return f.approximate ? c * 0.7 : c
}
