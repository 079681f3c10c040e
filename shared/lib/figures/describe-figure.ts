import type { Currency, DateParts, Figure } from '../../models/figure'
import { formatEnglishNumber, tidy } from './number-text'

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

const VAGUE_NAMES: Readonly<Record<number, string>> = {
  10: 'dozens',
  100: 'hundreds',
  1000: 'thousands',
  10000: 'tens of thousands',
  100000: 'hundreds of thousands',
  1000000: 'millions',
  10000000: 'tens of millions',
  100000000: 'hundreds of millions',
  1000000000: 'billions',
  1000000000000: 'trillions',
}

const RELATIVE_NAMES: Readonly<Record<string, string>> = {
  'last-year': 'last year',
  'this-year': 'this year',
  'next-year': 'next year',
  'last-month': 'last month',
  'this-month': 'this month',
  'next-month': 'next month',
  'last-week': 'last week',
  'this-week': 'this week',
  'next-week': 'next week',
}

/** Written Korean or English magnitudes that mean "some number of that order": 수백, hundreds. */
export function isVague(f: Figure): boolean {
  return f.approximate === true && VAGUE_NAMES[f.value] !== undefined && /^수|십여|s$/.test(f.text.replace(/[ 개명곳건]+$/, ''))
}

/** How the figure reads in English, for messages: 6710억 → "671 billion", 2일 → "the 2nd". */
export function describeFigure(f: Figure): string {
  const range = (render: (v: number) => string): string =>
    f.high === undefined ? render(f.value) : `${render(f.value)}–${render(f.high)}`
  switch (f.kind) {
    case 'money':
      return range((v) => money(v, f.currency))
    case 'percent':
      return range((v) => `${formatEnglishNumber(v)}%`)
    case 'percentage-point':
      return `${range(formatEnglishNumber)} percentage point${f.value === 1 && f.high === undefined ? '' : 's'}`
    case 'date':
      return f.date ? describeDate(f.date, f.high) : String(f.value)
    case 'time':
      return clock(f.value)
    case 'ordinal':
      return range(ordinal)
    case 'multiplier':
      return `${range(formatEnglishNumber)} times`
    case 'fraction':
      return fraction(f.value)
    default:
      if (isVague(f)) return VAGUE_NAMES[f.value]
      return range(formatEnglishNumber)
  }
}

function money(value: number, currency: Currency | undefined): string {
  const n = formatEnglishNumber(value)
  switch (currency) {
    case 'USD':
      return `$${n}`
    case 'EUR':
      return `€${n}`
    case 'GBP':
      return `£${n}`
    case 'KRW':
      return `${n} won`
    case 'CNY':
      return `${n} yuan`
    case 'JPY':
      return `${n} yen`
    default:
      return n
  }
}

function ordinal(n: number): string {
  const v = Math.round(n)
  const tens = v % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][v % 10] ?? 'th'
  return `${v}${suffix}`
}

function describeDate(d: DateParts, high: number | undefined): string {
  const parts: string[] = []
  if (d.month !== undefined && d.day !== undefined) parts.push(`${MONTH_NAMES[d.month - 1]} ${d.day}`)
  else if (d.month !== undefined) parts.push(MONTH_NAMES[d.month - 1] ?? String(d.month))
  else if (d.day !== undefined) parts.push(`the ${ordinal(d.day)}${high !== undefined ? `–${ordinal(high)}` : ''}`)
  if (d.year !== undefined) {
    const year = high !== undefined && d.day === undefined && d.month === undefined ? `${d.year}–${high}` : String(d.year)
    parts.push(d.month !== undefined && d.day !== undefined ? `, ${year}` : parts.length ? ` ${year}` : year)
  }
  const relative = d.relative ? RELATIVE_NAMES[d.relative] ?? capitalise(d.relative) : undefined
  if (relative) parts.push(`${parts.length ? ' ' : ''}${d.year !== undefined ? `(${relative})` : relative}`)
  return parts.join('')
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function clock(value: number): string {
  const hours = Math.floor(value)
  const minutes = Math.round((value - hours) * 60)
  return `${hours}:${String(minutes).padStart(2, '0')}`
}

function fraction(value: number): string {
  const named: readonly (readonly [number, string])[] = [
    [1 / 2, 'half'],
    [1 / 3, 'one third'],
    [2 / 3, 'two thirds'],
    [1 / 4, 'a quarter'],
    [3 / 4, 'three quarters'],
    [1 / 5, 'one fifth'],
  ]
  for (const [v, name] of named) if (Math.abs(v - value) < 1e-6) return name
  return String(tidy(value))
}
