import type { Figure, FigureKind } from '../../models/figure'
import { isVague } from './describe-figure'
import { significantDigits } from './number-text'

const MAGNITUDES: ReadonlySet<FigureKind> = new Set(['count', 'amount', 'money', 'multiplier'])

/**
 * Whether two figures that do not match are still evidently meant to be the same one. counterpartKeys
 * (candidate-pairs.ts) must give every pair this accepts a shared key; candidate-pairs.test.ts checks.
 */
export function counterparts(a: Figure, b: Figure): boolean {
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

/** Lone ones (한 명, "one", "first") and "both" are never reported on their own. */
export function reportable(f: Figure): boolean {
  const one = f.value === 1 && f.high === undefined
  if (one && (f.kind === 'count' || f.kind === 'amount' || f.kind === 'ordinal')) return false
  return !/^both$/i.test(f.text)
}
