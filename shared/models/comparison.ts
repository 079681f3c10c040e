import type { AlignmentLink } from './alignment'
import type { Finding } from './finding'
import type { Sentence } from './sentence'

/** A sentence of an article: offsets point into paragraph `paragraph` of the article's body. */
export interface ArticleSentence extends Sentence {
  readonly paragraph: number
}

/**
 * A link or finding of a comparison carries an id built from the offsets of the sentences it covers (and, for
 * a finding, its kind and spans), never from positions in arrays: the same words linked the same way keep the
 * same id across a reload, a re-import of the page and a re-alignment, so notes and corrections can refer to it.
 */
export interface ComparisonLink extends AlignmentLink {
  readonly id: string
  /** Set by the reader (merged, split, moved, relinked): kept as a fixed anchor when the pair is aligned again. */
  readonly hand?: boolean
}

export interface ComparisonFinding extends Finding {
  readonly id: string
}

/** A Korean text and its English version, aligned sentence by sentence, with what the check found. */
export interface Comparison {
  readonly ko: readonly ArticleSentence[]
  readonly en: readonly ArticleSentence[]
  readonly links: readonly ComparisonLink[]
  readonly findings: readonly ComparisonFinding[]
  /** Hand-set links stored for the pair that no longer fit its text (the page changed there) and were left out. */
  readonly correctionsLost?: number
}
