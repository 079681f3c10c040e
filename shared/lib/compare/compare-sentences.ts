import type { ArticleSentence, Comparison } from '../../models/comparison'
import { alignSentences } from '../align/align-sentences'
import type { ProfileOptions } from '../align/build-profiles'
import { findIssues } from '../findings/find-issues'
import { findingId, linkId } from './anchor-ids'

/** Aligns two sentence lists and checks every link; links and findings are named by the sentences they cover. */
export function compareSentences(ko: readonly ArticleSentence[], en: readonly ArticleSentence[], options: ProfileOptions = {}): Comparison {
  const koTexts = ko.map((s) => s.text)
  const enTexts = en.map((s) => s.text)
  const links = alignSentences(koTexts, enTexts, options)
  const findings = findIssues(koTexts, enTexts, links)
  return {
    ko,
    en,
    links: links.map((link) => ({ ...link, id: linkId(link, ko, en) })),
    findings: findings.map((finding) => ({ ...finding, id: findingId(finding, ko, en) })),
  }
}
