import type { ArticleSentence, Comparison } from '../../models/comparison'
import { alignSentences } from '../align/align-sentences'
import type { ProfileOptions } from '../align/build-profiles'
import { findIssues } from '../findings/find-issues'

/** Aligns two sentence lists and checks every link. */
export function compareSentences(ko: readonly ArticleSentence[], en: readonly ArticleSentence[], options: ProfileOptions = {}): Comparison {
  const koTexts = ko.map((s) => s.text)
  const enTexts = en.map((s) => s.text)
  const links = alignSentences(koTexts, enTexts, options)
  return { ko, en, links, findings: findIssues(koTexts, enTexts, links) }
}
