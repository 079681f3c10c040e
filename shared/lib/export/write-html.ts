import type { PlacedAnnotation } from '../../models/annotation'
import type { Article } from '../../models/article'
import type { ArticleSentence } from '../../models/comparison'
import type { ExportOptions, ExportPair } from '../../models/export'
import type { TextSpan } from '../../models/span'
import { annotationQuote, annotationSummary, exportPairView, type ExportFinding, type ExportLink, type ExportPairView } from './export-view'
import { htmlReportStyle } from './html-report-style'
import { escapeHtml as h } from './xml-text'

/**
 * The report's own policy: inline styles only, no script, nothing fetched. Text is escaped as it is written;
 * this stops anything that got past that from running or calling out.
 */
const reportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

const onlyLabel = { all: 'all links', flagged: 'links with a finding', confirmed: 'links with a confirmed finding' } as const

/**
 * A self-contained HTML report: per pair, both titles and their details, the aligned sentences side by side
 * with the figures in question highlighted, and each link's findings, verdicts and notes; notes whose text is
 * gone are listed with their quote. One file, styles inline, no script, nothing loaded from the network.
 */
export function writeHtml(pairs: readonly ExportPair[], options: ExportOptions): string {
  const views = pairs.map((p) => exportPairView(p, options.only))
  const title = pairs.length === 1 ? `Translation check: ${pairs[0].ko.title}` : `Translation check: ${pairs.length} pairs`
  const findings = views.flatMap((v) => v.links.flatMap((l) => l.findings))
  const when = options.createdAt ? ` · exported ${h(options.createdAt.slice(0, 16).replace('T', ' '))} UTC` : ''
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(reportPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(title)}</title>`,
    // The font rules come from the app, not the page; a `<` could still only end the style element, so none passes.
    `<style>${(options.fontCss ?? '').replace(/</g, '')}${htmlReportStyle}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
    `<p class="muted">KoBi Reader · ${h(onlyLabel[options.only])}${when}</p>`,
    '<table class="summary"><tbody>',
    `<tr><th scope="row">Pairs</th><td>${pairs.length}</td></tr>`,
    `<tr><th scope="row">Links</th><td>${views.reduce((n, v) => n + v.links.length, 0)}</td></tr>`,
    `<tr><th scope="row">Findings</th><td>${findings.length}</td></tr>`,
    `<tr><th scope="row">Confirmed</th><td>${findings.filter((f) => f.verdict === 'confirmed').length}</td></tr>`,
    `<tr><th scope="row">False alarms</th><td>${findings.filter((f) => f.verdict === 'false-alarm').length}</td></tr>`,
    '</tbody></table>',
    ...views.map((v, i) => pairSection(v, i + 1)),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function details(a: Article): string {
  const published = a.publishedAt ? a.publishedAt.replace('T', ' ').replace(/:\d\d([+-]\d\d:\d\d|Z)$/, ' ($1)') : null
  const parts = [a.source, published, a.byline, a.translator ? `translated by ${a.translator}` : null].filter((p): p is string => !!p)
  return parts.map(h).join(' · ')
}

function pairSection(view: ExportPairView, n: number): string {
  const { ko, en } = view.pair
  const gone = [...view.orphans, ...view.unplaced]
  return [
    `<section class="pair" id="pair-${n}">`,
    `<h2>Pair ${n}</h2>`,
    '<div class="titles">',
    `<div><p lang="ko">${h(ko.title)}</p><div class="meta">${details(ko)}</div></div>`,
    `<div><p lang="en">${h(en.title)}</p><div class="meta">${details(en)}</div></div>`,
    '</div>',
    view.links.length === 0
      ? '<p class="muted">No link of this pair matches the filter.</p>'
      : [
          '<table class="aligned">',
          '<colgroup><col class="n"><col><col><col class="notes"></colgroup>',
          '<thead><tr><th scope="col">#</th><th scope="col">Korean</th><th scope="col">English</th><th scope="col">Findings and notes</th></tr></thead>',
          '<tbody>',
          ...view.links.map(row),
          '</tbody>',
          '</table>',
        ].join('\n'),
    gone.length > 0 ? orphanList(gone) : '',
    '</section>',
  ].join('\n')
}

function row(link: ExportLink): string {
  const classes = [
    link.findings.length > 0 ? 'flagged' : '',
    link.en.length === 0 ? 'omission' : '',
    link.ko.length === 0 ? 'addition' : '',
  ].filter(Boolean)
  const koCell = link.ko.length === 0 ? 'No Korean source' : sentences(link.ko, link.link.ko, link.findings, 'ko')
  const enCell = link.en.length === 0 ? 'Not in the English' : sentences(link.en, link.link.en, link.findings, 'en')
  const low = link.link.lowConfidence ? `<div class="low" title="score ${link.link.score.toFixed(2)}">uncertain link</div>` : ''
  return [
    `<tr${classes.length ? ` class="${classes.join(' ')}"` : ''}>`,
    `<td>${link.index + 1}${low}</td>`,
    `<td class="ko" lang="ko">${koCell}</td>`,
    `<td class="en" lang="en">${enCell}</td>`,
    `<td>${findingList(link.findings)}${link.notes.map(noteBlock).join('')}</td>`,
    '</tr>',
  ].join('')
}

/** The sentences of one side, with each finding's span marked inside the sentence it points at. */
function sentences(list: readonly ArticleSentence[], indices: readonly number[], findings: readonly ExportFinding[], side: 'ko' | 'en'): string {
  return list
    .map((sentence, i) => {
      const spans = findings
        .map(({ finding }) => {
          const span = side === 'ko' ? finding.koSpan : finding.enSpan
          const first = side === 'ko' ? finding.ko[0] : finding.en[0]
          return span && first === indices[i] ? { span, kind: finding.kind as string } : null
        })
        .filter((s) => s !== null)
      return `<span class="sentence">${marked(sentence.text, spans)}</span>`
    })
    .join('')
}

function marked(text: string, spans: readonly { span: TextSpan; kind: string }[]): string {
  const sorted = [...spans].sort((a, b) => a.span.start - b.span.start)
  let out = ''
  let at = 0
  for (const { span, kind } of sorted) {
    const start = Math.max(at, Math.min(span.start, text.length))
    const end = Math.min(span.end, text.length)
    // Overlapping or empty spans: the first one wins.
    if (end <= start) continue
    out += h(text.slice(at, start)) + `<mark class="${h(kind)}">${h(text.slice(start, end))}</mark>`
    at = end
  }
  return out + h(text.slice(at))
}

function findingList(findings: readonly ExportFinding[]): string {
  if (findings.length === 0) return ''
  const items = findings.map(({ finding, verdict, judgements }) => {
    const values = finding.koValue !== undefined || finding.enValue !== undefined
      ? ` <span class="values">(<span lang="ko">${h(finding.koValue ?? '—')}</span> → <span lang="en">${h(finding.enValue ?? '—')}</span>)</span>`
      : ''
    const badge = verdict ? ` <span class="verdict ${verdict}">${verdict === 'confirmed' ? 'confirmed' : 'false alarm'}</span>` : ''
    const notes = judgements.filter((j) => j.note.trim() || j.tags.length).map(noteBlock).join('')
    return `<li><span class="kind">${h(finding.kind)}</span>${badge}: ${h(finding.message)}${values}${notes}</li>`
  })
  return `<ul class="findings">${items.join('')}</ul>`
}

function noteBlock(a: PlacedAnnotation): string {
  return `<p class="note">${h(annotationSummary(a))}</p>`
}

function orphanList(annotations: readonly PlacedAnnotation[]): string {
  const items = annotations.map((a) => `<li><span class="quote">“${h(annotationQuote(a))}”</span> — ${h(annotationSummary(a))}</li>`)
  return `<h3>Notes whose text is no longer found</h3>\n<ul class="orphans">${items.join('')}</ul>`
}
