import type { ArticleSentence, Comparison } from '../../models/comparison'
import { alignSentences } from '../align/align-sentences'
import { findIssues } from '../findings/find-issues'

/** Aligns two sentence lists and checks every link. */
export function compareSentences(ko: readonly ArticleSentence[], en: readonly ArticleSentence[]): Comparison {
  const koTexts = ko.map((s) => s.text)
  const enTexts = en.map((s) => s.text)
  const links = alignSentences(koTexts, enTexts)
  return { ko, en, links, findings: findIssues(koTexts, enTexts, links) }
}
