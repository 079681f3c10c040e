import type { AlignmentLink } from '../../models/alignment'
import type { ArticleSentence, Comparison } from '../../models/comparison'
import type { LinkSpec } from '../../models/link-edit'
import { compareLinks } from '../compare/compare-links'
import { alignAround, type AlignTexts } from './align-around'
import { fromLinkSpecs, inReadingOrder } from './link-specs'

export interface CorrectedComparison extends Comparison {
  /** Stored links that no longer fit the text (their sentences changed) and were left out. */
  readonly correctionsLost: number
}

/**
 * The pair's comparison with the reader's links in force: the given links are kept, the fallback (the automatic
 * alignment, or the alignment before an edit) fills the gaps it tiles, and the aligner the rest.
 */
export function correctComparison(
  ko: readonly ArticleSentence[],
  en: readonly ArticleSentence[],
  given: readonly LinkSpec[],
  fallback: readonly AlignmentLink[] | null,
  align: AlignTexts,
  keepFallbackOneSided = false,
): CorrectedComparison {
  const found = fromLinkSpecs(given, ko, en)
  const ordered = inReadingOrder(found.links)
  const links = alignAround({
    koTexts: ko.map((s) => s.text),
    enTexts: en.map((s) => s.text),
    given: ordered.links,
    fallback,
    keepFallbackOneSided,
    align,
  })
  return { ...compareLinks(ko, en, links), correctionsLost: found.lost + ordered.lost }
}
