import { kobiVersion, type ExportOptions, type ExportPair } from '../../models/export'
import { annotationSummary, exportPairView, findingSummary, type ExportLink } from './export-view'
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text'

/** TMX wants dates as YYYYMMDDThhmmssZ (UTC). */
export function tmxDate(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

/**
 * TMX 1.4b: one `<tu>` per link with text on both sides (a translation memory holds translations; a sentence
 * the English left out is no translation of it, so omissions and additions stay out). Each unit carries
 * the pair, the link and its score as `x-` properties (TMX reserves unprefixed types), each finding and
 * verdict as a property for tools and as a `<note>` for people, and the reviewer's notes as notes. No
 * DOCTYPE: OmegaT, Trados and memoQ read TMX without one, and a SYSTEM id would send some tools looking for a
 * DTD file beside the export. The DTD validates it all the same (test/fixtures/schemas/tmx14.dtd).
 */
export function writeTmx(pairs: readonly ExportPair[], options: ExportOptions): string {
  const date = options.createdAt ? ` creationdate="${tmxDate(options.createdAt)}"` : ''
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="KoBi Reader" creationtoolversion="${kobiVersion}" segtype="sentence" o-tmf="KoBi Reader" adminlang="en-US" srclang="ko-KR" datatype="plaintext"${date}/>`,
    '  <body>',
  ]
  for (const pair of pairs) {
    for (const link of exportPairView(pair, options.only).links) {
      if (link.ko.length === 0 || link.en.length === 0) continue
      out.push(...translationUnit(pair, link))
    }
  }
  out.push('  </body>', '</tmx>', '')
  return out.join('\n')
}

function translationUnit(pair: ExportPair, link: ExportLink): string[] {
  const prop = (type: string, value: string) => `      <prop type="${attr(type)}">${text(value)}</prop>`
  const note = (value: string) => `      <note>${text(value)}</note>`
  const lines = [
    `    <tu tuid="${attr(`${pair.ko.id} ${link.link.id}`)}"${link.ko.length + link.en.length > 2 ? ' segtype="block"' : ''}>`,
    prop('x-kobi-ko-article', pair.ko.id),
    prop('x-kobi-en-article', pair.en.id),
    prop('x-kobi-link', link.link.id),
    prop('x-kobi-score', link.link.score.toFixed(2)),
  ]
  if (link.link.lowConfidence) lines.push(prop('x-kobi-low-confidence', 'yes'))
  for (const f of link.findings) {
    lines.push(prop('x-kobi-finding', f.finding.kind))
    if (f.verdict) lines.push(prop('x-kobi-verdict', `${f.finding.kind}: ${f.verdict}`))
    lines.push(note(`Finding: ${findingSummary(f.finding)}${f.verdict ? ` — verdict: ${f.verdict}` : ''}`))
    for (const j of f.judgements) if (j.note.trim() || j.tags.length) lines.push(note(`Reviewer: ${annotationSummary(j)}`))
  }
  for (const n of link.notes) lines.push(note(`Reviewer: ${annotationSummary(n)}`))
  lines.push(
    `      <tuv xml:lang="ko-KR"><seg>${text(link.koText)}</seg></tuv>`,
    `      <tuv xml:lang="en-US"><seg>${text(link.enText)}</seg></tuv>`,
    '    </tu>',
  )
  return lines
}
