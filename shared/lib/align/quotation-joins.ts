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
    const marks = quoteMarks(texts[k])
    // Continues the quotation: the previous sentence ended inside one, or this one starts by closing one, or
    // it opens a quotation right after a quoted sentence (`"…," he said. "The only thing…`: the same speaker).
    const opensAtStart = marks.length > 0 && marks[0] && OPENS_AT_START.test(texts[k])
    if (k > 0 && (open || (marks.length > 0 && !marks[0]) || (opensAtStart && quoted))) joins[k] = 1
    open = marks.length > 0 && marks[marks.length - 1]
    quoted = marks.length > 0
  }
  return joins
}

const QUOTE = /["“”]/gu
const OPENS_AT_START = /^["“]/u
const SPACE_OR_OPEN = /[\s(\[{—–-]/u

/** The double quotation marks of a sentence in order, each true when it opens a quotation. */
function quoteMarks(text: string): boolean[] {
  const out: boolean[] = []
  for (const m of text.matchAll(QUOTE)) {
    const at = m.index ?? 0
    const mark = m[0]
    if (mark === '“') out.push(true)
    else if (mark === '”') out.push(false)
    else {
      const prev = at === 0 ? ' ' : text[at - 1]
      const next = at + 1 < text.length ? text[at + 1] : ' '
      out.push(SPACE_OR_OPEN.test(prev) && !/\s/u.test(next))
    }
  }
  return out
}
