/** English number words: cardinals, ordinals, scale words and vague magnitudes. */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

export const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
}

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
  k: 1e3,
  mn: 1e6,
  m: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
}

/** Plural magnitudes that mean "some number of that order": hundreds ≈ 수백. */
export const VAGUE_WORDS: Readonly<Record<string, number>> = {
  dozens: 10,
  tens: 10,
  scores: 10,
  hundreds: 100,
  thousands: 1e3,
  'tens of thousands': 1e4,
  'hundreds of thousands': 1e5,
  millions: 1e6,
  'tens of millions': 1e7,
  'hundreds of millions': 1e8,
  billions: 1e9,
  'tens of billions': 1e10,
  'hundreds of billions': 1e11,
  trillions: 1e12,
}

const byLength = (a: string, b: string): number => b.length - a.length
const UNIT_ALT = Object.keys(UNITS).sort(byLength).join('|')
const NONZERO_ALT = Object.keys(UNITS).filter((w) => UNITS[w] > 0 && UNITS[w] < 10).sort(byLength).join('|')
const TENS_ALT = Object.keys(TENS).join('|')
const ORD_ALT = Object.keys(ORDINAL_UNITS).sort(byLength).join('|')

/** "twenty-five", "six", "two hundred", "a dozen"; scale words are read by the caller. */
export const CARDINAL_WORDS = new RegExp(
  String.raw`\b(?:(${TENS_ALT})(?:[- ](${NONZERO_ALT}))?|(${UNIT_ALT})|(a dozen|dozen))(?: (hundred))?\b`,
  'gi',
)

/** "first", "twenty-first", "fourth". */
export const ORDINAL_WORDS = new RegExp(String.raw`\b(?:(${TENS_ALT})-)?(${ORD_ALT})\b`, 'gi')

export function cardinalValue(m: RegExpMatchArray): number {
  const [, tens, tensUnit, unit, dozen, hundred] = m
  let value = 0
  if (tens) value = TENS[tens.toLowerCase()] + (tensUnit ? UNITS[tensUnit.toLowerCase()] : 0)
  else if (unit) value = UNITS[unit.toLowerCase()]
  else if (dozen) value = 12
  return hundred ? value * 100 : value
}

export function ordinalValue(m: RegExpMatchArray): number {
  const [, tens, unit] = m
  return (tens ? TENS[tens.toLowerCase()] : 0) + ORDINAL_UNITS[unit.toLowerCase()]
}

export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}
