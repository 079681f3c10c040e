import { verdictOf, type PlacedAnnotation, type Verdict } from '../../models/annotation'
import type { ArticleSentence, ComparisonFinding, ComparisonLink } from '../../models/comparison'
import type { ExportOnly, ExportPair } from '../../models/export'

/** A finding as exported: with the verdict a reviewer gave it and the annotations that gave it. */
export interface ExportFinding {
  readonly finding: ComparisonFinding
  readonly verdict: Verdict | null
  /** The annotations judging this finding (their notes travel with it). */
  readonly judgements: readonly PlacedAnnotation[]
}

/** One link as every writer sees it: its sentences, its findings with verdicts, and the notes placed on it. */
export interface ExportLink {
  readonly link: ComparisonLink
  /** Position of the link in its comparison (0-based), for ids a format needs to be short. */
  readonly index: number
  readonly ko: readonly ArticleSentence[]
  readonly en: readonly ArticleSentence[]
  /** The sentences of each side joined by a space ('' for an empty side). */
  readonly koText: string
  readonly enText: string
  readonly findings: readonly ExportFinding[]
  /** Annotations on the link's text that judge no finding of it. */
  readonly notes: readonly PlacedAnnotation[]
}

export interface ExportPairView {
  readonly pair: ExportPair
  /** The links that pass the `only` filter, in order. */
  readonly links: readonly ExportLink[]
  /** Annotations whose text can no longer be found: listed with their quote, never dropped. */
  readonly orphans: readonly PlacedAnnotation[]
  /** Annotations that are not orphaned but fall in no link of the comparison and judge none of its findings. */
  readonly unplaced: readonly PlacedAnnotation[]
}

/** What a reviewer wrote, in one line: status, tags and note. */
export function annotationSummary(annotation: PlacedAnnotation): string {
  const parts: string[] = []
  if (annotation.status) parts.push(`[${annotation.status}]`)
  if (annotation.tags.length > 0) parts.push(annotation.tags.map((t) => `#${t}`).join(' '))
  if (annotation.note.trim()) parts.push(annotation.note.trim())
  return parts.join(' ')
}

/** The words an annotation is about, as it quoted them. */
export function annotationQuote(annotation: PlacedAnnotation): string {
  return annotation.anchors.map((a) => a.quote).join(' … ')
}

/** A finding in one line: kind, message and the two values where it has them. */
export function findingSummary(finding: ComparisonFinding): string {
  const values = finding.koValue !== undefined || finding.enValue !== undefined ? ` (${finding.koValue ?? '—'} → ${finding.enValue ?? '—'})` : ''
  return `${finding.kind}: ${finding.message}${values}`
}

/**
 * Attaches findings, verdicts and notes to the links of a pair and keeps the links `only` asks for:
 * `flagged` links have at least one finding, `confirmed` ones a finding whose verdict is confirmed.
 * A finding belongs to the link holding its first Korean sentence (its first English one for an addition).
 */
export function exportPairView(pair: ExportPair, only: ExportOnly): ExportPairView {
  const { comparison, annotations } = pair
  const linkOfKo = new Map<number, number>()
  const linkOfEn = new Map<number, number>()
  comparison.links.forEach((link, i) => {
    for (const k of link.ko) linkOfKo.set(k, i)
    for (const e of link.en) linkOfEn.set(e, i)
  })

  const judgementsOf = new Map<string, PlacedAnnotation[]>()
  const findingIds = new Set(comparison.findings.map((f) => f.id))
  const orphans: PlacedAnnotation[] = []
  const onLinks: PlacedAnnotation[] = []
  for (const annotation of annotations) {
    if (annotation.placement.orphaned) orphans.push(annotation)
    else if (annotation.placement.findingId !== null && findingIds.has(annotation.placement.findingId)) {
      const list = judgementsOf.get(annotation.placement.findingId) ?? []
      list.push(annotation)
      judgementsOf.set(annotation.placement.findingId, list)
    } else onLinks.push(annotation)
  }

  const findingsOf = new Map<number, ExportFinding[]>()
  for (const finding of comparison.findings) {
    const at = finding.ko.length > 0 ? linkOfKo.get(finding.ko[0]) : linkOfEn.get(finding.en[0])
    if (at === undefined) continue
    const judgements = judgementsOf.get(finding.id) ?? []
    // The latest verdict counts when a finding was judged more than once.
    const judged = [...judgements].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).reverse()
    const verdict = judged.map(verdictOf).find((v) => v !== null) ?? null
    const list = findingsOf.get(at) ?? []
    list.push({ finding, verdict, judgements })
    findingsOf.set(at, list)
  }

  const links: ExportLink[] = []
  comparison.links.forEach((link, index) => {
    const findings = findingsOf.get(index) ?? []
    if (only === 'flagged' && findings.length === 0) return
    if (only === 'confirmed' && !findings.some((f) => f.verdict === 'confirmed')) return
    const ko = link.ko.map((i) => comparison.ko[i])
    const en = link.en.map((i) => comparison.en[i])
    const notes = onLinks.filter((a) => a.placement.linkIds.includes(link.id))
    links.push({ link, index, ko, en, koText: ko.map((s) => s.text).join(' '), enText: en.map((s) => s.text).join(' '), findings, notes })
  })
  const linkIds = new Set(comparison.links.map((l) => l.id))
  const unplaced = onLinks.filter((a) => !a.placement.linkIds.some((id) => linkIds.has(id)))
  return { pair, links, orphans, unplaced }
}
