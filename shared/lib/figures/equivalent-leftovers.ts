import type { Figure } from '../../models/figure'
import type { FigureMismatch } from './figure-mismatch'
import { sameMeasure } from './unit-conversions'

/** Past this many unpaired figures a side the pass is skipped: it compares them pair by pair. */
const MAX_LEFTOVERS = 64

/** Korean words for a number of days, which an English translation gives in hours (하루 = "24 hours"). */
const DAY_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/하루|1일간|24시간/u, 1],
  [/이틀|48시간/u, 2],
  [/사흘/u, 3],
  [/나흘/u, 4],
]

/**
 * Words of the other side that render a relative date the reader keeps as a figure: 올시즌 = "this year",
 * 이번주 후반 = "later in the week", 지난해 = "over the past year". The reader knows neither "the week" nor
 * 올시즌, and "the past year" is not "last year" to it. 잔여시즌 = "the rest of this year" and 이달 말 = "the end of
 * the month" were equivalent in the tuning half of kpc-dev.
 */
const RELATIVE_RENDERINGS: Readonly<Record<string, { ko: RegExp; en: RegExp }>> = {
  'this-year': { ko: /올\s?시즌|이번\s?시즌|잔여\s?시즌|남은\s?시즌|올\s?한\s?해|올해|금년/u, en: /\b(?:this|the) (?:year|season)\b/iu },
  'this-week': { ko: /이번\s?주|금주/u, en: /\b(?:this|the) week\b/iu },
  'this-month': { ko: /이\s?달|이번\s?달|금월/u, en: /\b(?:this|the) month\b/iu },
  'last-year': { ko: /지난\s?해|작년|지난\s?시즌/u, en: /\b(?:past|last|previous) (?:year|season)\b|\ba year (?:ago|earlier)\b/iu },
}

/**
 * Korean words for "that day", by which a Korean report refers back to a date it already gave where the English
 * repeats the weekday (이날 = "on Sunday"): in the tuning half of kpc-dev, 2 of the 4 weekdays "not in the Korean"
 * that were equivalent renderings.
 */
const THAT_DAY = /이날|당일|같은\s?날|그날/u
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
/** A bare 1–31 with no counter (베이징에 도착했던 22에는 = "the day I arrived, Tuesday"): a day whose 일 was dropped. */
const BARE_DAY = /^(?:[1-9]|[12]\d|3[01])$/u
/** English scale words, for an amount that leaves its scale to a figure before it ("150 million euros … tomorrow 200"). */
const SCALE_WORDS: ReadonlyArray<readonly [number, RegExp]> = [
  [1e3, /\d ?(?:thousand|k)\b/iu],
  [1e6, /\d ?(?:million|mn|m)\b/iu],
  [1e9, /\d ?(?:billion|bn|b)\b/iu],
  [1e12, /\d ?(?:trillion|tn)\b/iu],
]

/** 양국, 양측, 양사: "the two countries, sides, companies", which English names ("Thailand and Cambodia") or says with both/each. */
const BOTH_PARTIES = /^양(?:국|측|사|자|당|팀|가|국가)/u
const BOTH_IN_ENGLISH = /\b(?:both|each|two|between|and|bilateral|mutual)\b|\bthe (?:countries|nations|sides|parties|companies|teams)\b/iu

/**
 * The renderings a translation may choose that the figure pairing does not take as equal, found among the
 * figures each side left unpaired: one measure in two units (시속 120km = "75 mph", 2956m = "9,700-foot"),
 * days in hours (하루 = "24 hours", where 하루 is no figure), and a share as a fraction or a percentage
 * ("a third to a half" for 30%~50%). Classified from a sample of the findings on unchanged kpc-dev documents,
 * where they were equivalent renderings, not slips; likewise a relative date in other words (올시즌 = "this
 * year") and 양국/양측 for two parties the English names. Also a day of the month given as a weekday where no
 * calendar can check it (다음달 2일 = "Saturday", 이날 = "on Sunday"), and an English amount whose scale an
 * earlier figure gave (2억 유로 = "200" after "150 million euros"). Returns the mismatches without them.
 */
export function withoutEquivalentRenderings(
  mismatches: readonly FigureMismatch[],
  koText: string,
  enText: string,
  koFigures: readonly Figure[],
  enFigures: readonly Figure[],
): FigureMismatch[] {
  const koLeft = mismatches.filter((m) => m.side === 'ko')
  const enLeft = mismatches.filter((m) => m.side === 'en')
  if (mismatches.length === 0 || koLeft.length > MAX_LEFTOVERS || enLeft.length > MAX_LEFTOVERS) return [...mismatches]
  const drop = new Set<FigureMismatch>()
  const scales = scaleEnds(enFigures)
  for (const m of mismatches) {
    if (m.side === 'both' && m.ko && m.en && elidedScale(m.ko, m.en, scales)) drop.add(m)
  }
  for (const k of koLeft) {
    for (const e of enLeft) {
      if (drop.has(e) || !k.ko || !e.en) continue
      if (sameMeasure(k.ko, koText, e.en, enText) || weekdayForDay(k.ko, e.en) || elidedScale(k.ko, e.en, scales)) {
        drop.add(k)
        drop.add(e)
        break
      }
    }
  }
  for (const e of enLeft) {
    if (drop.has(e) || !e.en) continue
    const relative = e.en.date?.relative
    if (
      hoursForDays(e.en, enText, koText) ||
      (isWeekday(e.en) && THAT_DAY.test(koText)) ||
      koFigures.some((f) => shareAlike(f, e.en as Figure)) ||
      (relative !== undefined && RELATIVE_RENDERINGS[relative]?.ko.test(koText) === true)
    ) {
      drop.add(e)
    }
  }
  for (const k of koLeft) {
    if (drop.has(k) || !k.ko) continue
    const relative = k.ko.date?.relative
    if (
      enFigures.some((f) => shareAlike(k.ko as Figure, f)) ||
      (relative !== undefined && RELATIVE_RENDERINGS[relative]?.en.test(enText) === true) ||
      (BOTH_PARTIES.test(k.ko.text) && BOTH_IN_ENGLISH.test(enText))
    ) {
      drop.add(k)
    }
  }
  return mismatches.filter((m) => !drop.has(m))
}

function hoursForDays(f: Figure, enText: string, koText: string): boolean {
  if (f.high !== undefined || !/^[ -]?hours?\b/u.test(enText.slice(f.span.end, f.span.end + 7))) return false
  return DAY_WORDS.some(([word, days]) => f.value === 24 * days && word.test(koText))
}

/** A percentage and a fraction word for about the same share: 30% ≈ "a third", 50% = "a half" (within 4 points). */
function shareAlike(a: Figure, b: Figure): boolean {
  const [percent, fraction] = a.kind === 'percent' && b.kind === 'fraction' ? [a, b] : b.kind === 'percent' && a.kind === 'fraction' ? [b, a] : [null, null]
  if (!percent || !fraction || /\d/u.test(fraction.text)) return false
  const share = 100 * fraction.value
  return [percent.value, percent.high].some((p) => p !== undefined && Math.abs(p - share) <= 4)
}

function isWeekday(f: Figure): boolean {
  return f.kind === 'date' && f.date?.relative !== undefined && WEEKDAYS.has(f.date.relative)
}

/**
 * A Korean day of the month left over beside an English weekday left over: 다음달 2일 = "Saturday" (the month is
 * relative, so the pairing does not take them as equal), or a bare 22 whose 일 was dropped.
 */
function weekdayForDay(ko: Figure, en: Figure): boolean {
  if (!isWeekday(en) || ko.high !== undefined) return false
  if (ko.kind === 'count') return BARE_DAY.test(ko.text)
  const d = ko.date
  return ko.kind === 'date' && d !== undefined && d.day !== undefined && d.year === undefined && (d.relative === undefined || d.relative.endsWith('-month'))
}

/** For each scale, where the first English figure written with it ends: overall and per currency. */
type ScaleEnds = Map<number, { any: number; plain: number; byCurrency: Map<string, number> }>

function scaleEnds(enFigures: readonly Figure[]): ScaleEnds {
  const ends: ScaleEnds = new Map()
  for (const f of enFigures) {
    for (const [factor, word] of SCALE_WORDS) {
      if (f.value < factor || !word.test(f.text)) continue
      const e = ends.get(factor) ?? { any: Infinity, plain: Infinity, byCurrency: new Map<string, number>() }
      e.any = Math.min(e.any, f.span.end)
      if (f.currency) e.byCurrency.set(f.currency, Math.min(e.byCurrency.get(f.currency) ?? Infinity, f.span.end))
      else e.plain = Math.min(e.plain, f.span.end)
      ends.set(factor, e)
    }
  }
  return ends
}

/**
 * An English bare number that leaves its scale (and currency) to a figure said before it: "a 150 million euros offer
 * and tomorrow it will be 200" for 2억 유로. The Korean value must be the number times a scale that an earlier
 * English figure carries, in the same currency where both name one.
 */
function elidedScale(ko: Figure, en: Figure, scales: ScaleEnds): boolean {
  if (en.currency || en.high !== undefined || ko.high !== undefined || !/^\d[\d,.]*$/u.test(en.text) || en.value <= 0) return false
  if (ko.kind !== 'money' && ko.kind !== 'count' && ko.kind !== 'amount') return false
  const ratio = ko.value / en.value
  const factor = SCALE_WORDS.find(([f]) => Math.abs(ratio - f) <= 1e-9 * f)?.[0]
  const e = factor === undefined ? undefined : scales.get(factor)
  if (!e) return false
  const end = ko.currency ? Math.min(e.plain, e.byCurrency.get(ko.currency) ?? Infinity) : e.any
  return end <= en.span.start
}
