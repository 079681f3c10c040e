/** What the rules need to know about a candidate break at `offset` (the first character after it). */
export interface BreakContext {
  readonly text: string
  readonly offset: number
  /** Text before the break, without the whitespace that separates it from the next sentence. */
  readonly before: string
  /** Text from the break on. */
  readonly after: string
  /** True when the break sits on a line break; such breaks are never undone. */
  readonly hard: boolean
  /** True when no whitespace separates the break from the text before it. */
  readonly attached: boolean
}

/** How far back and forward the rules look; sentences rules need only a few words either side. */
const WINDOW = 80

export function breakContext(text: string, offset: number): BreakContext {
  const head = text.slice(Math.max(0, offset - WINDOW), offset)
  const before = head.trimEnd()
  const gap = head.slice(before.length)
  return {
    text,
    offset,
    before,
    after: text.slice(offset, offset + WINDOW),
    hard: gap.includes('\n') || gap.includes('\r') || gap.includes('\u2029'),
    attached: gap.length === 0,
  }
}
