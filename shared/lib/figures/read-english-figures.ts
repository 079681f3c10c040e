import type { Currency } from '../../models/figure'
import {
  CARDINAL_WORDS,
  MONTHS,
  ORDINAL_WORDS,
  SCALE_WORDS,
  VAGUE_WORDS,
  cardinalValue,
  ordinalValue,
} from './english-numerals'
import { parseDigits } from './number-text'
import { readNumericDate } from './numeric-dates'
import { dateValue, type Reading } from './reading'
import { allMatches } from '../text/all-matches'

const LETTER = /[A-Za-z]/
const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y
const SCALE_AFTER = /(?:[ -](hundred|thousand|million|billion|trillion|dozen)\b|(k|mn|m|bn|b|tn)\b)/iy
/** Glued k/m/bn are scales only on money ($5m); elsewhere 100m is metres. */
const GLUED_SCALE_OK = /^(?:mn|bn|tn)$/i
const PERCENT_AFTER =
  /(?: ?(?:%|％)(?: ?(?:points?|p)\b)?| (?:percentage|percent(?:age)?) points?\b| percent\b| per cent\b| ?(?:basis points?|bps?)\b|[ -]points?\b)/iy
const CURRENCY_AFTER = / (?:(?:South )?Korean )?(won|dollars?|U\.S\. dollars|yuan|renminbi|yen|euros?|pounds? sterling|pounds)\b/y
const TIMES_AFTER = /(?: times\b|-fold\b|fold\b)/y
/** "five decades" is 50 years (50년); "10 days" is kept whole so it can answer a Korean 10일. */
const DECADES_AFTER = / decades?\b/y
const DAYS_AFTER = /[ -]days?\b/y
const WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g
/** "half a percentage point" is 0.5%포인트. */
const HALF_POINT_RE = /\bhalf a (?:percentage )?point\b/gi
/** "World War II" is 2차 세계대전. */
const WORLD_WAR_RE = /\bWorld War (II|I|Two|One)\b/g
const COUPLE_RE = /\ba couple(?: of)?\b/gi
/** "both" answers 양측, 양국, 2명 모두; compareFigures never reports it on its own. */
const BOTH_RE = /\bboth\b/gi
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)\b/y
const AMPM = / ?([ap])\.?m\.?(?![A-Za-z])/iy
/** Units written right after digits; any other letters make the token a name (H800, 5G). */
const LATIN_UNIT = /(?:AD|BC|BCE|CE|km|kg|cm|mm|m|g|t|GB|TB|MB|kW|MW|GW|kWh|MWh|GWh|ha|mg|ml|nm|mph|s)(?![A-Za-z])/y

const CURRENCY_PREFIX: readonly (readonly [RegExp, Currency])[] = [
  [/(?:US|U\.S\.|A|C|HK|NT|S)?\$ ?$/, 'USD'],
  [/(?:USD) ?$/, 'USD'],
  [/(?:€|EUR ?)$/, 'EUR'],
  [/(?:£|GBP ?)$/, 'GBP'],
  [/(?:₩|KRW ?)$/, 'KRW'],
  [/(?:CNY ?|RMB ?)$/, 'CNY'],
  [/(?:¥|JPY ?)$/, 'JPY'],
]

const CURRENCY_WORDS: Readonly<Record<string, Currency>> = {
  won: 'KRW',
  dollar: 'USD',
  dollars: 'USD',
  'u.s. dollars': 'USD',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  'pound sterling': 'GBP',
}

const APPROX_BEFORE =
  /\b(?:about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to|more than|over|less than|under|up to|at least|at most)[ ]$/i

const RELATIVE_RE = /\b(last|this|next|the previous|the past|the following|the coming)(?: calendar)? (year|month|week)\b/gi
const RELATIVE_KEYS: Readonly<Record<string, string>> = {
  last: 'last',
  'the previous': 'last',
  this: 'this',
  next: 'next',
  'the following': 'next',
  'the coming': 'next',
}

const MONTH_NAMES =
  String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`
/** "January 31, 2025", "Jan. 31", "January 2025", "31 January 2025", "September". */
const MONTH_DATE_RE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?)?${MONTH_NAMES}(?![A-Za-z])(?: (\d{1,2})(?:st|nd|rd|th)?(?!\d|,\d))?(?:,? (\d{4})(?!\d))?`,
  'g',
)

const VAGUE_RE = new RegExp(
  String.raw`\b(${Object.keys(VAGUE_WORDS)
    .filter((w) => w !== 'tens' && w !== 'scores')
    .sort((a, b) => b.length - a.length)
    .join('|')})\b`,
  'gi',
)
/** "one third", "two-thirds", "a quarter of"; "a third term" is an ordinal, so a/one need "of" or a hyphen. */
const FRACTION_RE =
  /\b(?:(one|a|two|three|four)([- ])(half|halves|thirds?|quarters?|fifths?)|(half))\b/gi
const FRACTION_PARTS: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
}
const MULTIPLIER_RE = /\b(?:(twice|doubl(?:e|ed|es|ing))|(tripl(?:e|ed|es|ing))|(quadrupl(?:e|ed|es|ing)))\b/gi
const SCALE_ONLY_RE = /\b(?:(a|one|per) (hundred|thousand|million|billion|trillion))\b/gi

/**
 * Each match of FRACTION_RE, HALF_POINT_RE, SCALE_ONLY_RE, BOTH_RE, COUPLE_RE, VAGUE_RE and MULTIPLIER_RE holds one
 * of these (matched the same way: ASCII letters, any case), so a sentence without any is not scanned by them: one
 * scan instead of seven, and 92% of kpc-dev's English sentences have none. A word added to one of those patterns
 * needs its letters here too (read-figures.test.ts reads each).
 */
const RARE_WORDS = /hal|third|quarter|fifth|hundred|thousand|illion|couple|both|dozens|twice|doubl|tripl|quadrupl/i
/** Every month of MONTH_DATE_RE starts with one of these, as it is written (case matters there). */
const MONTH_START = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/
const NO_MATCHES: readonly RegExpExecArray[] = []

/** Every figure in an English text, before ranges and dates are joined. */
export function readEnglishFigures(text: string): Reading[] {
  const out: Reading[] = []
  readDigits(text, out)
  readMonthDates(text, out)
  readWords(text, out)
  for (const m of allMatches(text, RELATIVE_RE)) {
    const when = RELATIVE_KEYS[m[1].toLowerCase()]
    if (!when) continue // "the past year" is a duration
    if (/^[A-Z]/.test(m[2])) continue // "This Week", a programme's name
    out.push({
      kind: 'date',
      value: 0,
      date: { relative: `${when}-${m[2].toLowerCase()}` },
      start: m.index,
      end: m.index + m[0].length,
    })
  }
  return out
}

function approximateBefore(text: string, start: number): boolean {
  return APPROX_BEFORE.test(text.slice(Math.max(0, start - 16), start))
}

function readDigits(text: string, out: Reading[]): void {
  const digit = /\d/g
  let m: RegExpExecArray | null
  while ((m = digit.exec(text))) {
    const start = m.index
    const r = readDigitFigure(text, start)
    if (r) {
      out.push(r)
      digit.lastIndex = r.end
    } else {
      let i = start
      while (i < text.length && /[\w.\-]/.test(text[i])) i++
      digit.lastIndex = Math.max(i, start + 1)
    }
  }
}

/** The figure whose digits start at `start`, or null for names (GPT-4, H800, 5G). */
function readDigitFigure(text: string, start: number): Reading | null {
  const before = text[start - 1] ?? ''
  if (LETTER.test(before) || (before === '#' && text[start - 2] === '&')) return null
  if (before === '-' && LETTER.test(text[start - 2] ?? '') && !/(?:mid|pre|post|late|early|top)-$/i.test(text.slice(Math.max(0, start - 6), start))) {
    return null
  }
  const special = readNumericDate(text, start)
  if (special) return special
  if (before === '.' && !/[\d\w]/.test(text[start - 2] ?? '')) {
    // ".268": a decimal without its leading zero (a batting average).
    const m = /\d+/y
    m.lastIndex = start
    const digits = (m.exec(text) as RegExpExecArray)[0]
    return { kind: 'amount', value: Number(`0.${digits}`), start: start - 1, end: start + digits.length, bare: true }
  }
  NUM.lastIndex = start
  const n = NUM.exec(text)
  if (!n) return null
  const digits = n[0]
  let q = start + digits.length
  let value = parseDigits(digits)
  let scale = 1
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = q
    return re.exec(text)
  }
  const r: Reading = { kind: 'amount', value, start, end: q }
  let s: RegExpExecArray | null
  if ((s = at(ORDINAL_SUFFIX))) {
    r.end = q + s[0].length
    return ordinalOrDay(text, r, value)
  }
  if (text[q] === 's' && !LETTER.test(text[q + 1] ?? '') && Number.isInteger(value)) {
    // 1990s, the 20s: a decade or an age bracket.
    r.end = q + 1
    r.approximate = true
    if (value >= 1000 && value <= 2200) {
      r.kind = 'date'
      r.date = { year: value }
    } else r.kind = 'count'
    return r
  }
  const prefix = text.slice(Math.max(0, start - 6), start)
  const prefixCurrency = CURRENCY_PREFIX.find(([re]) => re.test(prefix))
  if ((s = at(SCALE_AFTER)) && (s[1] || prefixCurrency || GLUED_SCALE_OK.test(s[2]))) {
    scale = SCALE_WORDS[(s[1] ?? s[2]).toLowerCase()]
    value *= scale
    q += s[0].length
  }
  if (LETTER.test(text[q] ?? '')) {
    const unit = at(LATIN_UNIT)
    if (!unit && !at(PERCENT_AFTER) && !at(AMPM)) return null
  }
  r.value = value
  r.scale = scale
  r.end = q
  if (prefixCurrency) {
    const [re, currency] = prefixCurrency
    r.kind = 'money'
    r.currency = currency
    r.start = start - (re.exec(prefix) as RegExpExecArray)[0].length
  }
  if (r.kind !== 'money' && (s = at(PERCENT_AFTER))) {
    const word = s[0].toLowerCase()
    if (/basis|bp/.test(word)) {
      r.kind = 'percentage-point'
      r.value = value / 100
    } else if (/point|%p/.test(word)) r.kind = listOfPoints(word, text, q + s[0].length) ? 'count' : 'percentage-point'
    else r.kind = 'percent'
    r.end = q + s[0].length
  } else if ((s = at(CURRENCY_AFTER))) {
    r.kind = 'money'
    r.currency = CURRENCY_WORDS[s[1].toLowerCase()]
    r.end = q + s[0].length
  } else if ((s = at(TIMES_AFTER))) {
    r.kind = 'multiplier'
    r.end = q + s[0].length
  } else if ((s = at(DECADES_AFTER))) {
    r.kind = 'count'
    r.value = value * 10
    r.end = q + s[0].length
  } else if ((s = at(DAYS_AFTER))) {
    r.kind = 'count'
    r.end = q + s[0].length
  } else if ((s = at(AMPM))) {
    r.kind = 'time'
    r.value = value % 12 + (s[1].toLowerCase() === 'p' ? 12 : 0)
    r.end = q + s[0].length
  } else if (r.kind !== 'money') {
    const unit = at(LATIN_UNIT)
    if (unit) {
      r.kind = 'count'
      r.end = q + unit[0].length
    } else if (scale === 1 && /^\d{4}$/.test(digits) && value >= 1000 && value <= 2200 && text[q] !== '-') {
      r.kind = 'date'
      r.date = { year: value }
    } else if (text[q] === '-' && LETTER.test(text[q + 1] ?? '')) {
      r.kind = 'count' // 8-layer, 4,500-year-old
    } else {
      r.bare = true
    }
  }
  if (approximateBefore(text, r.start)) r.approximate = true
  if (r.date) r.value = dateValue(r.date)
  return r
}

/** "the 2nd", "on the 31st (local time)" are days of the month; "the 21st century", "1st place" ordinals. */
function ordinalOrDay(text: string, r: Reading, value: number): Reading {
  const before = text.slice(Math.max(0, r.start - 8), r.start)
  const after = text.slice(r.end, r.end + 16)
  const followedByNoun = /^ (?!of\b|local\b|at\b|in\b|and\b|when\b|that\b|to\b|this\b|last\b|next\b|after\b|before\b|through\b|until\b|or\b|as\b|with\b|for\b|from\b|but\b|while\b|which\b|he\b|she\b|it\b|they\b|we\b)[a-z]/.test(after)
  if (/\bthe $/i.test(before) && value >= 1 && value <= 31 && Number.isInteger(value) && !followedByNoun) {
    r.kind = 'date'
    r.date = { day: value }
  } else {
    r.kind = 'ordinal'
  }
  r.value = value
  return r
}

function readMonthDates(text: string, out: Reading[]): void {
  for (const m of MONTH_START.test(text) ? allMatches(text, MONTH_DATE_RE) : NO_MATCHES) {
    const [whole, dayBefore, monthName, dayAfter, year] = m
    const month = MONTHS[monthName.slice(0, 3).toLowerCase()]
    const day = dayBefore ?? dayAfter
    if (monthName === 'May' && !day && !year && !/\b(?:in|of|since|until|by|last|next|early|late|mid-|from|to|through|and) $/i.test(text.slice(Math.max(0, m.index - 7), m.index))) {
      continue
    }
    if (/^(?:Mar|Jan|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Feb|Apr)$/.test(monthName)) continue // words like "Mar" in names
    const date: { year?: number; month: number; day?: number } = { month }
    if (day && Number(day) <= 31) date.day = Number(day)
    if (year) date.year = Number(year)
    const r: Reading = { kind: 'date', value: dateValue(date), date, start: m.index, end: m.index + whole.length }
    if (day && Number(day) > 31) {
      r.end = m.index + whole.indexOf(monthName) + monthName.length
      delete date.day
      r.value = dateValue(date)
    }
    out.push(r)
  }
}

function readWords(text: string, out: Reading[]): void {
  const rare = RARE_WORDS.test(text)
  for (const m of rare ? allMatches(text, FRACTION_RE) : NO_MATCHES) {
    let value = 0.5
    const start = m.index
    const end = start + m[0].length
    if (m[1]) {
      value = FRACTION_PARTS[m[1].toLowerCase()] / FRACTION_PARTS[m[3].toLowerCase()]
      const single = /^(?:a|one)$/i.test(m[1])
      if (single && m[2] === ' ' && !/^(?: of\b| to\b| or\b|[,.;:)]|$)/.test(text.slice(end, end + 4))) continue
    }
    if (m[4]) {
      // "first half", "second half" are halves of a year (상반기, 하반기); "half an hour" is 30분.
      const before = text.slice(Math.max(0, start - 7), start).toLowerCase()
      const half = /(first|second) $/.exec(before)
      if (half) {
        out.push({ kind: 'ordinal', value: half[1] === 'first' ? 1 : 2, start: start - half[0].length, end })
        continue
      }
      if (/^ an? hour/i.test(text.slice(end, end + 8))) continue
    }
    out.push({ kind: 'fraction', value, start, end })
  }
  for (const m of rare ? allMatches(text, HALF_POINT_RE) : NO_MATCHES) {
    out.push({ kind: 'percentage-point', value: 0.5, start: m.index, end: m.index + m[0].length })
  }
  for (const m of allMatches(text, CARDINAL_WORDS)) {
    if (/^two$/i.test(m[0]) && text.startsWith(' Koreas', m.index + 3)) continue // 남북
    let value = cardinalValue(m)
    let end = m.index + m[0].length
    let scale = 1
    SCALE_AFTER.lastIndex = end
    const s = SCALE_AFTER.exec(text)
    if (s && s[1]) {
      scale = SCALE_WORDS[s[1].toLowerCase()]
      value *= scale
      end += s[0].length
    }
    const r: Reading = { kind: 'count', value, start: m.index, end, scale }
    TIMES_AFTER.lastIndex = end
    const times = TIMES_AFTER.exec(text)
    CURRENCY_AFTER.lastIndex = end
    const currency = CURRENCY_AFTER.exec(text)
    PERCENT_AFTER.lastIndex = end
    const percent = PERCENT_AFTER.exec(text)
    DECADES_AFTER.lastIndex = end
    const decades = DECADES_AFTER.exec(text)
    DAYS_AFTER.lastIndex = end
    const days = DAYS_AFTER.exec(text)
    if (times) {
      r.kind = 'multiplier'
      r.end = end + times[0].length
    } else if (decades) {
      r.value = value * 10
      r.end = end + decades[0].length
    } else if (days) {
      r.end = end + days[0].length
    } else if (currency) {
      r.kind = 'money'
      r.currency = CURRENCY_WORDS[currency[1].toLowerCase()]
      r.end = end + currency[0].length
    } else if (percent) {
      r.kind = /point/i.test(percent[0]) && !/basis/i.test(percent[0]) ? (listOfPoints(percent[0], text, end + percent[0].length) ? 'count' : 'percentage-point') : 'percent'
      if (/basis/i.test(percent[0])) {
        r.kind = 'percentage-point'
        r.value = value / 100
      }
      r.end = end + percent[0].length
    }
    if (approximateBefore(text, r.start)) r.approximate = true
    out.push(r)
  }
  for (const m of rare ? allMatches(text, SCALE_ONLY_RE) : NO_MATCHES) {
    out.push({ kind: 'count', value: SCALE_WORDS[m[2].toLowerCase()], start: m.index, end: m.index + m[0].length })
  }
  for (const m of allMatches(text, ORDINAL_WORDS)) {
    const value = ordinalValue(m)
    const start = m.index
    let end = start + m[0].length
    const word = m[2].toLowerCase()
    if (word === 'second') {
      // "calculations a second", "per second" are the unit; "a second landfall" is an ordinal.
      const before = text.slice(Math.max(0, start - 6), start)
      if (/\b(?:per|each|every|split) $/i.test(before)) continue
      if (/\b(?:a|one) $/i.test(before) && !/^ [a-z]/.test(text.slice(end, end + 2))) continue
    }
    const quarter = / quarter\b/y
    quarter.lastIndex = end
    if (quarter.test(text)) end = quarter.lastIndex
    out.push({ kind: 'ordinal', value, start, end })
  }
  for (const m of allMatches(text, WORLD_WAR_RE)) {
    const value = /^(?:II|Two)$/i.test(m[1]) ? 2 : 1
    out.push({ kind: 'ordinal', value, start: m.index, end: m.index + m[0].length })
  }
  for (const m of allMatches(text, WEEKDAY_RE)) {
    out.push({ kind: 'date', value: 0, date: { relative: m[1].toLowerCase() }, start: m.index, end: m.index + m[0].length })
  }
  for (const m of rare ? allMatches(text, BOTH_RE) : NO_MATCHES) out.push({ kind: 'count', value: 2, start: m.index, end: m.index + 4 })
  for (const m of rare ? allMatches(text, COUPLE_RE) : NO_MATCHES) {
    out.push({ kind: 'count', value: 2, approximate: true, start: m.index, end: m.index + m[0].length })
  }
  for (const m of rare ? allMatches(text, VAGUE_RE) : NO_MATCHES) {
    out.push({
      kind: 'count',
      value: VAGUE_WORDS[m[1].toLowerCase()],
      approximate: true,
      start: m.index,
      end: m.index + m[0].length,
    })
  }
  for (const m of rare ? allMatches(text, MULTIPLIER_RE) : NO_MATCHES) {
    out.push({ kind: 'multiplier', value: m[1] ? 2 : m[2] ? 3 : 4, start: m.index, end: m.index + m[0].length })
  }
}

/** What a "three-point …" counts when it is not a margin: the points of a statement, a plan, an agreement. */
const POINTS_OF = /^ (?:statement|plan|agreement|deal|proposal|programme|program|list|strategy|declaration|accord|package|platform|framework|initiative|roadmap|formula|guideline|demand|resolution|peace plan|action plan|reform plan)s?\b/i

/** "A three-point statement" (3개 항목) counts points; "a 9-point margin" and "3 percentage points" do not. */
function listOfPoints(word: string, text: string, end: number): boolean {
  return /^-points?$/i.test(word.trim()) && POINTS_OF.test(text.slice(end, end + 24))
}
