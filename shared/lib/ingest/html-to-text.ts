/**
 * Saved web pages arrive as HTML as often as as text captures. This turns HTML into the plain text the
 * layout parsers read: scripts, styles and comments dropped, block elements on lines of their own,
 * paragraphs separated by blank lines, inline tags removed, entities decoded. Tolerant of broken markup:
 * an unclosed tag or a stray `<` never throws.
 */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[!?][^>]*>/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|section|article|header|footer|main|aside|nav|h[1-6]|li|ul|ol|table|tr|blockquote|figure|figcaption|title|body|html)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
  text = decodeEntities(text)
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** True when the text is markup rather than a text capture: a doctype, an <html> tag, or tag-dense lines. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|br|h[1-6]|body|li|table|img|script)\b[^>]*>/gi)
  return (tags?.length ?? 0) >= 5
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[body.toLowerCase()] ?? whole
  })
}

/** The text the layout parsers read: a saved HTML page reduced to text, a text capture as it is. */
export function pageText(decoded: string): string {
  return looksLikeHtml(decoded) ? htmlToText(decoded) : decoded
}
