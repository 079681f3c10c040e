/**
 * Quotations and brackets, found as matched pairs so that a full stop inside one never ends the
 * sentence around it: `자융지에는 "…갔다. …모습이었다"고 말했다.` is one sentence.
 */

/** Longer "quotations" are more likely a stray quote mark paired with an unrelated one. */
const MAX_SPAN = 1500

const CLOSER_OF: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '（': '）',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '«': '»',
}

/** Characters after which a straight quote opens a quotation rather than closes one. */
const OPENING_CONTEXT = /[\s([{“‘"'「『《〈«—–\-·,:;…]/u
const LATIN_LETTER = /[A-Za-z]/

interface Open {
  /** Char code of the opening mark. */
  readonly mark: number
  readonly at: number
}

/** Offsets of the opening and the closing mark of a matched pair. */
export interface Enclosure {
  readonly open: number
  readonly close: number
}

// The pairs by char code, so the scan reads a table instead of a property per character (all are BMP).
const CLOSER_CODE = new Uint16Array(0x10000)
const OPENER_CODE = new Uint16Array(0x10000)
for (const [open, close] of Object.entries(CLOSER_OF)) {
  CLOSER_CODE[open.charCodeAt(0)] = close.charCodeAt(0)
  OPENER_CODE[close.charCodeAt(0)] = open.charCodeAt(0)
}
const DOUBLE_QUOTE = 34
const SINGLE_QUOTE = 39
/**
 * Straight and curly quotes of one kind close each other: news copy mixes them (`"…있다”고 밝혔다. 관계자는“…없다"`),
 * and pairing a mark only with its own shape would join the two quotations into one.
 */
const SAME_QUOTE: Readonly<Record<number, number>> = {
  [DOUBLE_QUOTE]: 0x201c,
  0x201c: DOUBLE_QUOTE,
  [SINGLE_QUOTE]: 0x2018,
  0x2018: SINGLE_QUOTE,
}

export function findEnclosures(text: string): Enclosure[] {
  const found: Enclosure[] = []
  let stack: Open[] = []

  const closeTo = (mark: number, at: number): boolean => {
    const twin = SAME_QUOTE[mark] ?? mark
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].mark !== mark && stack[i].mark !== twin) continue
      if (at - stack[i].at <= MAX_SPAN) found.push({ open: stack[i].at, close: at })
      // Marks opened inside and never closed were not quotations.
      stack = stack.slice(0, i)
      return true
    }
    return false
  }

  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || code === 13 || code === 0x2029) {
      stack = []
    } else if (CLOSER_CODE[code] !== 0) {
      stack.push({ mark: code, at })
    } else if (OPENER_CODE[code] !== 0) {
      // A lone ’ is an apostrophe; a lone ) closes nothing.
      closeTo(OPENER_CODE[code], at)
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const prev = at === 0 ? ' ' : text[at - 1]
      const next = at + 1 < text.length ? text[at + 1] : ' '
      const opensHere = OPENING_CONTEXT.test(prev) && !/\s/u.test(next)
      const top = stack.length > 0 ? stack[stack.length - 1].mark : null
      // `'…'"라며`: after a closing mark, a quote of the open kind closes rather than nests.
      const closesOpen = (top === code || top === SAME_QUOTE[code]) && !/\s/u.test(prev)
      if (opensHere && !closesOpen) {
        stack.push({ mark: code, at })
      } else if (code === SINGLE_QUOTE && LATIN_LETTER.test(next)) {
        // DeepSeek's: an apostrophe, not the end of a quotation.
      } else {
        closeTo(code, at)
      }
    }
  }
  return found
}

/** True for a pair of quotation marks (double or single, straight or curly, «», 「」, 『』), false for brackets. */
export function isQuotation(text: string, enclosure: Enclosure): boolean {
  return !BRACKETS.has(text[enclosure.open])
}

const BRACKETS = new Set(['(', '[', '（', '《', '〈'])

/**
 * For each offset, whether a break there would fall inside a pair: after the opening mark and at or
 * before the closing one. Computed once per text so that each break costs O(1).
 */
export function insideEnclosure(text: string, enclosures: readonly Enclosure[]): (offset: number) => boolean {
  const depthChange = new Int32Array(text.length + 2)
  for (const { open, close } of enclosures) {
    depthChange[open + 1] += 1
    depthChange[close + 1] -= 1
  }
  const depth = new Int32Array(text.length + 1)
  let running = 0
  for (let i = 0; i <= text.length; i++) {
    running += depthChange[i]
    depth[i] = running
  }
  return (offset) => offset >= 0 && offset <= text.length && depth[offset] > 0
}

/**
 * For each offset, the opening mark of the innermost pair a break there would fall inside (as insideEnclosure
 * counts it), or -1: pairs nest or lie apart, so filling them in order of their openings leaves the innermost.
 */
export function innermostEnclosure(text: string, enclosures: readonly Enclosure[]): (offset: number) => number {
  const openOf = new Int32Array(text.length + 1).fill(-1)
  const sorted = [...enclosures].sort((a, b) => a.open - b.open)
  for (const { open, close } of sorted) openOf.fill(open, open + 1, close + 1)
  return (offset) => (offset >= 0 && offset <= text.length ? openOf[offset] : -1)
}
