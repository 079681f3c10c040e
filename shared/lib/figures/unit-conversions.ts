import type { Figure } from '../../models/figure'
import { parseDigits, precisionOf, tidy } from './number-text'
import { allMatches } from '../text/all-matches'

interface Unit {
  readonly name: string
  readonly dimension: 'length' | 'mass' | 'temperature' | 'volume' | 'area'
  /** Value in the dimension's base unit (metre, kilogram, litre, square metre); temperatures in °C. */
  readonly toBase: (v: number) => number
  readonly fromBase: (v: number) => number
}

const linear = (name: string, dimension: Unit['dimension'], factor: number): Unit => ({
  name,
  dimension,
  toBase: (v) => v * factor,
  fromBase: (v) => v / factor,
})

/** Spellings of each unit, longest first in the pattern so "kilometers" wins over "km". */
const UNITS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/^(?:km|kilomet(?:er|re)s?|킬로미터|㎞)$/i, linear('km', 'length', 1000)],
  [/^(?:m|met(?:er|re)s?|미터)$/i, linear('m', 'length', 1)],
  [/^(?:cm|centimet(?:er|re)s?|센티미터|㎝)$/i, linear('cm', 'length', 0.01)],
  [/^(?:mm|millimet(?:er|re)s?|밀리미터|㎜)$/i, linear('mm', 'length', 0.001)],
  [/^(?:miles?|마일)$/i, linear('miles', 'length', 1609.344)],
  [/^(?:feet|foot|ft|피트)$/i, linear('feet', 'length', 0.3048)],
  [/^(?:inch(?:es)?|in|인치)$/i, linear('inches', 'length', 0.0254)],
  [/^(?:kg|kilograms?|킬로그램|㎏)$/i, linear('kg', 'mass', 1)],
  [/^(?:pounds?|lbs?|파운드)$/i, linear('pounds', 'mass', 0.45359237)],
  [/^(?:tonnes?|metric tons?)$/i, linear('tonnes', 'mass', 1000)],
  [/^(?:l|lit(?:er|re)s?|리터)$/i, linear('litres', 'volume', 1)],
  [/^(?:gallons?|갤런)$/i, linear('gallons', 'volume', 3.785411784)],
  [/^(?:hectares?|헥타르)$/i, linear('hectares', 'area', 10000)],
  [/^(?:acres?|에이커)$/i, linear('acres', 'area', 4046.8564224)],
  [/^(?:°C|degrees Celsius|섭씨)$/i, { name: '°C', dimension: 'temperature', toBase: (v) => v, fromBase: (v) => v }],
  [
    /^(?:°F|degrees Fahrenheit|화씨)$/i,
    { name: '°F', dimension: 'temperature', toBase: (v) => ((v - 32) * 5) / 9, fromBase: (v) => (v * 9) / 5 + 32 },
  ],
]

/**
 * A number; it never starts inside a run of digits and commas ("1,2,3,…"): a match there would also start at the
 * run's first digit, which the search meets first, and refusing those starts keeps the search linear.
 */
const NUMBER = String.raw`(\d(?<!\d,*\d)[\d,]*(?:\.\d+)?)`
const UNIT_WORD = String.raw`(kilomet(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?|met(?:er|re)s?|km|cm|mm|m|miles?|feet|foot|ft|inch(?:es)?|in|kilograms?|kg|pounds?|lbs?|metric tons?|tonnes?|lit(?:er|re)s?|l|gallons?|hectares?|acres?|°C|°F|degrees Celsius|degrees Fahrenheit|킬로미터|미터|센티미터|마일|피트|인치|킬로그램|파운드|리터|갤런|헥타르|에이커|㎞|㎝|㎜|㎏)`
/** "15 meters (49 feet)", "111km (69 miles)", "29,000 feet (about 8,840 meters)". */
const RESTATED = new RegExp(
  String.raw`${NUMBER}[ -]?${UNIT_WORD}\b\s*\((?:about |around |roughly |approximately |or |약 )?${NUMBER}[ -]?${UNIT_WORD}\)`,
  'giu',
)

function unitOf(word: string): Unit | undefined {
  return UNITS.find(([pattern]) => pattern.test(word))?.[1]
}

/** A unit written right after a figure ("120km", "75 mph", "9,700-foot"): miles per hour count as miles. */
const UNIT_AFTER = new RegExp(String.raw`[ -]?(?:(mph|miles per hour|km/h|kph)|${UNIT_WORD})(?![A-Za-z])`, 'iuy')

const UNIT_AT_END = new RegExp(String.raw`\d\s*(?:(mph|km/h|kph)|${UNIT_WORD})$`, 'iu')

/** The unit of a figure: part of its text ("120km", as the Korean reader keeps it) or written after it. */
function unitOfFigure(f: Figure, text: string): Unit | undefined {
  const inside = UNIT_AT_END.exec(f.text)
  if (inside) return inside[1] ? unitOf(/^m/i.test(inside[1]) ? 'miles' : 'km') : unitOf(inside[2])
  return unitAfter(text, f.span.end)
}

function unitAfter(text: string, end: number): Unit | undefined {
  UNIT_AFTER.lastIndex = end
  const m = UNIT_AFTER.exec(text)
  if (!m) return undefined
  if (m[1]) return unitOf(/^m/i.test(m[1]) ? 'miles' : 'km')
  return unitOf(m[2])
}

/**
 * Whether two figures are one measure in two units ("시속 120km" = "75 mph", 2956m = "9,700-foot"): the
 * conversion agrees at the precision the second figure was written, with a sliver of slack (0.5%, tighter than
 * a restatement's, so that a digit changed in a converted figure is still caught: 76 mph is not 120 km).
 */
export function sameMeasure(a: Figure, aText: string, b: Figure, bText: string): boolean {
  const first = unitOfFigure(a, aText)
  const second = unitOfFigure(b, bText)
  if (!first || !second || first.dimension !== second.dimension || first.name === second.name) return false
  const alike = (x: number, y: number): boolean => {
    const expected = second.fromBase(first.toBase(x))
    return Math.abs(y - expected) <= precisionOf(y) / 2 + 0.005 * Math.abs(expected)
  }
  return alike(a.value, b.value) || (a.high !== undefined && b.high !== undefined && alike(a.high, b.high))
}

/** A measure and its restatement in another unit that do not agree. */
export interface ConversionConflict {
  /** "15 meters" in "15 meters (490 feet)". */
  readonly stated: Figure
  /** "490 feet". */
  readonly restated: Figure
  /** What each side should be if the other is right. */
  readonly restatedShouldBe: string
  readonly statedShouldBe: string
}

/**
 * A measure restated in another unit inside parentheses must agree with itself: "15 meters (490 feet)" is
 * wrong whatever the Korean says (15 m is about 49 feet). Agreement allows the rounding the writer chose.
 */
export function inconsistentConversions(text: string): ConversionConflict[] {
  const out: ConversionConflict[] = []
  // RESTATED needs a parenthesis: most sentences have none, and a look-up is cheaper than the pattern's scan.
  if (!text.includes('(')) return out
  for (const m of allMatches(text, RESTATED)) {
    const [, firstText, firstUnitWord, secondText, secondUnitWord] = m
    const first = unitOf(firstUnitWord)
    const second = unitOf(secondUnitWord)
    if (!first || !second || first.dimension !== second.dimension || first.name === second.name) continue
    const x = parseDigits(firstText)
    const y = parseDigits(secondText)
    const expected = second.fromBase(first.toBase(x))
    // The restatement may round to its own precision, and writers round conversions loosely.
    if (Math.abs(y - expected) <= precisionOf(y) / 2 + 0.015 * Math.abs(expected)) continue
    const start = m.index ?? 0
    const secondAt = start + m[0].lastIndexOf(secondText)
    const firstEnd = start + firstText.length + m[0].slice(firstText.length).indexOf(firstUnitWord) + firstUnitWord.length
    out.push({
      stated: { kind: 'amount', value: x, text: text.slice(start, firstEnd), span: { start, end: firstEnd } },
      restated: { kind: 'amount', value: y, text: `${secondText} ${secondUnitWord}`, span: { start: secondAt, end: secondAt + secondText.length } },
      restatedShouldBe: `${formatRounded(expected)} ${second.name}`,
      statedShouldBe: `${formatRounded(first.fromBase(second.toBase(y)))} ${first.name}`,
    })
  }
  return out
}

function formatRounded(v: number): string {
  const digits = Math.abs(v) >= 100 ? 0 : 1
  return tidy(Number(v.toFixed(digits))).toLocaleString('en-US')
}
