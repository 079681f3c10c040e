// The buckets must find every pair figuresMatch or counterparts accepts: compareFigures scores only those, and
// gives the all-pairs answer only as long as nothing is left out. A new way to match needs a bucket too.
import { describe, expect, it } from 'vitest'
import type { Currency, DateParts, Figure, FigureKind } from '../../../shared/models/figure'
import { counterpartCandidates, equivalenceCandidates } from '../../../shared/lib/figures/candidate-pairs'
import { counterparts } from '../../../shared/lib/figures/counterparts'
import { figuresMatch } from '../../../shared/lib/figures/figures-match'
import { readFigures } from '../../../shared/lib/figures/read-figures'

/** A small seeded generator (LCG), so that a failure repeats. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const KO = '3개, 52%, 6710억개, 2일, 지난해, 2023년 11월, 15조~20조원, 약 70%, 수백개, 3배, 오후 3시 30분, 4편, 1,300명, 8.65%, 0.5%포인트, 절반, 3분의 1, 10일, 월요일, 지난달 4일, 1,000년, 2, 3년, 23억6,000만달러, 7위, 하루, 두 명, 양국, 30여 명, 139명이다.'
const EN = '3, 52%, 67.1 billion, the 2nd, last year, November 2023, 15 trillion to 20 trillion won, about 70%, hundreds, three times, 3:30 p.m., the fourth, 1,300, 8.7%, half a percentage point, half, one third, 10 days, Monday, June 4, 1,000-year-old, a couple of years, $2.36 billion, 7th, one day, two, both, 30-odd, 140.'

const KINDS: readonly FigureKind[] = ['count', 'amount', 'money', 'percent', 'percentage-point', 'date', 'time', 'ordinal', 'multiplier', 'fraction']
const CURRENCIES: readonly (Currency | undefined)[] = [undefined, undefined, 'KRW', 'USD']
const RELATIVES: readonly (string | undefined)[] = [undefined, undefined, 'last-year', 'last-month', 'monday']
const TEXTS = ['3', 'x', 'hundreds', '수백개', '10 days', '2일']

/** Figures around one value: rounded, nudged, approximate, ranges, currencies, dates, times, fractions, infinities. */
function synthetic(next: () => number, base: number): Figure {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]
  const kind = pick(KINDS)
  let value = base * pick([1, 1, 10, 100, 0.1, 1e8]) * (next() < 0.4 ? 1 + (next() - 0.5) * 0.12 : 1)
  value = Number(value.toPrecision(1 + Math.floor(next() * 5)))
  if (next() < 0.05) value = pick([0, 100, 1000, Infinity, NaN])
  if (kind === 'fraction') value = Number((0.3 + (next() - 0.5) * 0.03).toFixed(pick([2, 3])))
  if (kind === 'time') value = (Math.floor(next() * 24) + pick([0, 0.5, 1 / 60, 1 / 120])) % 24
  const f: { -readonly [K in keyof Figure]: Figure[K] } = { kind, value, text: pick(TEXTS), span: { start: 0, end: 1 } }
  if (next() < 0.3) f.approximate = true
  if (next() < 0.15) f.high = value + pick([1, 5, value * 0.5])
  if (kind === 'money') f.currency = pick(CURRENCIES)
  if (kind === 'date' && next() < 0.9) {
    const d: { -readonly [K in keyof DateParts]: DateParts[K] } = {}
    if (next() < 0.5) d.year = pick([2023, Math.round(base)])
    if (next() < 0.5) d.month = 1 + Math.floor(next() * 3)
    if (next() < 0.5) d.day = 1 + Math.floor(next() * 4)
    const relative = pick(RELATIVES)
    if (relative) d.relative = relative
    f.date = d
  }
  return f
}

function check(ko: readonly Figure[], en: readonly Figure[]): { matches: number; missed: string[] } {
  const equivalents = new Set(equivalenceCandidates(ko, en, Infinity))
  const all = () => true
  const others = new Set(counterpartCandidates(ko, en, all, all, Infinity))
  const missed: string[] = []
  let matches = 0
  ko.forEach((a, i) =>
    en.forEach((b, j) => {
      const code = i * en.length + j
      if (figuresMatch(a, b) || figuresMatch(b, a)) {
        matches++
        if (!equivalents.has(code)) missed.push(`figuresMatch ${JSON.stringify(a)} ${JSON.stringify(b)}`)
      }
      if (counterparts(a, b) && !others.has(code)) missed.push(`counterparts ${JSON.stringify(a)} ${JSON.stringify(b)}`)
    }),
  )
  return { matches, missed }
}

describe('candidate pairs', () => {
  it('holds every pair of the figures read from a soup of renderings', () => {
    const { matches, missed } = check(readFigures(KO, 'ko'), readFigures(EN, 'en'))
    expect(missed).toEqual([])
    expect(matches).toBeGreaterThan(30)
  })

  it('holds every pair of synthetic figures around shared values', () => {
    const next = random(7)
    let matches = 0
    const missed: string[] = []
    for (let round = 0; round < 60; round++) {
      const base = [3, 12, 25, 130, 1957, 2.36][round % 6]
      const side = () => Array.from({ length: 40 }, () => synthetic(next, base))
      const r = check(side(), side())
      matches += r.matches
      missed.push(...r.missed)
    }
    expect(missed.slice(0, 3)).toEqual([])
    expect(matches).toBeGreaterThan(1000)
  })

  it('refuses a set larger than the cap before building it', () => {
    const sevens = readFigures(Array.from({ length: 300 }, () => '7%').join(', '), 'en')
    expect(equivalenceCandidates(sevens, sevens, 1000)).toBeNull()
    expect(equivalenceCandidates(sevens, sevens, Infinity)?.length).toBe(300 * 300)
  })
})
