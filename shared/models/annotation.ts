/**
 * A reviewer's note on what they read: on a span of text, a sentence, a whole link, or a finding (a verdict).
 * Annotations are kept in the store per library folder and per pair, anchored to the article text rather than
 * to positions in a comparison, so they survive re-alignment and a re-import of the same page.
 */
export type AnnotationStatus = 'error' | 'false-alarm' | 'fixed' | 'question'

/** The statuses in the order the UI offers them. */
export const annotationStatuses: readonly AnnotationStatus[] = ['error', 'false-alarm', 'fixed', 'question']

/** A finding's verdict is the status of the annotation on it: `error` confirms it, `false-alarm` dismisses it. */
export type Verdict = 'confirmed' | 'false-alarm'

/**
 * Where an annotation sits in one article's body: paragraph offsets plus the quoted words and a little
 * context on each side, so it can be found again when the offsets no longer fit (the page text changed).
 */
export interface TextAnchor {
  readonly side: 'ko' | 'en'
  readonly paragraph: number
  /** Offsets inside the paragraph, [start, end). */
  readonly start: number
  readonly end: number
  readonly quote: string
  /** Up to 32 characters before and after the quote in its paragraph. */
  readonly prefix: string
  readonly suffix: string
}

/** What the annotation is about. Link and finding ids are hints; the anchors are what places it. */
export type AnnotationTarget =
  | { readonly kind: 'text' }
  | { readonly kind: 'link'; readonly linkId: string }
  | { readonly kind: 'finding'; readonly findingId: string; readonly findingKind: string }

export interface Annotation {
  readonly id: string
  /** The pair's article ids. */
  readonly ko: string
  readonly en: string
  readonly target: AnnotationTarget
  /** One anchor per side the annotation covers (a link or finding may cover both). */
  readonly anchors: readonly TextAnchor[]
  readonly note: string
  readonly tags: readonly string[]
  readonly status: AnnotationStatus | null
  /** ISO 8601. */
  readonly createdAt: string
  readonly updatedAt: string
}

/** What the UI sends to create (id null) or change an annotation; the handlers stamp ids and times. */
export type AnnotationDraft = Omit<Annotation, 'id' | 'createdAt' | 'updatedAt'> & { readonly id: string | null }

/** Where an annotation lands in the current comparison of its pair. */
export interface AnnotationPlacement {
  /** True when its text can no longer be found: listed with its quote, never dropped. */
  readonly orphaned: boolean
  /** Current anchors (offsets re-found in today's text); empty when orphaned. */
  readonly anchors: readonly TextAnchor[]
  /** Ids of the current links its anchors fall in. */
  readonly linkIds: readonly string[]
  /** Id of the current finding it judges, for a verdict whose finding still exists. */
  readonly findingId: string | null
}

export interface PlacedAnnotation extends Annotation {
  readonly placement: AnnotationPlacement
}

/** The verdict an annotation gives its finding, or null when it gives none. */
export function verdictOf(annotation: Pick<Annotation, 'target' | 'status'>): Verdict | null {
  if (annotation.target.kind !== 'finding') return null
  if (annotation.status === 'error') return 'confirmed'
  if (annotation.status === 'false-alarm') return 'false-alarm'
  return null
}
