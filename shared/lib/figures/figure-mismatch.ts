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
 * apart), while most numbers the figure bench changes by one digit do (178 → 173).
 */
export function withChangedCounts(mismatches: readonly FigureMismatch[]): FigureMismatch[] {
  const faced = (m: FigureMismatch, other: 'ko' | 'en'): boolean => {
    const f = m.ko ?? m.en
    return (
      f !== undefined &&
      mismatches.some((o) => {
        const g = o.side === other ? (other === 'ko' ? o.ko : o.en) : undefined
        return g !== undefined && sameMeasure(f, g) && Math.max(f.value, g.value) <= 10 * Math.min(f.value, g.value)
      })
    )
  }
  return mismatches.map((m) => {
    if (m.side === 'both' || (m.type !== 'count-digits' && m.type !== 'money' && m.type !== 'multiplier')) return m
    if (!faced(m, m.side === 'ko' ? 'en' : 'ko')) return m
    return { ...m, type: 'figure-changed', confidence: typeConfidence('figure-changed') }
  })
}

function sameMeasure(a: Figure, b: Figure): boolean {
  if (!MAGNITUDES.has(a.kind) || !MAGNITUDES.has(b.kind) || !/\d/u.test(a.text) || !/\d/u.test(b.text)) return false
  if (a.value <= 0 || b.value <= 0 || a.high !== undefined || b.high !== undefined) return false
  if ((a.kind === 'multiplier') !== (b.kind === 'multiplier')) return false
  return !a.currency || !b.currency || a.currency === b.currency
}
