import type { Figure } from '../../models/figure'
import { typeConfidence, type FigureFindingType } from '../findings/finding-confidence'

/**
 * A figure that the other side of a translation lacks (`side` is where it was found), or a pair of figures
 * that correspond but disagree (`side: 'both'`).
 */
export interface FigureMismatch {
  readonly side: 'ko' | 'en' | 'both'
  readonly ko?: Figure
  readonly en?: Figure
  /** For a reader: "6710억 (671 billion) ≠ 67.1 billion", "2일 (the 2nd) not in the English". */
  readonly message: string
  /** Which calibrated kind of finding it is (finding-confidence.ts). */
  readonly type: FigureFindingType
  /** In [0, 1]: the share of labelled findings of its type that were real slips (typeConfidence). */
  readonly confidence: number
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** The calibrated type of a figure one side has and the other lacks. */
export function missingFigureType(f: Figure): FigureFindingType {
  switch (f.kind) {
    case 'date': {
      const d = f.date
      if (d?.relative !== undefined && WEEKDAYS.has(d.relative)) return 'date-weekday'
      if (d?.day !== undefined) return 'date-day'
      if (d?.relative !== undefined) return 'date-relative'
      return 'date-year'
    }
    case 'money':
      return 'money'
    case 'percent':
    case 'percentage-point':
      return 'percent'
    case 'time':
      return 'time'
    case 'ordinal':
      return 'ordinal'
    case 'multiplier':
      return 'multiplier'
    case 'fraction':
      return 'fraction'
    default:
      // "two sides", "hundreds", 수백: numbers in words come and go in translation more than digits do.
      return /\d/u.test(f.text) ? 'count-digits' : 'count-words'
  }
}

/** Kinds a changed number keeps when one digit of it changes (5 → 50, 178명 → 173, 10배 → "13 times"). */
const MAGNITUDES = new Set(['count', 'amount', 'money', 'multiplier'])

/**
 * A number one side has and the other lacks while the other side lacks one of the same measure, within a factor
 * of ten (178명 against "173", 10배 against "13 times"), is a figure changed in translation that the pairing left
 * unpaired because its digits differ: it is retyped 'figure-changed'. In the tuning half of kpc-dev no
 * equivalent rendering had this shape (the nearest, 975 m² against "10,500-square-foot", is more than ten times
 * apart), while most numbers the figure bench changes by one digit do (178 → 173). Each side's numbers are
 * sorted by measure and value, so thousands of leftovers cost a binary search each.
 */
export function withChangedCounts(mismatches: readonly FigureMismatch[]): FigureMismatch[] {
  const sides = { ko: new Map<string, number[]>(), en: new Map<string, number[]>() }
  for (const m of mismatches) {
    const f = m.side === 'ko' ? m.ko : m.side === 'en' ? m.en : undefined
    if (m.side === 'both' || !f || !changeable(f)) continue
    const bucket = sides[m.side]
    const key = measureOf(f)
    const values = bucket.get(key)
    if (values) values.push(f.value)
    else bucket.set(key, [f.value])
  }
  if (sides.ko.size === 0 || sides.en.size === 0) return [...mismatches]
  for (const values of [...sides.ko.values(), ...sides.en.values()]) values.sort((a, b) => a - b)
  return mismatches.map((m) => {
    const f = m.side === 'ko' ? m.ko : m.side === 'en' ? m.en : undefined
    if (m.side === 'both' || !f || !changeable(f) || (m.type !== 'count-digits' && m.type !== 'money' && m.type !== 'multiplier')) return m
    const other = sides[m.side === 'ko' ? 'en' : 'ko']
    const faced = [...other.entries()].some(([key, values]) => sameMeasure(measureOf(f), key) && anyWithin(values, f.value / 10, f.value * 10))
    return faced ? { ...m, type: 'figure-changed', confidence: typeConfidence('figure-changed') } : m
  })
}

/** A plain magnitude in digits, one number (no range): what one changed digit leaves of the same kind. */
function changeable(f: Figure): boolean {
  return MAGNITUDES.has(f.kind) && /\d/u.test(f.text) && f.value > 0 && f.high === undefined
}

/** Multipliers answer multipliers; money in a currency answers that currency or a bare number. */
function measureOf(f: Figure): string {
  return f.kind === 'multiplier' ? 'times' : (f.currency ?? 'plain')
}

function sameMeasure(a: string, b: string): boolean {
  if (a === 'times' || b === 'times') return a === b
  return a === b || a === 'plain' || b === 'plain'
}

/** Whether sorted `values` hold one in [low, high]. */
function anyWithin(values: readonly number[], low: number, high: number): boolean {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid] < low) lo = mid + 1
    else hi = mid
  }
  return lo < values.length && values[lo] <= high
}
