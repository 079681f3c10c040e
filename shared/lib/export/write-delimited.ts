import type { ExportOptions, ExportPair } from '../../models/export'
import { quoteCell, textCell } from './delimited-cell'
import { annotationSummary, exportPairView, findingSummary } from './export-view'

export const delimitedHeader = [
  'ko_article',
  'en_article',
  'link',
  'ko_sentences',
  'en_sentences',
  'korean',
  'english',
  'score',
  'low_confidence',
  'findings',
  'verdicts',
  'notes',
] as const

/**
 * CSV (comma) or TSV (tab): a header row, then one row per exported link, omissions and additions included
 * (one side empty). Lines end in CRLF as RFC 4180 says; a cell with several findings or notes holds them on
 * separate lines inside its quotes. TSV uses the same quoting with a tab, which spreadsheets and CSV parsers
 * read; strict TSV has no quoting at all and could not carry a sentence with a tab in it.
 */
export function writeDelimited(pairs: readonly ExportPair[], options: ExportOptions, delimiter: ',' | '\t'): string {
  const cell = (value: string) => textCell(value, delimiter)
  const rows: string[] = [delimitedHeader.map((h) => quoteCell(h, delimiter)).join(delimiter)]
  for (const pair of pairs) {
    for (const link of exportPairView(pair, options.only).links) {
      const reviewer = [...link.findings.flatMap((f) => f.judgements.filter((j) => j.note.trim() || j.tags.length)), ...link.notes]
      rows.push(
        [
          cell(pair.ko.id),
          cell(pair.en.id),
          cell(link.link.id),
          cell(link.link.ko.join(' ')),
          cell(link.link.en.join(' ')),
          cell(link.koText),
          cell(link.enText),
          link.link.score.toFixed(2),
          link.link.lowConfidence ? 'yes' : 'no',
          cell(link.findings.map((f) => findingSummary(f.finding)).join('\n')),
          cell(link.findings.filter((f) => f.verdict).map((f) => `${f.finding.kind}: ${f.verdict}`).join('\n')),
          cell(reviewer.map(annotationSummary).join('\n')),
        ].join(delimiter),
      )
    }
  }
  return (options.bom ? '\uFEFF' : '') + rows.join('\r\n') + '\r\n'
}
