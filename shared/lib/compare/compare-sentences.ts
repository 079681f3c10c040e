import type { ArticleSentence, Comparison } from '../../models/comparison'
import { alignSentences } from '../align/align-sentences'
import type { ProfileOptions } from '../align/build-profiles'
import { compareLinks } from './compare-links'

/** Aligns two sentence lists and checks every link; links and findings are named by the sentences they cover. */
export function compareSentences(ko: readonly ArticleSentence[], en: readonly ArticleSentence[], options: ProfileOptions = {}): Comparison {
  const links = alignSentences(
    ko.map((s) => s.text),
    en.map((s) => s.text),
    options,
  )
  return compareLinks(ko, en, links)
}
