import type { Currency } from '../../models/figure'
import { NATIVE_NUMERALS, placeValue, readKoreanNumber } from './korean-numerals'
import { parseDigits } from './number-text'
import { readNumericDate } from './numeric-dates'
import { dateValue, type Reading } from './reading'
import { allMatches } from '../text/all-matches'

const HANGUL = /[가-힣]/
const LATIN = /[A-Za-z]/

/**
 * First letters of particles and endings that may follow a counter (두 명이, 세 가지로, 한 달간). A counter
 * followed by any other syllable is the start of a word ("한 명확한", "두 개발"), not a counter.
 */
const PARTICLE_START = new Set('의이가을를은는에으로과와도만씩째당까부나간여쯤뿐였인께밖동안내후뒤정전')

/** Hangul words that may stand right before digits without making them a name (최대30%, 제3). */
const GLUED_PREFIXES = /(?:제|약|총|각|연|월|년|일|박|최대|최소|최고|최저|무려|불과|평균|매년|매월|매일|올해|지난해|작년|내년|이번|지난|오는|현재|기준|전년|대비|가운데|중|및|등|또는|이상|만에|부터|까지|에서|에|은|는|이|가|을|를|의|와|과|도|로|으로)$/

/** Units written right after digits in Latin letters; any other letters make the token a name (5G, 3D). */
const LATIN_UNIT = /(?:bps?|BP|km|kg|cm|mm|m|g|t|GB|TB|MB|kW|MW|GW|kWh|MWh|GWh|ha|mg|ml|nm|mph|p|P)(?![A-Za-z])/y

const CURRENCIES: readonly (readonly [RegExp, Currency])[] = [
  [/ ?(?:원화|원)/y, 'KRW'],
  [/ ?(?:달러|불|弗)/y, 'USD'],
  [/ ?위안/y, 'CNY'],
  [/ ?엔(?![진터지트])/y, 'JPY'],
  [/ ?유로(?!존|화|권)/y, 'EUR'],
  [/ ?파운드/y, 'GBP'],
]

const RELATIVE_DATES: Readonly<Record<string, string>> = {
  지난해: 'last-year',
  작년: 'last-year',
  올해: 'this-year',
  금년: 'this-year',
  내년: 'next-year',
  지난달: 'last-month',
  지난주: 'last-week',
  '지난 주': 'last-week',
  이번주: 'this-week',
  '이번 주': 'this-week',
  다음주: 'next-week',
  '다음 주': 'next-week',
  이번달: 'this-month',
  '이번 달': 'this-month',
  이달: 'this-month',
  다음달: 'next-month',
  '다음 달': 'next-month',
}
const RELATIVE_RE = /(?<![가-힣])(?:지난해|작년|올해|금년|내년|지난달|이번 ?달|이달|다음 ?달|지난 ?주(?![가-힣])|지난주|이번 ?주(?=$|[^가-힣]|[에의는도])|다음 ?주(?=$|[^가-힣]|[에의는도]))/g

const NATIVE_RE =
  /(?<![가-힣])(열한|열두|다섯|여섯|일곱|여덟|아홉|스무|스물|서른|마흔|한|두|세|네|열|쉰) ?(달러|번째|번 째|차례|사람|나라|가지|개국|개월|군데|가구|시간|명|달|개|곳|번|마리|권|대|척|채|살|주|해|배|분|건|팀|편|장|종)/g
/** Counters that may follow a native numeral without a space and still be unambiguous (세가지, 두달). */
const GLUED_COUNTERS = /^(?:가지|명|번째|개월|차례|시간|개국|달|번|사람|나라)$/
/** 양국, 양측: "the two countries", "both sides". */
const BOTH_RE = /(?<![가-힣])양(?:국|측|사|당|자|팀|대|진영|정상|국간)(?=$|[^가-힣]|[의이가은는을를에과와도간])/g
/** 월요일: English news names the weekday where Korean gives the day of the month. */
const WEEKDAY_RE = /(?<![가-힣])([월화수목금토일])요일/g
const WEEKDAYS: Readonly<Record<string, string>> = {
  월: 'monday',
  화: 'tuesday',
  수: 'wednesday',
  목: 'thursday',
  금: 'friday',
  토: 'saturday',
  일: 'sunday',
}
/** 하루, 이틀, 열흘: numbers of days (durations, never dates). */
const DAY_COUNTS: Readonly<Record<string, number>> = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 열흘: 10 }
const DAY_COUNT_RE = /(?<![가-힣])(하루|이틀|사흘|나흘|닷새|엿새|열흘)/g
const FIRST_RE = /(?<![가-힣])첫 ?(?:번째|번 째)/g
/**
 * The lookahead only spares the empty matches every other position gave (and readWordNumbers skipped): a
 * match starting on one of these letters is never empty, and no other is anything but empty.
 */
const WORD_NUMBER_RE = /(?<![가-힣])(?=[수십백천만억조여])(수)?([십백천])?([만억조])?(여)?/g
const FRACTION_WORD_RE = /(?<![가-힣])절반/g
const HALF_YEAR_RE = /(?<![가-힣])(상|하)반기/g
const DAY_DURATION = /(?:간|동안|째|만|씩|이내|내내|연속|을 앞|를 앞| (?:동안|만에|이내|간|내내|연속|후|뒤|이상|가량|정도|째|남짓|넘게|앞))/y
const YEAR_DURATION = /(?:간|동안|째|만| (?:동안|만에|간|째|이상|넘게|가까이))/y
/** Counter words kept in a count's span (139명, 6개, 24만편), so messages quote them. */
const COUNTER =
  / ?(?:개국|개월|개사|개|명|곳|건|편|대|척|채|마리|권|가지|시간|분|초|주|회|차례|번|세|살|층|호|가구|표|석|단|종|톤|그루|병|장|쌍|인)/y
const APPROX_BEFORE = /(?:약|대략|거의|근|얼추) ?$/
const APPROX_AFTER = / ?(?:가량|정도|남짓|안팎|쯤|내외|여)/y

/** Every figure in a Korean text, before ranges and dates are joined. */
export function readKoreanFigures(text: string): Reading[] {
  const out: Reading[] = []
  readDigits(text, out)
  readNatives(text, out)
  readWordNumbers(text, out)
  readRelativeDates(text, out)
  for (const m of allMatches(text, BOTH_RE)) out.push(reading('count', 2, m.index, m.index + m[0].length))
  for (const m of allMatches(text, WEEKDAY_RE)) {
    const r = reading('date', 0, m.index, m.index + m[0].length)
    r.date = { relative: WEEKDAYS[m[1]] }
    out.push(r)
  }
  for (const m of allMatches(text, DAY_COUNT_RE)) out.push(reading('count', DAY_COUNTS[m[1]], m.index, m.index + m[0].length))
  for (const m of allMatches(text, FIRST_RE)) out.push(reading('ordinal', 1, m.index, m.index + m[0].length))
  for (const m of allMatches(text, FRACTION_WORD_RE)) out.push(reading('fraction', 0.5, m.index, m.index + 2))
  for (const m of allMatches(text, HALF_YEAR_RE)) {
    out.push(reading('ordinal', m[1] === '상' ? 1 : 2, m.index, m.index + m[0].length))
  }
  return out
}

function reading(kind: Reading['kind'], value: number, start: number, end: number): Reading {
  return { kind, value, start, end }
}

function readDigits(text: string, out: Reading[]): void {
  const digit = /\d/g
  let m: RegExpExecArray | null
  while ((m = digit.exec(text))) {
    const start = m.index
    if (isNameBefore(text, start) && !counterAfter(text, start)) {
      digit.lastIndex = skipToken(text, start)
      continue
    }
    const numeric = readNumericDate(text, start)
    if (numeric && !/[/]/.test(text.slice(start, numeric.end))) {
      out.push(numeric)
      digit.lastIndex = numeric.end
      continue
    }
    let number = readKoreanNumber(text, start)
    if (!number) continue
    if (number.scale === 1e12 && isArticle(text, start, number.value)) {
      // 헌법 9조, 제3조: an article of a law, not 9 trillion.
      const end = text.indexOf('조', start) + 1
      out.push({ kind: 'ordinal', value: number.value / 1e12, start, end })
      digit.lastIndex = end
      continue
    }
    const r = readUnit(text, start, number.value, number.end, number.scale)
    if (r === null) {
      digit.lastIndex = skipToken(text, start)
      continue
    }
    if (text[start - 1] === '-' && !/[\w~∼〜-]/.test(text[start - 2] ?? '') && r.kind !== 'date') {
      // -0.2℃: a negative figure (a range dash follows a number).
      r.value = -r.value
      r.start--
    }
    out.push(r)
    digit.lastIndex = Math.max(r.end, number.end)
  }
}

function isArticle(text: string, start: number, value: number): boolean {
  const n = value / 1e12
  if (!Number.isInteger(n) || n >= 1000 || text[start + String(n).length] !== '조') return false
  const end = start + String(n).length + 1
  if (/^ ?(?:원|달러|위안|엔|유로|\d)/.test(text.slice(end, end + 3))) return false
  return /(?:제|법|헌법|조약|협약|규정) ?$/.test(text.slice(Math.max(0, start - 3), start)) || /^ ?(?:제?\d+항)/.test(text.slice(end, end + 5))
}

/** GPT-4, H800, COVID-19, 코로나19: digits glued to a word on their left are part of a name. */
function isNameBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? ''
  if (LATIN.test(before)) return true
  if (before === '-' && LATIN.test(text[start - 2] ?? '')) return true
  if (HANGUL.test(before)) {
    let s = start - 1
    while (s > 0 && HANGUL.test(text[s - 1])) s--
    const word = text.slice(s, start)
    return word.length >= 2 && !GLUED_PREFIXES.test(word)
  }
  return false
}

/** 조직원5명: digits glued to a word but followed by a counter are still a count (a spacing slip). */
function counterAfter(text: string, start: number): boolean {
  if (LATIN.test(text[start - 1] ?? '') || text[start - 1] === '-') return false
  return /^\d[\d,.]*(?:명|개|%|건|곳|달러|원)/.test(text.slice(start, start + 12))
}

function skipToken(text: string, start: number): number {
  let i = start
  while (i < text.length && /[\w.\-·]/.test(text[i])) i++
  return Math.max(i, start + 1)
}

/** What follows the digits decides the kind. Returns null when the digits belong to a name (5G, H100). */
function readUnit(text: string, start: number, value: number, numberEnd: number, scale: number): Reading | null {
  let q = numberEnd
  let approximate = APPROX_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  if (text[q] === '여') {
    approximate = true
    q++
  }
  const r: Reading = { kind: 'count', value, start, end: q, scale }
  const paired = /^(\d{1,2})[/·.](\d{1,2})(?![\d/·.])/.exec(text.slice(start, start + 6))
  if (paired && Number(paired[1]) >= 1 && Number(paired[1]) <= 12 && Number(paired[2]) >= 1 && Number(paired[2]) <= 31) {
    const after = text.slice(start + paired[0].length, start + paired[0].length + 4)
    if (/^ ?(?:테러|사태|공격|참사|선언|합의|항쟁|전쟁|민주|운동|조치|대책|남북|공동)/.test(after)) {
      // 9·11 테러, 5·18 민주화운동: dates that name events.
      r.kind = 'date'
      r.date = { month: Number(paired[1]), day: Number(paired[2]) }
      r.value = dateValue(r.date)
      r.end = start + paired[0].length
      return r
    }
  }
  const average = /^(\d)할(?:(\d)푼)?(?:(\d)리)?/.exec(text.slice(start, start + 6))
  if (average && average[0].length > 2) {
    // 2할6푼8리: a batting average, .268.
    r.kind = 'amount'
    r.value = Number(`0.${average[1]}${average[2] ?? '0'}${average[3] ?? '0'}`)
    r.end = start + average[0].length
    return r
  }
  const dotted = /^(\d{4})\.(\d{1,2})(?![\d.])/.exec(text.slice(start, start + 8))
  if (dotted && Number(dotted[2]) >= 1 && Number(dotted[2]) <= 12) {
    // 2005.10: a year and month, as Korean papers date their pages.
    r.kind = 'date'
    r.date = { year: Number(dotted[1]), month: Number(dotted[2]) }
    r.value = dateValue(r.date)
    r.end = start + dotted[0].length
    return r
  }
  const at = (re: RegExp): string | null => {
    re.lastIndex = q
    const m = re.exec(text)
    return m ? m[0] : null
  }
  const take = (s: string): void => {
    q += s.length
    r.end = q
  }
  let s: string | null
  if ((s = at(/ ?(?:%|％) ?(?:포인트|p|P)(?![A-Za-z])| ?퍼센트 ?포인트| ?포인트/y))) {
    // A bare 포인트 is a point of an index or a poll margin; English writes "points" for both.
    r.kind = 'percentage-point'
    take(s)
  } else if ((s = at(/ ?(?:bps?|BP|베이시스 ?포인트)(?![A-Za-z])/y))) {
    r.kind = 'percentage-point'
    r.value = value / 100
    take(s)
  } else if ((s = at(/ ?(?:%|％|퍼센트|프로(?![그젝모세]))/y))) {
    r.kind = 'percent'
    take(s)
  } else if (LATIN.test(text[q] ?? '')) {
    const unit = at(LATIN_UNIT)
    if (!unit) return null
    take(unit)
  } else if (text[q] === '-' && LATIN.test(text[q + 1] ?? '')) {
    // "8-layer": a count written the English way.
  } else if ((s = at(/분의 ?(\d+)/y))) {
    const numerator = parseDigits(s.replace(/\D+/, ''))
    r.kind = 'fraction'
    r.value = value > 0 ? numerator / value : 0
    take(s)
  } else if (at(/차 ?전지/y)) {
    return null // 2차전지 is "secondary battery", not a second anything
  } else if ((s = at(/(?:분기|세기|세대|번째|번 째|주년|위(?=$|[^가-힣]|[의에를는가로권와도])|차(?=$|[^가-힣]|[의에를는가로와도]))/y))) {
    r.kind = 'ordinal'
    take(s)
  } else if ((s = at(/배(?!럴|터리|추|우|달|송|경|당|출|치|포|려|상|정|분|제|심|열|아|낭|관)/y))) {
    r.kind = 'multiplier'
    take(s)
  } else if ((s = at(/년대/y))) {
    r.kind = 'date'
    r.approximate = true
    r.date = { year: value }
    take(s)
  } else if ((s = at(/년/y))) {
    take(s)
    if (Number.isInteger(value) && value >= 1000 && value <= 2200 && !at(YEAR_DURATION)) {
      r.kind = 'date'
      r.date = { year: value }
    }
  } else if ((s = at(/월(?![간급세요드])/y))) {
    take(s)
    if (Number.isInteger(value) && value >= 1 && value <= 12) {
      r.kind = 'date'
      r.date = { month: value }
    }
  } else if ((s = at(/일(?![본반정체류원인생상선단]|부(?!터)| ?이하)/y))) {
    take(s)
    const duration = text[start - 1] === '박' || at(DAY_DURATION) !== null
    if (Number.isInteger(value) && value >= 1 && value <= 31 && !duration) {
      r.kind = 'date'
      r.date = { day: value }
    }
  } else if ((s = at(/시(?=$|[^가-힣]|[분반께경쯤에부까로이가는를의])/y))) {
    take(s)
    readClock(text, r, value)
  } else {
    const currency = readCurrency(text, q)
    if (currency) {
      r.kind = 'money'
      r.currency = currency.currency
      take(text.slice(q, currency.end))
    } else if ((s = at(COUNTER))) {
      take(s)
    } else if (!HANGUL.test(text[q] ?? '')) {
      r.kind = 'amount'
      r.bare = true
    }
  }
  APPROX_AFTER.lastIndex = r.end
  if (APPROX_AFTER.test(text)) approximate = true
  if (approximate) r.approximate = true
  if (r.kind === 'date' && r.date) r.value = dateValue(r.date)
  const ordinalPrefix = /제 ?$/.exec(text.slice(Math.max(0, start - 2), start))
  if (ordinalPrefix && (r.kind === 'count' || r.kind === 'amount')) {
    // 제3자, 제 8호 태풍, 제2의 인생: ordinals.
    r.kind = 'ordinal'
    r.bare = false
    r.start -= ordinalPrefix[0].length
  }
  return r
}

function readCurrency(text: string, at: number): { currency: Currency; end: number } | null {
  for (const [re, currency] of CURRENCIES) {
    re.lastIndex = at
    const m = re.exec(text)
    if (m) return { currency, end: at + m[0].length }
  }
  return null
}

/** 오후 3시 30분 → 15.5; a bare 3시 stays 3 (figuresMatch compares clock times modulo 12). */
function readClock(text: string, r: Reading, hour: number): void {
  const minutes = / ?(\d{1,2})분/y
  minutes.lastIndex = r.end
  const m = minutes.exec(text)
  let value = hour
  if (m) {
    value += Number(m[1]) / 60
    r.end += m[0].length
  } else if (text[r.end] === '반') {
    value += 0.5
    r.end += 1
  }
  const before = text.slice(Math.max(0, r.start - 4), r.start)
  if (/(?:오후|저녁|밤) ?$/.test(before) && hour < 12) value += 12
  r.kind = 'time'
  r.value = value
}

function counterFollows(text: string, end: number): boolean {
  const next = text[end] ?? ''
  return !HANGUL.test(next) || PARTICLE_START.has(next)
}

function readNatives(text: string, out: Reading[]): void {
  for (const m of allMatches(text, NATIVE_RE)) {
    const end = m.index + m[0].length
    if (!counterFollows(text, end)) continue
    const glued = m[0].length === m[1].length + m[2].length
    if (glued && (m[1] === '한' || !GLUED_COUNTERS.test(m[2]))) continue // 한편, 세대, 두부
    const value = NATIVE_NUMERALS[m[1]]
    const counter = m[2]
    const r = reading('count', value, m.index, end)
    if (counter === '달러') {
      r.kind = 'money'
      r.currency = 'USD'
    } else if (counter === '배') r.kind = 'multiplier'
    else if (counter.startsWith('번') && counter.endsWith('째')) r.kind = 'ordinal'
    out.push(r)
  }
}

/** 수백개, 수천억원, 수십 년, 백만, 십여 명: magnitudes written in Hangul. */
function readWordNumbers(text: string, out: Reading[]): void {
  for (const m of allMatches(text, WORD_NUMBER_RE)) {
    const [whole, vague, small, big, about] = m
    if (whole === '' || !(small || big)) continue
    if (!vague && !(small && (big || about))) continue
    let end = m.index + whole.length
    const next = text[end] ?? ''
    if (HANGUL.test(next) && !/[개명원달년곳건배대의에을를이가은는도씩편척마권종위사채팀세살시분초주회번퍼]/.test(next)) continue
    if (vague && big === '조' && !small && !/^ ?(?:원|달러)/.test(text.slice(end, end + 3))) continue
    const r = reading('count', placeValue((small ?? '') + (big ?? '')), m.index, end)
    if (vague || about) r.approximate = true
    const currency = readCurrency(text, end)
    if (currency) {
      r.kind = 'money'
      r.currency = currency.currency
      r.end = currency.end
    } else if (/^ ?(?:%|퍼센트)/.test(text.slice(end, end + 5))) {
      continue
    } else {
      COUNTER.lastIndex = end
      const counter = COUNTER.exec(text)
      if (counter) r.end = end + counter[0].length
    }
    out.push(r)
  }
}

function readRelativeDates(text: string, out: Reading[]): void {
  for (const m of allMatches(text, RELATIVE_RE)) {
    const key = RELATIVE_DATES[m[0]]
    if (!key) continue
    const r = reading('date', 0, m.index, m.index + m[0].length)
    r.date = { relative: key }
    out.push(r)
  }
}
