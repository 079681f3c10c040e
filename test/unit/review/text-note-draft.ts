import { makeTextAnchor } from '../../../shared/lib/review/text-anchor'
import type { AnnotationDraft } from '../../../shared/models/annotation'

/** A new note on the first place `quote` stands in the Korean paragraphs of pair ko ↔ en, as the reader saves one. */
export function textNoteDraft(ko: string, en: string, paragraphs: readonly string[], quote: string, extra: Partial<AnnotationDraft> = {}): AnnotationDraft {
  const paragraph = paragraphs.findIndex((p) => p.includes(quote))
  const start = paragraphs[paragraph].indexOf(quote)
  return {
    id: null,
    ko,
    en,
    target: { kind: 'text' },
    anchors: [makeTextAnchor(paragraphs, 'ko', paragraph, start, start + quote.length)],
    note: 'Check this figure',
    tags: [],
    status: 'question',
    ...extra,
  }
}
