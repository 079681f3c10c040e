import type { DateParts, Figure, FigureKind } from '../../models/figure'
import { isVague } from './describe-figure'
import { APPROXIMATE_SLACK } from './figures-match'
import { precisionOf, significantDigits, tidy } from './number-text'

/**
 * Candidate (Korean, English) figure pairs, found through buckets instead of by trying every pair: a superset of
 * the pairs `figuresMatch` (equivalents) or `counterparts` can accept, so scoring only these gives the same
 * pairing as scoring all. Pairs come back as codes `i * en.length + j`, sorted (Korean index, then English),
 * without repeats; null when there would be more than `cap` (counted before any pair is built).
 */
export type PairCodes = Float64Array

const MAGNITUDES: ReadonlySet<FigureKind> = new Set(['count', 'amount', 'money', 'multiplier'])
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/**
 * Where equivalence compares values on a number line: counts, amounts, money, multipliers and ordinals
 * stand for one another (3회 = "three times", 4편 = "the fourth"); percents, percentage points and fractions
 * only match their own kind.
 */
function valueDomain(f: Figure): string | null {
  switch (f.kind) {
    case 'count':
    case 'amount':
    case 'money':
    case 'multiplier':
    case 'ordinal':
      // Money in one currency never matches another: each currency has its own line, a bare figure sees all.
      return `num:${f.currency ?? ''}`
    case 'percent':
    case 'percentage-point':
    case 'fraction':
      return f.kind
    default:
      return null
  }
}

/** The lines a figure's domain may match on the other side: money sees bare figures and its own currency. */
function domainsSeen(f: Figure, other: ReadonlyMap<string, ValueLine>): string[] {
  const own = valueDomain(f)
  if (own === null) return []
  if (!own.startsWith('num:')) return [own]
  if (f.currency) return ['num:', own]
  return [...other.keys()].filter((d) => d.startsWith('num:'))
}

/**
 * How far apart two values may be and still match, seen from this one: equal at twelve significant digits
 * (tidy), within half the last written digit when it has two or more (roundedAlike, which also allows 1e-9 of
 * the value), and within the slack of an approximation. A pair matches only if it is within the radius of one of
 * its two figures. The extra 1e-8 of the value covers tidy and the 1e-9 slack with room for float rounding.
 */
function radius(f: Figure): number {
  const v = Math.abs(f.value)
  let r = 1e-8 * v
  if (significantDigits(f.value).length >= 2) r += precisionOf(f.value) / 2
  // The slack is taken of the larger value; seen from the smaller it is at most 1/(1 − slack) of it (1.01: room
  // for float rounding, not a tuned value).
  if (f.approximate) r += (APPROXIMATE_SLACK / (1 - APPROXIMATE_SLACK)) * 1.01 * v
  return r
}

/** Figures of one side and one domain, sorted by value (NaN, which matches nothing, left out). */
interface ValueLine {
  readonly values: Float64Array
  readonly indices: Int32Array
}

function valueLines(figures: readonly Figure[]): Map<string, ValueLine> {
  const groups = new Map<string, number[]>()
  figures.forEach((f, i) => {
    const d = valueDomain(f)
    if (d === null || Number.isNaN(f.value)) return
    const g = groups.get(d)
    if (g) g.push(i)
    else groups.set(d, [i])
  })
  const lines = new Map<string, ValueLine>()
  for (const [d, members] of groups) {
    members.sort((x, y) => figures[x].value - figures[y].value || x - y)
    lines.set(d, { values: Float64Array.from(members, (i) => figures[i].value), indices: Int32Array.from(members) })
  }
  return lines
}

/** First position whose value is ≥ x (or > x when `after`). */
function bound(values: Float64Array, x: number, after: boolean): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (after ? values[mid] <= x : values[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Fractions match within a hundredth, whatever their precision (figuresMatch); a little more for float rounding. */
const FRACTION_RADIUS = 0.01 * (1 + 1e-6)

/** Position ranges [from, to) of `line` holding values `f` may match in value (figuresMatch → rangesMatch). */
function valueRanges(f: Figure, line: ValueLine): [number, number][] {
  const v = f.value
  if (Number.isNaN(v)) return []
  if (f.kind === 'fraction') return [[bound(line.values, v - FRACTION_RADIUS, false), bound(line.values, v + FRACTION_RADIUS, true)]]
  const out: [number, number][] = []
  if (Number.isFinite(v)) {
    const r = radius(f)
    out.push([bound(line.values, v - r, false), bound(line.values, v + r, true)])
  } else {
    // An infinite value (400 digits) has an infinite last digit, so roundedAlike finds it alike to anything.
    out.push([0, line.values.length])
  }
  // 수백 = 300: a vague order matches anything from the order to ten times it.
  if (isVague(f)) out.push([bound(line.values, v, false), bound(line.values, v * 10, false)])
  // "2, 3년" = "a couple of years": a range holds the approximate points inside it.
  if (f.high !== undefined && !Number.isNaN(f.high)) out.push([bound(line.values, v, false), bound(line.values, f.high, true)])
  return out
}

/** Keys a figure is found under (`keys`) and looks for (`probes`); a pair shares a Korean probe and an English key. */
interface Keyed {
  readonly keys: string[]
  readonly probes: string[]
}

function isWeekday(d: DateParts): boolean {
  return d.relative !== undefined && WEEKDAYS.has(d.relative)
}

/**
 * Keys through which figuresMatch can accept a pair without comparing values on a line: dates (datesMatch:
 * a shared part, a weekday for a day of the month, a relative month for a month name, a day for "10 days", a
 * year for a count), and clock times to the minute modulo twelve hours.
 */
function matchKeys(f: Figure): Keyed {
  const keys: string[] = []
  const probes: string[] = []
  const both = (k: string): void => {
    keys.push(k)
    probes.push(k)
  }
  if (f.kind === 'date') {
    const d = f.date
    if (!d) return { keys, probes }
    if (d.year !== undefined) both(`y:${d.year}`)
    if (d.month !== undefined) both(`m:${d.month}`)
    if (d.day !== undefined) both(`d:${d.day}`)
    if (d.relative !== undefined) both(`r:${d.relative}`)
    if (isWeekday(d)) {
      keys.push('weekday')
      probes.push('monthday')
    }
    if (d.day !== undefined && (d.relative === undefined || isWeekday(d))) {
      keys.push('monthday')
      probes.push('weekday')
    }
    if (d.relative?.endsWith('-month') === true) {
      keys.push(d.day === undefined ? 'relmonth' : `relmonth:${d.day}`)
      probes.push(d.day === undefined ? 'month' : `month:${d.day}`)
    } else if (d.month !== undefined && d.relative === undefined) {
      keys.push('month')
      probes.push('relmonth')
      if (d.day !== undefined) {
        keys.push(`month:${d.day}`)
        probes.push(`relmonth:${d.day}`)
      }
    }
    // 10일 = "10 days"; 1,000년 = "1,000-year-old".
    if (d.day !== undefined && d.month === undefined && d.year === undefined) {
      keys.push(`day-date:${d.day}`)
      probes.push(`day-count:${d.day}`)
    }
    if (!d.relative && d.month === undefined && d.day === undefined && d.year !== undefined) {
      keys.push(`year-date:${d.year}`)
      probes.push(`year-count:${d.year}`)
    }
    return { keys, probes }
  }
  if (f.kind === 'count' || f.kind === 'amount') {
    const v = tidy(f.value)
    keys.push(`year-count:${v}`)
    probes.push(`year-date:${v}`)
    if (f.kind === 'count') {
      keys.push(`day-count:${v}`)
      probes.push(`day-date:${v}`)
    }
  }
  if (f.kind === 'time' && Number.isFinite(f.value)) {
    // Times match within half a minute modulo 12 hours, so their minutes differ by at most one.
    const minute = Math.round((((f.value % 12) + 12) % 12) * 60) % 720
    keys.push(`t:${minute}`)
    for (const m of [minute + 719, minute, minute + 1]) probes.push(`t:${m % 720}`)
  }
  return { keys, probes }
}

/**
 * Keys of the pairs `counterparts` can accept: magnitudes in one currency, or with the same significant digits
 * when not both carry a currency; percents with percents; dates with the same parts; any two of another kind.
 * The caller leaves out the figures counterparts never pairs (vague, or not reportable).
 */
function counterpartKeys(f: Figure): Keyed {
  if (MAGNITUDES.has(f.kind)) {
    const digits = significantDigits(f.value)
    if (f.currency) return { keys: [`cur:${f.currency}`, `sig-money:${digits}`], probes: [`cur:${f.currency}`, `sig:${digits}`] }
    return { keys: [`sig:${digits}`], probes: [`sig:${digits}`, `sig-money:${digits}`] }
  }
  if (f.kind === 'percent' || f.kind === 'percentage-point') return { keys: ['percent'], probes: ['percent'] }
  if (f.kind === 'date') {
    const d = f.date
    if (!d || d.relative || f.high !== undefined) return { keys: [], probes: [] }
    const k = `date:${d.year !== undefined}${d.month !== undefined}${d.day !== undefined}`
    return { keys: [k], probes: [k] }
  }
  return { keys: [`kind:${f.kind}`], probes: [`kind:${f.kind}`] }
}

/** Collects pair codes, counting first so that an oversized set is refused before it is built. */
class PairCollector {
  private readonly codes: number[] = []
  private counted = 0

  constructor(
    private readonly width: number,
    private readonly cap: number,
  ) {}

  /** Adds `n` to the count; false once the count passes the cap. */
  count(n: number): boolean {
    this.counted += n
    return this.counted <= this.cap
  }

  add(i: number, j: number): void {
    this.codes.push(i * this.width + j)
  }

  /** Sorted, without repeats: the order in which the all-pairs loop would have met them. */
  finish(): PairCodes {
    const sorted = Float64Array.from(this.codes).sort()
    let n = 0
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]
    return sorted.slice(0, n)
  }
}

/** Adds every (Korean probe, English key) pair of `keyed`; false when the cap is passed. */
function collectKeyed(
  ko: readonly (Keyed | null)[],
  en: readonly (Keyed | null)[],
  pairs: PairCollector,
): boolean {
  const byKey = new Map<string, number[]>()
  en.forEach((k, j) => {
    if (!k) return
    for (const key of k.keys) {
      const bucket = byKey.get(key)
      if (bucket) bucket.push(j)
      else byKey.set(key, [j])
    }
  })
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < ko.length; i++) {
      const k = ko[i]
      if (!k) continue
      for (const probe of k.probes) {
        const bucket = byKey.get(probe)
        if (!bucket) continue
        if (pass === 0) {
          if (!pairs.count(bucket.length)) return false
        } else {
          for (const j of bucket) pairs.add(i, j)
        }
      }
    }
  }
  return true
}

/** Candidates for figuresMatch(ko[i], en[j]) (and for figuresMatch(en[j], ko[i]): every test is symmetric). */
export function equivalenceCandidates(ko: readonly Figure[], en: readonly Figure[], cap: number): PairCodes | null {
  const pairs = new PairCollector(Math.max(1, en.length), cap)
  const koLines = valueLines(ko)
  const enLines = valueLines(en)
  // Both directions: a pair is within the radius, order or range of either of its figures.
  const directions = [
    { from: ko, to: enLines, pair: (a: number, b: number): void => pairs.add(a, b) },
    { from: en, to: koLines, pair: (a: number, b: number): void => pairs.add(b, a) },
  ]
  for (let pass = 0; pass < 2; pass++) {
    for (const { from, to, pair } of directions) {
      for (let a = 0; a < from.length; a++) {
        const f = from[a]
        for (const d of domainsSeen(f, to)) {
          const line = to.get(d)
          if (!line) continue
          for (const [lo, hi] of valueRanges(f, line)) {
            if (hi <= lo) continue
            if (pass === 0) {
              if (!pairs.count(hi - lo)) return null
            } else {
              for (let k = lo; k < hi; k++) pair(a, line.indices[k])
            }
          }
        }
      }
    }
  }
  if (!collectKeyed(ko.map(matchKeys), en.map(matchKeys), pairs)) return null
  return pairs.finish()
}

/**
 * For the fallback past the cap: each figure's `perFigure` nearest values (not positions) within what it may
 * match on the other side's value lines, both ways, as pair codes (repeats possible). 130명 finds "131" this way
 * though 130 and 131 share no bucket of equal values.
 */
export function nearestValuePairs(ko: readonly Figure[], en: readonly Figure[], perFigure: number): number[] {
  const width = Math.max(1, en.length)
  const codes: number[] = []
  const directions = [
    { from: ko, to: valueLines(en), code: (a: number, b: number): number => a * width + b },
    { from: en, to: valueLines(ko), code: (a: number, b: number): number => b * width + a },
  ]
  for (const { from, to, code } of directions) {
    from.forEach((f, a) => {
      for (const d of domainsSeen(f, to)) {
        const line = to.get(d)
        if (!line) continue
        for (const [lo, hi] of valueRanges(f, line)) {
          // Outwards from where f's own value would sit, the nearer value first.
          const at = Math.min(hi, Math.max(lo, bound(line.values, f.value, false)))
          let left = at - 1
          let right = at
          for (let taken = 0; taken < perFigure && (left >= lo || right < hi); taken++) {
            const takeRight = left < lo || (right < hi && line.values[right] - f.value <= f.value - line.values[left])
            codes.push(code(a, line.indices[takeRight ? right++ : left--]))
          }
        }
      }
    })
  }
  return codes
}

/** Candidates for counterparts(ko[i], en[j]) among the figures `eligible` admits. */
export function counterpartCandidates(
  ko: readonly Figure[],
  en: readonly Figure[],
  eligibleKo: (i: number) => boolean,
  eligibleEn: (j: number) => boolean,
  cap: number,
): PairCodes | null {
  const pairs = new PairCollector(Math.max(1, en.length), cap)
  const keyed = (figures: readonly Figure[], eligible: (i: number) => boolean): (Keyed | null)[] =>
    figures.map((f, i) => (eligible(i) ? counterpartKeys(f) : null))
  if (!collectKeyed(keyed(ko, eligibleKo), keyed(en, eligibleEn), pairs)) return null
  return pairs.finish()
}

/**
 * One bucket per figure for the linear fallback: figures that are plainly the same (same domain and value, or
 * the same date) for equivalence, and the counterpart key for "≠" pairs.
 */
export function equivalenceBucket(f: Figure): string {
  if (f.kind === 'date') {
    const d = f.date
    // 1,000년 = "1,000-year-old": a bare year goes with the counts of its value.
    if (d && !d.relative && d.year !== undefined && d.month === undefined && d.day === undefined) {
      return `num:${tidy(d.year)}:${f.high === undefined ? '' : tidy(f.high)}`
    }
    return d ? `date:${d.year}|${d.month}|${d.day}|${d.relative}|${f.high}` : 'date:none'
  }
  if (f.kind === 'time') return `t:${Math.round((((f.value % 12) + 12) % 12) * 60) % 720}`
  const domain = valueDomain(f)?.replace(/:.*/, '') ?? f.kind
  return `${domain}:${tidy(f.value)}:${f.high === undefined ? '' : tidy(f.high)}`
}

export function counterpartBucket(f: Figure): string {
  return counterpartKeys(f).keys[0] ?? `none:${f.kind}`
}
