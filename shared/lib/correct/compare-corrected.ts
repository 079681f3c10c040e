import type { AlignmentLink } from '../../models/alignment'
import type { Article } from '../../models/article'
import type { Comparison } from '../../models/comparison'
import type { LinkSpec } from '../../models/link-edit'
import { alignSentences } from '../align/align-sentences'
import type { ProfileOptions } from '../align/build-profiles'
import { compareArticles } from '../compare/compare-articles'
import { segmentParagraphs } from '../compare/segment-paragraphs'
import { correctComparison } from './correct-comparison'

/** The reader's links to keep when comparing a pair. */
export interface Corrections {
  readonly given: readonly LinkSpec[]
  /** The alignment to keep wherever it fits (by sentence index); null for the automatic one. */
  readonly fallback: readonly AlignmentLink[] | null
  /** Keep the fallback's omissions and additions too: restores it exactly (undo, redo). */
  readonly keepFallbackOneSided?: boolean
}

/** Compares two articles as the app shows them: aligned afresh, or around the reader's links when there are any. */
export function compareCorrected(koArticle: Article, enArticle: Article, options: ProfileOptions, corrections?: Corrections): Comparison {
  if (!corrections) return compareArticles(koArticle, enArticle, options)
  const ko = segmentParagraphs(koArticle.paragraphs, 'ko')
  const en = segmentParagraphs(enArticle.paragraphs, 'en')
  const align = (k: readonly string[], e: readonly string[]) => alignSentences(k, e, options)
  const fallback =
    corrections.fallback ??
    align(
      ko.map((s) => s.text),
      en.map((s) => s.text),
    )
  return correctComparison(ko, en, corrections.given, fallback, align, corrections.keepFallbackOneSided === true)
}
