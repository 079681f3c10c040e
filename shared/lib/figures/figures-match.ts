import type { DateParts, Figure, FigureKind } from '../../models/figure'
import { isVague } from './describe-figure'
import { precisionOf, significantDigits, tidy } from './number-text'

/** Kinds that are plain magnitudes and may stand for one another (139명 = "139", 8배 = "eight times"). */
const MAGNITUDES: ReadonlySet<FigureKind> = new Set(['count', 'amount', 'money', 'multiplier'])

/**
 * Whether two figures, typically one Korean and one English, say the same thing.
 *
 * - Values are equal, or equal at the precision the less precise side wrote when that side has at least two
 *   significant digits (23억6,000만달러 = $2.36 billion, 8.65% ≈ 8.7%, but 25 ≠ 20).
 * - Vague magnitudes match anything of their order: 수백개 = hundreds = 300; approximate figures ("약 70%",
 *   "about") match at the precision written: translators keep the number of an approximation.
 * - Money in two different currencies never matches: no exchange rates are invented. Money matches a bare
 *   amount of the same value, because translations often drop a currency word that the sentence already made
 *   clear ("15조~20조원", "rose to 30.1 trillion won from 25 trillion").
 * - Dates match when every part both sides give agrees and they share one (2일 = "the 2nd" = "Feb. 2",
 *   내년(2025년) 1월 = "January 2025"); a year matches a count of the same value ("1,000년 된" = "1,000-year-old").
 * - Counts, amounts and multipliers match one another ("three times" may translate 3회 or 3배).
 * - A weekday matches a day of the month (28일 = "Monday") and a relative month matches a month name
 *   (지난달 4일 = "June 4"): there is no calendar to check them against.
 * - Korean counts match English ordinals of the same value (4편 = "the fourth").
 * - Clock times match modulo 12 (3시 = "3 p.m.").
 *
 * equivalenceCandidates (candidate-pairs.ts) finds the pairs this can accept through buckets; a new way to
 * match needs a bucket there too (candidate-pairs.test.ts checks).
 */
export function figuresMatch(a: Figure, b: Figure): boolean {
  if (a.kind === 'date' || b.kind === 'date') return datesMatch(a, b)
  const countLike = (k: FigureKind): boolean => MAGNITUDES.has(k) || k === 'ordinal'
  if (a.kind !== b.kind && (a.kind === 'ordinal' || b.kind === 'ordinal') && countLike(a.kind) && countLike(b.kind)) {
    // 4편 = "the fourth", 2급 = "second degree": Korean counts where English ranks.
    return !a.currency && !b.currency && rangesMatch(a, b)
  }
  if (MAGNITUDES.has(a.kind) && MAGNITUDES.has(b.kind)) {
    if (a.currency && b.currency && a.currency !== b.currency) return false
    return rangesMatch(a, b)
  }
  if (a.kind !== b.kind) return false
  if (a.kind === 'time') return Math.abs(((a.value - b.value) % 12 + 12) % 12) < 1 / 120 || Math.abs(((b.value - a.value) % 12 + 12) % 12) < 1 / 120
  if (a.kind === 'fraction') return Math.abs(a.value - b.value) < 0.01
  return rangesMatch(a, b)
}

function rangesMatch(a: Figure, b: Figure): boolean {
  if ((a.high === undefined) !== (b.high === undefined)) {
    // "2, 3년" and "a couple of years": an approximate figure inside the other's range.
    const range = a.high === undefined ? b : a
    const point = a.high === undefined ? a : b
    return (point.approximate === true || range.approximate === true) && point.value >= range.value && point.value <= (range.high as number)
  }
  const approximate = a.approximate === true || b.approximate === true
  if (!valuesMatch(a.value, b.value, approximate, a, b)) return false
  return a.high === undefined || valuesMatch(a.high, b.high as number, approximate, a, b)
}

/** "about 70%" may render 약 69.5%, but "more than 2,050" is not 2000명 이상. */
export const APPROXIMATE_SLACK = 0.01

function valuesMatch(x: number, y: number, approximate: boolean, a: Figure, b: Figure): boolean {
  if (tidy(x) === tidy(y)) return true
  const vagueA = isVague(a)
  const vagueB = isVague(b)
  if (vagueA || vagueB) {
    if (vagueA && vagueB) return a.value === b.value
    const order = vagueA ? x : y
    const other = vagueA ? y : x
    return other >= order && other < order * 10
  }
  // Translators keep the number of an approximation (약 2000명 = "about 2,000", 30여 = "30-odd"): an
  // approximate figure matches only at the precision written, with a sliver of slack for rounding.
  if (approximate) return roundedAlike(x, y) || Math.abs(x - y) <= APPROXIMATE_SLACK * Math.max(Math.abs(x), Math.abs(y))
  return roundedAlike(x, y)
}

/** 671e9 and 671.2e9 agree at the precision of "671 billion"; single-digit figures must agree exactly. */
export function roundedAlike(x: number, y: number): boolean {
  const coarse = precisionOf(x) >= precisionOf(y) ? x : y
  if (significantDigits(coarse).length < 2) return false
  return Math.abs(x - y) <= precisionOf(coarse) / 2 + 1e-9 * Math.abs(coarse)
}

function datesMatch(a: Figure, b: Figure): boolean {
  if (a.kind === 'date' && b.kind === 'date' && a.date && b.date) {
    if ((a.high === undefined) !== (b.high === undefined)) return false
    if (a.high !== undefined && a.high !== b.high) return false
    return datePartsMatch(a.date, b.date)
  }
  const date = a.kind === 'date' ? a : b
  const other = a.kind === 'date' ? b : a
  const d = date.date
  // 10일 read as a date where the English says "10 days".
  if (d && d.day !== undefined && d.month === undefined && d.year === undefined && other.kind === 'count') {
    return /days?$/.test(other.text) && tidy(other.value) === d.day
  }
  // "1,000년 된" and "1,000-year-old"; a year and a number the English reader did not call a year.
  if (!d || d.relative || d.month !== undefined || d.day !== undefined || d.year === undefined) return false
  if (other.kind !== 'count' && other.kind !== 'amount') return false
  return other.high === date.high && tidy(other.value) === d.year
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

function datePartsMatch(a: DateParts, b: DateParts): boolean {
  // A weekday stands for a day of the month without a calendar to check it against: 28일 = "Monday".
  const weekdayA = a.relative !== undefined && WEEKDAYS.has(a.relative)
  const weekdayB = b.relative !== undefined && WEEKDAYS.has(b.relative)
  if (weekdayA !== weekdayB) {
    const other = weekdayA ? b : a
    return other.day !== undefined && (other.relative === undefined || WEEKDAYS.has(other.relative))
  }
  // "지난달 초" = "early June": a relative month stands for a month name, again without a calendar.
  const monthA = a.relative?.endsWith('-month') === true
  const monthB = b.relative?.endsWith('-month') === true
  if (monthA !== monthB) {
    const relative = monthA ? a : b
    const other = monthA ? b : a
    if (other.month !== undefined && other.relative === undefined && (relative.day === undefined || relative.day === other.day)) return true
  }
  let shared = 0
  for (const part of ['year', 'month', 'day', 'relative'] as const) {
    const x = a[part]
    const y = b[part]
    if (x === undefined || y === undefined) continue
    if (x !== y) return false
    shared++
  }
  return shared > 0
}
