/** Helpers for numbers as written: digits with thousands separators, precision, canonical keys. */

/** "1,300" → 1300, "8.65" → 8.65. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''))
}

/** Removes float noise (2.36 * 1e9 = 2360000000.0000005) so equal figures compare and print equal. */
export function tidy(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value
  // An integer of at most twelve digits is its own twelve-digit rounding; toPrecision is the slow part.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value
  return Number(value.toPrecision(12))
}

/** Values seen lately and their digits: the figure checks ask for the same values again and again. */
const digitsCache = new Map<number, string>()
/** Enough for every figure of a long document; the cache starts over beyond it, so memory stays bounded. */
const maxCachedDigits = 50_000

/** Significant digits of a value, trailing zeros dropped: 671e9 → "671", 2.36e9 → "236", 2000 → "2". */
export function significantDigits(value: number): string {
  let digits = digitsCache.get(value)
  if (digits === undefined) {
    if (digitsCache.size >= maxCachedDigits) digitsCache.clear()
    digits = computeSignificantDigits(value)
    digitsCache.set(value, digits)
  }
  return digits
}

function computeSignificantDigits(value: number): string {
  const digits = Math.abs(tidy(value))
    .toExponential(11)
    .split('e')[0]
    .replace('.', '')
    .replace(/0+$/, '')
  return digits === '' ? '0' : digits
}

/**
 * The place value of the last significant digit: the precision the writer committed to
 * (671e9 → 1e9, 2.36e9 → 1e7, 110e6 → 1e7).
 */
export function precisionOf(value: number): number {
  if (value === 0) return 1
  const exponent = Math.floor(Math.log10(Math.abs(tidy(value))) + 1e-9)
  return Math.pow(10, exponent - (significantDigits(value).length - 1))
}

/** Canonical text of a value for keys: 671e9 → "671000000000", 1/3 → "0.3333". */
export function valueKey(value: number): string {
  if (Number.isInteger(tidy(value))) return String(tidy(value))
  return String(Number(value.toPrecision(4)))
}

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
]

/** English rendering of a magnitude: 671e9 → "671 billion", 16000 → "16,000", 0.55 → "0.55". */
export function formatEnglishNumber(value: number): string {
  const v = tidy(value)
  for (const [scale, word] of SCALES) {
    if (Math.abs(v) >= scale) {
      const scaled = tidy(v / scale)
      if (Number.isInteger(scaled * 1000)) return `${formatPlain(scaled)} ${word}`
    }
  }
  return formatPlain(v)
}

/** One formatter for all: toLocaleString builds a new one on every call. */
const plainFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })

function formatPlain(v: number): string {
  return plainFormat.format(v)
}
