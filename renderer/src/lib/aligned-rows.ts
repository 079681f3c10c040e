import type { AlignmentLink } from '../../../shared/models/alignment'
import type { Comparison } from '../../../shared/models/comparison'
import type { Finding, FindingKind } from '../../../shared/models/finding'
import type { TextSpan } from '../../../shared/models/span'

/** A stretch of a sentence that a finding points at (overlapping spans are merged into one mark). */
export interface SentenceMark extends TextSpan {
  /** Indices into `comparison.findings`. */
  readonly findings: readonly number[]
  readonly message: string
}

export interface RowSentence {
  /** Index in its side's sentence list. */
  readonly index: number
  readonly text: string
  readonly marks: readonly SentenceMark[]
}

/** One bead of the alignment as the grid shows it. */
export interface AlignedRow {
  readonly index: number
  readonly link: AlignmentLink
  readonly ko: readonly RowSentence[]
  readonly en: readonly RowSentence[]
  /** Indices into `comparison.findings` of the findings shown on this row. */
  readonly findings: readonly number[]
  readonly kinds: readonly FindingKind[]
}

export interface AlignedRows {
  readonly rows: readonly AlignedRow[]
  /** The row each finding is shown on (-1 when it names no sentence of any row). */
  readonly rowOfFinding: readonly number[]
  /** Finding indices in reading order: by row, then most confident first. */
  readonly findingOrder: readonly number[]
}

/** Lays a comparison out as grid rows, one per link, with each finding placed on its row and its spans marked. */
export function alignedRows(comparison: Comparison): AlignedRows {
  const { links, findings } = comparison
  const rowOfKo = new Map<number, number>()
  const rowOfEn = new Map<number, number>()
  links.forEach((link, row) => {
    for (const i of link.ko) rowOfKo.set(i, row)
    for (const i of link.en) rowOfEn.set(i, row)
  })

  const rowOfFinding = findings.map((f) => rowOfKo.get(f.ko[0]) ?? rowOfEn.get(f.en[0]) ?? -1)
  const koMarks = marksBySentence(findings, comparison.ko, 'ko')
  const enMarks = marksBySentence(findings, comparison.en, 'en')
  const findingsOfRow = new Map<number, number[]>()
  rowOfFinding.forEach((row, finding) => {
    if (row < 0) return
    const list = findingsOfRow.get(row) ?? []
    list.push(finding)
    findingsOfRow.set(row, list)
  })

  const rows = links.map((link, index): AlignedRow => {
    const own = findingsOfRow.get(index) ?? []
    return {
      index,
      link,
      ko: link.ko.map((i) => ({ index: i, text: comparison.ko[i]?.text ?? '', marks: koMarks.get(i) ?? [] })),
      en: link.en.map((i) => ({ index: i, text: comparison.en[i]?.text ?? '', marks: enMarks.get(i) ?? [] })),
      findings: own,
      kinds: [...new Set(own.map((f) => findings[f].kind))],
    }
  })

  const findingOrder = findings
    .map((_, i) => i)
    .filter((i) => rowOfFinding[i] >= 0)
    .sort((a, b) => rowOfFinding[a] - rowOfFinding[b] || findings[b].confidence - findings[a].confidence || a - b)
  return { rows, rowOfFinding, findingOrder }
}

/** Marks per sentence of one side; a span is inside the finding's first sentence of that side. */
function marksBySentence(
  findings: readonly Finding[],
  sentences: readonly { readonly text: string }[],
  side: 'ko' | 'en',
): Map<number, SentenceMark[]> {
  const raw = new Map<number, { start: number; end: number; finding: number }[]>()
  findings.forEach((f, finding) => {
    const span = side === 'ko' ? f.koSpan : f.enSpan
    const sentence = f[side][0]
    const text = sentences[sentence]?.text
    // Offsets come over the wire: ignore any that do not fit the sentence rather than mis-slice it.
    if (!span || text === undefined || !(span.start >= 0 && span.end > span.start && span.end <= text.length)) return
    const list = raw.get(sentence) ?? []
    list.push({ start: span.start, end: span.end, finding })
    raw.set(sentence, list)
  })

  const out = new Map<number, SentenceMark[]>()
  for (const [sentence, spans] of raw) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end)
    const merged: { start: number; end: number; findings: number[] }[] = []
    for (const s of spans) {
      const last = merged[merged.length - 1]
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end)
        if (!last.findings.includes(s.finding)) last.findings.push(s.finding)
      } else {
        merged.push({ start: s.start, end: s.end, findings: [s.finding] })
      }
    }
    out.set(
      sentence,
      merged.map((m) => ({ ...m, message: m.findings.map((f) => findings[f].message).join('\n') })),
    )
  }
  return out
}

export const findingKindLabel: Record<FindingKind, string> = {
  'figure-mismatch': 'Figure',
  omission: 'Omission',
  addition: 'Addition',
}

export const findingKindPlural: Record<FindingKind, [string, string]> = {
  'figure-mismatch': ['figure mismatch', 'figure mismatches'],
  omission: ['omission', 'omissions'],
  addition: ['addition', 'additions'],
}

export const findingKinds: readonly FindingKind[] = ['figure-mismatch', 'omission', 'addition']
