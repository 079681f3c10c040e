import type { ExportOptions, ExportPair } from '../../models/export'
import { annotationQuote, annotationSummary, exportPairView, findingSummary, type ExportLink, type ExportPairView } from './export-view'
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text'

/**
 * XLIFF 2.0 (core only): one `<file>` per pair, one `<unit>` per link, its findings, verdicts and the
 * reviewer's notes as `<note>`s. Unit ids must be NMTOKENs, which link ids (with spaces and brackets) are not,
 * so units are numbered and carry the link id as their `name`.
 *
 * Links with an empty side still get a unit, so the file holds every exported link as the CSV and JSON do:
 * - an omission (Korean with no English) is a segment with a source and no target: the schema allows it and
 *   CAT tools show it as untranslated, which is the truth; XLIFF requires such a segment's state to be
 *   `initial`, so it has none. An empty `<target/>` would claim the translation is the empty string.
 * - an addition (English with no Korean) has an empty source and the English as target, in a unit marked
 *   `translate="no"` with a note saying why: CAT tools skip empty sources rather than fail on them, and keep
 *   the unit as it is when they write the file back.
 */
export function writeXliff(pairs: readonly ExportPair[], options: ExportOptions): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko-KR" trgLang="en-US">',
  ]
  const views = pairs.map((p) => exportPairView(p, options.only))
  views.forEach((view, i) => {
    // A file needs at least one unit: a pair the filter emptied is left out.
    if (view.links.length > 0) out.push(...file(view, i + 1))
  })
  if (!views.some((v) => v.links.length > 0)) {
    // The document needs at least one file: say that nothing matched rather than write an invalid one.
    out.push(
      '  <file id="f0">',
      '    <unit id="u0" translate="no">',
      `      <notes><note category="kobi">${text(`No link matched the export filter (${options.only}).`)}</note></notes>`,
      '      <segment><source/></segment>',
      '    </unit>',
      '  </file>',
    )
  }
  out.push('</xliff>', '')
  return out.join('\n')
}

function note(category: string, value: string, extra = ''): string {
  return `<note category="${attr(category)}"${extra}>${text(value)}</note>`
}

function file(view: ExportPairView, n: number): string[] {
  const { ko, en } = view.pair
  const fileNotes = [
    note('kobi', `Korean: ${ko.title} (${ko.id}); English: ${en.title} (${en.id})`),
    ...[...view.orphans, ...view.unplaced].map((a) => note('reviewer', `Note whose text is gone: “${annotationQuote(a)}” — ${annotationSummary(a)}`)),
  ]
  return [
    `  <file id="f${n}" original="${attr(ko.source)}">`,
    `    <notes>${fileNotes.join('')}</notes>`,
    ...view.links.flatMap((link) => unit(link)),
    '  </file>',
  ]
}

function unit(link: ExportLink): string[] {
  const notes: string[] = []
  if (link.link.lowConfidence) notes.push(note('kobi', `Uncertain link (score ${link.link.score.toFixed(2)}): check it.`))
  for (const f of link.findings) {
    const priority = f.verdict === 'confirmed' ? ' priority="1"' : f.verdict === 'false-alarm' ? ' priority="9"' : ' priority="3"'
    notes.push(note(f.finding.kind, findingSummary(f.finding), priority))
    if (f.verdict) notes.push(note('verdict', `${f.finding.kind}: ${f.verdict}`))
    for (const j of f.judgements) if (j.note.trim() || j.tags.length) notes.push(note('reviewer', annotationSummary(j)))
  }
  for (const n of link.notes) notes.push(note('reviewer', annotationSummary(n)))
  const addition = link.ko.length === 0
  if (addition) notes.push(note('kobi', 'English with no Korean source: nothing to translate.'))
  const open = `    <unit id="u${link.index + 1}" name="${attr(link.link.id)}"${addition ? ' translate="no"' : ''}>`
  const segment =
    link.en.length === 0
      ? `      <segment><source>${text(link.koText)}</source></segment>`
      : `      <segment${addition ? '' : ' state="translated"'}><source>${text(link.koText)}</source><target>${text(link.enText)}</target></segment>`
  return [open, ...(notes.length ? [`      <notes>${notes.join('')}</notes>`] : []), segment, '    </unit>']
}
