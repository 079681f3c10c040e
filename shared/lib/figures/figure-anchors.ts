import type { Language } from '../../models/language'
import { valueKey } from './number-text'
import { readings } from './read-figures'
import type { Reading } from './reading'

/**
 * Canonical keys of the figures in a text, such that a Korean sentence and its English translation share
 * them: "n:671000000000" (counts, amounts and money alike), "pct:52", "pp:1.5", "year:1957", "month:11",
 * "day:2", "rel:last-year", "ord:4", "frac:0.3333", "t:3" (clock hour modulo 12); 수백 and "hundreds" both give
 * "n:100". A date gives one key per part, so 2023년 11월 and "November 2023" share both. Lone ones (한 명,
 * "one", "first") give no key: they are too common to anchor anything.
 */
export function figureKeys(text: string, lang: Language): string[] {
  let rs: readonly Reading[]
  try {
    rs = readings(text, lang)
  } catch {
    return []
  }
  const keys: string[] = []
  for (const r of rs) addKeys(r, keys)
  return keys
}

function addKeys(r: Reading, keys: string[]): void {
  const v = r.high === undefined ? valueKey(r.value) : `${valueKey(r.value)}-${valueKey(r.high)}`
  switch (r.kind) {
    case 'date': {
      const d = r.date
      if (!d) return
      if (d.year !== undefined) keys.push(`year:${r.high !== undefined && d.month === undefined && d.day === undefined ? v : d.year}`)
      if (d.month !== undefined) keys.push(`month:${d.month}`)
      if (d.day !== undefined) keys.push(`day:${d.day}`)
      if (d.relative && d.year === undefined) keys.push(`rel:${d.relative}`)
      return
    }
    case 'percent':
      keys.push(`pct:${v}`)
      return
    case 'percentage-point':
      keys.push(`pp:${v}`)
      return
    case 'ordinal':
      if (r.value !== 1 || r.high !== undefined) keys.push(`ord:${v}`)
      return
    case 'fraction':
      keys.push(`frac:${v}`)
      return
    case 'time':
      keys.push(`t:${valueKey(r.value % 12)}`)
      return
    default:
      if (r.value === 1 && r.high === undefined) return
      keys.push(`n:${v}`)
  }
}
