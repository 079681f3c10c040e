/**
 * The matches `text.matchAll(pattern)` yields, in order, as an array: the figure readers run a dozen global
 * patterns over every sentence, and matchAll copies its pattern and builds an iterator on each call, which
 * cost more than most of the scans (a CPU profile of 10,000 kpc-dev sentences). Like matchAll it starts at
 * the pattern's lastIndex, steps over an empty match by one character (one code point with the u or v flag)
 * and leaves the pattern's lastIndex as it found it.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern, as matchAll does')
  const found: RegExpExecArray[] = []
  const start = pattern.lastIndex
  let m: RegExpExecArray | null
  try {
    while ((m = pattern.exec(text)) !== null) {
      found.push(m)
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'))
    }
  } finally {
    pattern.lastIndex = start
  }
  return found
}

function advance(text: string, at: number, byCodePoint: boolean): number {
  if (!byCodePoint || at + 1 >= text.length) return at + 1
  const code = text.charCodeAt(at)
  const next = text.charCodeAt(at + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1
}
