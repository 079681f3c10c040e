import type { DateParts } from '../../models/figure'
import { tidy } from './number-text'
import { dateValue, type Reading } from './reading'

/**
 * Passes over the readings of one text, in order, that join what belongs together: date parts
 * (2023년 11월, 내년(2025년) 1월, April last year), ranges (15조~20조원, 2-3%, 7~9위) and bare numbers in a
 * list of percents ("10%, not 25").
 */
export function joinReadings(text: string, readings: Reading[]): Reading[] {
  return inferPercents(text, joinRanges(text, joinDates(text, readings)))
}

const DATE_GAP = /^[ ,]*$|^ ?\( ?$/

function joinDates(text: string, readings: Reading[]): Reading[] {
  const out: Reading[] = []
  for (const r of readings) {
    const last = out[out.length - 1]
    if (last && last.kind === 'date' && r.kind === 'date' && last.date && r.date && last.high === undefined) {
      const gap = text.slice(last.end, r.start)
      const merged = DATE_GAP.test(gap) ? mergeDates(last.date, r.date, gap.includes('(')) : null
      if (merged) {
        last.date = merged
        last.value = dateValue(merged)
        last.end = r.end
        if (gap.includes('(') && text[r.end] === ')') last.end++
        if (r.approximate) last.approximate = true
        continue
      }
    }
    out.push(r)
  }
  return out
}

/** Joins two date readings when their parts do not overlap; a relative year takes a year only in parentheses. */
function mergeDates(a: DateParts, b: DateParts, parenthesised: boolean): DateParts | null {
  if ((a.year !== undefined && b.year !== undefined) || (a.month !== undefined && b.month !== undefined)) return null
  if ((a.day !== undefined && b.day !== undefined) || (a.relative && b.relative)) return null
  const relative = a.relative ?? b.relative
  // 지난해 4월, 지난달 4일: a relative year takes a month, a relative month takes a day.
  if (relative?.endsWith('-month') && (a.month !== undefined || b.month !== undefined || a.year !== undefined || b.year !== undefined)) return null
  if (relative && !relative.endsWith('-year') && !relative.endsWith('-month')) return null
  const year = a.year ?? b.year
  const relativeMeetsYear = (a.relative !== undefined && b.year !== undefined) || (b.relative !== undefined && a.year !== undefined)
  if (relativeMeetsYear && !parenthesised) return null
  // Korean writes year, month, day; English "January 31, 2025" is read in one piece.
  if (parenthesised && !relativeMeetsYear) return null
  const merged: { -readonly [K in keyof DateParts]: DateParts[K] } = {}
  if (year !== undefined) merged.year = year
  const month = a.month ?? b.month
  if (month !== undefined) merged.month = month
  const day = a.day ?? b.day
  if (day !== undefined) merged.day = day
  if (relative) merged.relative = relative
  return merged
}

const RANGE_GAP = /^ ?[~∼〜～–—-] ?$/

function joinRanges(text: string, readings: Reading[]): Reading[] {
  const out: Reading[] = []
  for (const r of readings) {
    const last = out[out.length - 1]
    if (last && last.high === undefined && r.high === undefined) {
      const joined = joinRange(text, last, r)
      if (joined) {
        out[out.length - 1] = joined
        continue
      }
    }
    out.push(r)
  }
  return out
}

function joinRange(text: string, a: Reading, b: Reading): Reading | null {
  const gap = text.slice(a.end, b.start)
  const symbol = RANGE_GAP.test(gap)
  if (gap === ', ' && a.bare && a.value + 1 === b.value && b.value <= 10 && /[가-힣]/.test(text[b.end - 1])) {
    // 2, 3년: "two or three years".
    return { ...b, start: a.start, value: a.value, high: b.value, approximate: true, bare: false }
  }
  const sameKind = a.kind === b.kind && a.currency === b.currency
  if (!symbol) {
    const before = text.slice(Math.max(0, a.start - 8), a.start)
    const between = gap === ' and ' && /between $/i.test(before)
    const to = gap === ' to ' && a.bare && !/from $/i.test(before)
    // 1992년에서 1995년까지: "from … to" as a span, not as a change (10%에서 25%로).
    const koreanSpan = gap === '에서 ' && sameKind && text.startsWith('까지', b.end)
    if (!between && !to && !koreanSpan) return null
  }
  if (a.kind === 'date' && a.date?.day !== undefined && b.kind === 'amount' && b.bare && b.value <= 31 && b.value > a.date.day) {
    // "June 21-24": the second day inherits the month.
    return { ...a, high: b.value, end: b.end }
  }
  if (!a.bare && !sameKind) return null
  if (b.kind === 'date' && (!b.date || b.date.relative)) return null
  let low = a.value
  if (a.bare && (a.scale ?? 1) === 1 && (b.scale ?? 1) > 1) low = tidy(low * (b.scale as number))
  if (b.kind === 'percentage-point' && a.bare && /bp|basis/i.test(text.slice(b.start, b.end))) low /= 100
  if (!(low < b.value) && !(a.date && b.date)) return null
  const joined: Reading = { ...b, start: a.start, value: low, high: b.value, bare: false }
  if (b.date) {
    if (a.date) {
      // 6월 21일-24일, 1992년에서 1995년까지: the first date with the last part varying.
      const varying = b.date.day ?? b.date.month ?? b.date.year
      if (varying === undefined) return null
      joined.date = a.date
      joined.value = a.value
      joined.high = varying
    } else {
      const date = { ...b.date }
      if (date.day !== undefined) date.day = low
      else if (date.month !== undefined) date.month = low
      else if (date.year !== undefined) date.year = low
      joined.date = date
    }
  }
  if (a.approximate) joined.approximate = true
  return joined
}

const PERCENT_LIST_GAP = /^(?:,? not |, ?|,? and |,? or | to |·|\/| 및 |와 |과 |에서 )$/

/** "10%, not 25", "between 20 and 30%": a bare number listed next to a percent is a percent. */
function inferPercents(text: string, readings: Reading[]): Reading[] {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < readings.length; i++) {
      const r = readings[i]
      if (!r.bare || r.kind !== 'amount') continue
      const neighbours = [readings[i - 1], readings[i + 1]]
      for (const n of neighbours) {
        if (!n || (n.kind !== 'percent' && n.kind !== 'percentage-point')) continue
        const gap = n.start > r.start ? text.slice(r.end, n.start) : text.slice(n.end, r.start)
        if (PERCENT_LIST_GAP.test(gap)) {
          r.kind = n.kind
          r.bare = false
          break
        }
      }
    }
  }
  return readings
}
