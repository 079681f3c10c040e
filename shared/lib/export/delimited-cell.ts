/**
 * One cell of a CSV or TSV file, quoted as RFC 4180 says (a cell holding the delimiter, a quote or a line
 * break is wrapped in quotes, quotes doubled), and made safe against formula injection: a spreadsheet runs a
 * cell that starts with = + - @ (or a tab or carriage return, which some strip first) as a formula, so such a
 * cell gets a leading apostrophe, as OWASP recommends. Numbers the exporter writes itself are not text cells
 * and are left alone.
 */
const formulaStart = /^[=+\-@\t\r]/

// A lone surrogate cannot be written as UTF-8: it becomes U+FFFD here rather than in the encoder.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function textCell(text: string, delimiter: ',' | '\t'): string {
  const value = text.replace(loneSurrogate, '\uFFFD')
  const safe = formulaStart.test(value) ? `'${value}` : value
  return quoteCell(safe, delimiter)
}

export function quoteCell(value: string, delimiter: ',' | '\t'): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value)
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value
}
