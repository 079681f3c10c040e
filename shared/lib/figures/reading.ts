import type { Currency, DateParts, Figure, FigureKind } from '../../models/figure'

/**
 * A figure while it is being read: a mutable Figure plus what later passes need (whether it had a unit,
 * its written scale) to join ranges such as "15조~20조원" or "2-3%".
 */
export interface Reading {
  kind: FigureKind
  value: number
  high?: number
  currency?: Currency
  approximate?: boolean
  date?: DateParts
  start: number
  end: number
  /** No unit, counter or currency after it: "15" in "15조~20조원", "25" in "10%, not 25". */
  bare?: boolean
  /** The scale word or unit written after the digits (억 → 1e8, billion → 1e9), 1 when none. */
  scale?: number
}

/** Keeps the earliest, then longest, of overlapping readings. */
export function dropOverlaps(readings: Reading[]): Reading[] {
  readings.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Reading[] = []
  let end = -1
  for (const r of readings) {
    if (r.start >= end) {
      kept.push(r)
      end = r.end
    }
  }
  return kept
}

export function toFigure(r: Reading, text: string): Figure {
  const figure: {
    -readonly [K in keyof Figure]: Figure[K]
  } = { kind: r.kind, value: r.value, text: text.slice(r.start, r.end), span: { start: r.start, end: r.end } }
  if (r.high !== undefined) figure.high = r.high
  if (r.currency !== undefined) figure.currency = r.currency
  if (r.approximate) figure.approximate = true
  if (r.date !== undefined) figure.date = r.date
  return figure
}

/**
 * The `value` of a date: the single part when there is one ("the 2nd" → 2, 1957년 → 1957), otherwise
 * yyyymmdd with missing parts as 0 (2023년 11월 → 20231100).
 */
export function dateValue(date: DateParts): number {
  const parts = [date.year, date.month, date.day].filter((p) => p !== undefined)
  if (parts.length === 1) return parts[0] as number
  return (date.year ?? 0) * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0)
}
