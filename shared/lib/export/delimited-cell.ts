/**
 * One cell of a CSV or TSV file, quoted as RFC 4180 says (a cell holding the delimiter, a quote or a line
 * break is wrapped in quotes, quotes doubled), and made safe against formula injection: a spreadsheet runs a
 * cell that starts with = + - @ (or a tab or carriage return, which some strip first) as a formula, so such a
 * cell gets a leading apostrophe, as OWASP recommends. Numbers the exporter writes itself are not text cells
 * and are left alone.
 */
const formulaStart = /^[=+\-@\t\r]/

export function textCell(value: string, delimiter: ',' | '\t'): string {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return quoteCell(safe, delimiter)
}

export function quoteCell(value: string, delimiter: ',' | '\t'): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value)
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value
}
