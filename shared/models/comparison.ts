import type { AlignmentLink } from './alignment'
import type { Finding } from './finding'
import type { Sentence } from './sentence'

/** A sentence of an article: offsets point into paragraph `paragraph` of the article's body. */
export interface ArticleSentence extends Sentence {
  readonly paragraph: number
}

/** A Korean text and its English version, aligned sentence by sentence, with what the check found. */
export interface Comparison {
  readonly ko: readonly ArticleSentence[]
  readonly en: readonly ArticleSentence[]
  readonly links: readonly AlignmentLink[]
  readonly findings: readonly Finding[]
}
