import type { AlignmentLink } from '../../models/alignment'
import type { ArticleSentence, Comparison } from '../../models/comparison'
import { findIssues } from '../findings/find-issues'
import { findingId, linkId } from './anchor-ids'

/** A link that may have been set by hand. */
export type MaybeHandLink = AlignmentLink & { readonly hand?: boolean }

/**
 * Checks given links and names links and findings by the sentences they cover: the one place a Comparison is
 * made from an alignment, whether the aligner made it or the reader corrected it.
 */
export function compareLinks(ko: readonly ArticleSentence[], en: readonly ArticleSentence[], links: readonly MaybeHandLink[]): Comparison {
  const findings = findIssues(
    ko.map((s) => s.text),
    en.map((s) => s.text),
    links,
  )
  return {
    ko,
    en,
    links: links.map((link) => ({ ...link, id: linkId(link, ko, en) })),
    findings: findings.map((finding) => ({ ...finding, id: findingId(finding, ko, en) })),
  }
}
