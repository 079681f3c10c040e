import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { delimitedHeader, writeDelimited } from '../../../shared/lib/export/write-delimited'
import { hostile, hostileExportPair, reviewedSeedPair, seedExportPair } from './export-fixtures'

const read = (text: string, delimiter: ',' | '\t', bom = false) =>
  parse(text, { delimiter, bom, relax_column_count: false, record_delimiter: '\r\n' }) as string[][]

describe('CSV and TSV export', () => {
  for (const delimiter of [',', '\t'] as const) {
    const name = delimiter === ',' ? 'CSV' : 'TSV'

    it(`${name}: a header row and one row per link of the seed pairs, omissions included, read back by a parser`, () => {
      const pairs = [seedExportPair('deepseek'), seedExportPair('openai'), hostileExportPair()]
      const rows = read(writeDelimited(pairs, { only: 'all' }, delimiter), delimiter)
      expect(rows[0]).toEqual([...delimitedHeader])
      const links = pairs.flatMap((p) => p.comparison.links.map((l) => ({ p, l })))
      expect(rows).toHaveLength(links.length + 1)
      const first = pairs[0].comparison
      expect(rows[1].slice(0, 3)).toEqual([pairs[0].ko.id, pairs[0].en.id, first.links[0].id])
      expect(rows[1][5]).toBe(first.links[0].ko.map((i) => first.ko[i].text).join(' '))
      const omission = rows.find((r) => r[1] === pairs[2].en.id && r[4] === '')
      expect(omission?.[5]).toContain('넷스코프')
    })

    it(`${name}: hostile text comes back exactly, with formula starts defused`, () => {
      const pair = hostileExportPair()
      const rows = read(writeDelimited([pair], { only: 'all' }, delimiter), delimiter).slice(1)
      const c = pair.comparison
      rows.forEach((row, i) => {
        // As UTF-8 carries it: a lone surrogate becomes U+FFFD.
        const ko = Buffer.from(c.links[i].ko.map((k) => c.ko[k].text).join(' ')).toString('utf8')
        expect(row[5]).toBe(/^[=+\-@]/.test(ko) ? `'${ko}` : ko)
      })
      // The second sentence starts with =HYPERLINK(…): written with a leading apostrophe, never as a formula.
      const formulaRow = rows.find((r) => r[5].includes('HYPERLINK'))!
      expect(formulaRow[5].startsWith(`'${hostile.formula}`)).toBe(true)
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    })
  }

  it('starts with a BOM only when asked, and quotes embedded quotes, commas and line breaks (RFC 4180)', () => {
    const { pair } = reviewedSeedPair()
    const plain = writeDelimited([pair], { only: 'flagged' }, ',')
    const withBom = writeDelimited([pair], { only: 'flagged', bom: true }, ',')
    expect(plain.charCodeAt(0)).not.toBe(0xfeff)
    expect(withBom.charCodeAt(0)).toBe(0xfeff)
    expect(withBom.slice(1)).toBe(plain)
    const rows = read(withBom, ',', true)
    expect(rows[0][0]).toBe('ko_article')
    expect(rows.slice(1).every((r) => r[9] !== '')).toBe(true)
    const confirmed = read(writeDelimited([pair], { only: 'confirmed' }, ','), ',')
    expect(confirmed).toHaveLength(2)
    expect(confirmed[1][10]).toMatch(/: confirmed/)
    expect(confirmed[1][11]).toContain(`Date dropped ${hostile.script}`)
    expect(plain).toMatch(/\r\n$/)
  })
})
