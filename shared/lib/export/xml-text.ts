/**
 * Escaping for XML (TMX, XLIFF) and HTML. Every character a page can hold must come out as text: markup
 * characters become entities, and characters XML 1.0 cannot carry at all (C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, since no escape makes them
 * well-formed.
 */

// Valid XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; with the `u` flag a
// lone surrogate is one code point in [\uD800-\uDFFF], a pair is one astral code point (kept).
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** The text with every character XML 1.0 forbids replaced by U+FFFD. */
export function xmlChars(text: string): string {
  return text.replace(notXmlChar, '\uFFFD')
}

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Element content: `&`, `<` and `>` (so `]]>` cannot occur) as entities. */
export function escapeXmlText(text: string): string {
  return xmlChars(text).replace(/[&<>]/g, (c) => textEntities[c])
}

const attributeEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A parser normalises literal tabs and line breaks in attributes to spaces; references keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/** An attribute value (for either quote character). */
export function escapeXmlAttribute(value: string): string {
  return xmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => attributeEntities[c])
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** HTML text and attribute values (either quote style). */
export function escapeHtml(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => htmlEntities[c])
}
