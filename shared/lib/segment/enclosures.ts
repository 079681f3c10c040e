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
const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CLOSER_OF).map(([open, close]) => [close, open]),
)

/** Characters after which a straight quote opens a quotation rather than closes one. */
const OPENING_CONTEXT = /[\s([{“‘"'「『《〈«—–\-·,:;…]/u
const LATIN_LETTER = /[A-Za-z]/

interface Open {
  readonly mark: string
  readonly at: number
}

/** Offsets of the opening and the closing mark of a matched pair. */
export interface Enclosure {
  readonly open: number
  readonly close: number
}

export function findEnclosures(text: string): Enclosure[] {
  const found: Enclosure[] = []
  let stack: Open[] = []

  const closeTo = (mark: string, at: number): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].mark !== mark) continue
      if (at - stack[i].at <= MAX_SPAN) found.push({ open: stack[i].at, close: at })
      // Marks opened inside and never closed were not quotations.
      stack = stack.slice(0, i)
      return true
    }
    return false
  }

  for (let at = 0; at < text.length; at++) {
    const ch = text[at]
    if (ch === '\n' || ch === '\r' || ch === '\u2029') {
      stack = []
    } else if (ch in CLOSER_OF) {
      stack.push({ mark: ch, at })
    } else if (ch in OPENER_OF) {
      // A lone ’ is an apostrophe; a lone ) closes nothing.
      closeTo(OPENER_OF[ch], at)
    } else if (ch === '"' || ch === "'") {
      const prev = at === 0 ? ' ' : text[at - 1]
      const next = at + 1 < text.length ? text[at + 1] : ' '
      const opensHere = OPENING_CONTEXT.test(prev) && !/\s/u.test(next)
      const top = stack.length > 0 ? stack[stack.length - 1].mark : null
      // `'…'"라며`: after a closing mark, a quote of the open kind closes rather than nests.
      const closesOpen = top === ch && !/\s/u.test(prev)
      if (opensHere && !closesOpen) {
        stack.push({ mark: ch, at })
      } else if (ch === "'" && LATIN_LETTER.test(next)) {
        // DeepSeek's: an apostrophe, not the end of a quotation.
      } else {
        closeTo(ch, at)
      }
    }
  }
  return found
}

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
