/**
 * Which sentences continue a quotation the sentence before them left open (`"The only thing they care about is
 * finding Madeleine.` / `We hope … investigation."`) or the quotation of the same speaker (`"All of this …," he
 * said.` / `"The only thing…`). The English cuts such a quotation into sentences where the
 * Korean runs it through one "…"고 밝혔다, so the aligner makes a bead over them cheaper than over sentences
 * that merely follow each other.
 */
export function quotationJoins(texts: readonly string[]): Uint8Array {
  const joins = new Uint8Array(texts.length)
  let open = false
  let quoted = false
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]
    // One pass over the sentence: its first and last double quotation mark, and whether each opens.
    let first = 0 // 0: none, 1: opens, 2: closes
    let last = 0
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at)
      // Korean wire copy in English (Yonhap, The Korea Times) quotes ``like this'' or ``like this’’.
      const doubled = (c === BACKTICK || c === APOSTROPHE || c === RIGHT_SINGLE) && text.charCodeAt(at + 1) === c
      if (c !== DOUBLE && c !== LEFT && c !== RIGHT && !doubled) continue
      const opens = c === LEFT || c === BACKTICK || (c === DOUBLE && opensAt(text, at))
      if (doubled) at++
      if (first === 0) first = opens ? 1 : 2
      last = opens ? 1 : 2
    }
    // Continues the quotation: the previous sentence ended inside one, or this one starts by closing one, or
    // it opens a quotation right after a quoted sentence (`"…," he said. "The only thing…`: the same speaker).
    const opensAtStart = first === 1 && (text.charCodeAt(0) === DOUBLE || text.charCodeAt(0) === LEFT || text.charCodeAt(0) === BACKTICK)
    if (k > 0 && (open || first === 2 || (opensAtStart && quoted))) joins[k] = 1
    open = last === 1
    quoted = first !== 0
  }
  return joins
}

const DOUBLE = 0x22
const LEFT = 0x201c
const RIGHT = 0x201d
const BACKTICK = 0x60
const APOSTROPHE = 0x27
const RIGHT_SINGLE = 0x2019
const SPACE_OR_OPEN = /[\s(\[{—–-]/u

/** A straight quote opens after a space or an opening bracket (or at the start) and before a non-space. */
function opensAt(text: string, at: number): boolean {
  const prev = at === 0 ? ' ' : text[at - 1]
  const next = at + 1 < text.length ? text[at + 1] : ' '
  return SPACE_OR_OPEN.test(prev) && !/\s/u.test(next)
}
