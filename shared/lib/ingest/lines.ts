import type { TextSpan } from '../../models/span'

/** One line of a page, with its offsets (the line break is not part of it). */
export interface Line extends TextSpan {
  readonly text: string
}

/** Splits on LF, leaving a CR before the LF outside the line so offsets stay exact on unnormalised text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    let next = text.indexOf('\n', start)
    if (next === -1) next = text.length
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next
    lines.push({ text: text.slice(start, end), start, end })
    start = next + 1
  }
  return lines
}

/** Blank includes lines of only nbsp, zero-width spaces or a BOM, which page captures are full of. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b\u200c\u200d\u2060]*$/u.test(text)
}
