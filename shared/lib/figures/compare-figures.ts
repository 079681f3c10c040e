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
 * Figures of a Korean text and its English translation that do not correspond one to one: a figure with no
 * equivalent on the other side, or two figures that evidently render each other but differ (52% vs 25%,
 * 6710억 vs 67.1 billion). Figures are paired greedily, best equivalence first and then nearest position;
 * unpaired figures of the same kind (both percents, money in one currency, both days of a month, or
 * magnitudes with the same digits, 6710억 and "67.1 billion") are then paired as "≠". Lone counts of one (한 명, "one", "first") are not
 * reported: English says "a", Korean says 처음.
 */
export function compareFigures(koText: string, enText: string): FigureMismatch[] {
  const ko: Side = side(readFigures(koText, 'ko'), koText.length)
  const en: Side = side(readFigures(enText, 'en'), enText.length)
  const mismatches: FigureMismatch[] = []

  pairGreedily(ko, en, (a, b) => (figuresMatch(a, b) ? 2 + equalityBonus(a, b) : null), () => {})
  pairGreedily(
    ko,
    en,
    (a, b) => (counterparts(a, b) ? 1 : null),
    (a, b) => mismatches.push(differ(a, b)),
  )

  ko.figures.forEach((f, i) => {
    if (!ko.used[i] && reportable(f) && !isGloss(ko, i, koText) && !repeated(f, en)) mismatches.push(missing(f, 'ko', en.figures))
  })
  en.figures.forEach((f, j) => {
    if (!en.used[j] && reportable(f) && !isGloss(en, j, enText) && !repeated(f, ko)) mismatches.push(missing(f, 'en', ko.figures))
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
 * A figure said twice on one side and once on the other (2010년 목표 … 2010년에 ↔ "The 2010 goal … this")
 * is a repetition, not a missing figure: it matches a figure the other side already matched.
 */
function repeated(f: Figure, other: Side): boolean {
  return other.figures.some((g, k) => other.used[k] && figuresMatch(f, g))
}

function side(figures: Figure[], length: number): Side {
  return { figures, length: Math.max(1, length), used: figures.map(() => false) }
}

function start(m: FigureMismatch): number {
  return m.ko?.span.start ?? (m.en ? 1e9 + m.en.span.start : 0)
}

/** Pairs unused figures by `score` (null: not a pair), ties broken by how close their relative positions are. */
function pairGreedily(
  ko: Side,
  en: Side,
  score: (a: Figure, b: Figure) => number | null,
  paired: (a: Figure, b: Figure) => void,
): void {
  const candidates: { i: number; j: number; score: number }[] = []
  ko.figures.forEach((a, i) => {
    if (ko.used[i]) return
    en.figures.forEach((b, j) => {
      if (en.used[j]) return
      const s = score(a, b)
      if (s === null) return
      const distance = Math.abs(a.span.start / ko.length - b.span.start / en.length)
      candidates.push({ i, j, score: s - distance })
    })
  })
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

function missing(f: Figure, where: 'ko' | 'en', others: readonly Figure[]): FigureMismatch {
  const message = where === 'ko' ? `${gloss(f)} not in the English` : `${f.text} not in the Korean`
  let confidence = baseConfidence(f)
  // A figure repeated on one side and said once on the other is usually a condensed repetition.
  if (others.some((o) => figuresMatch(f, o))) confidence = Math.min(confidence, 0.3)
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
