import type { Article } from '../../models/article'
import type { Comparison } from '../../models/comparison'
import type { ProfileOptions } from '../align/build-profiles'
import { compareSentences } from './compare-sentences'
import { segmentParagraphs } from './segment-paragraphs'

/** Segments a Korean article and its English version, aligns them and checks the translation. */
export function compareArticles(ko: Article, en: Article, options: ProfileOptions = {}): Comparison {
  return compareSentences(segmentParagraphs(ko.paragraphs, 'ko'), segmentParagraphs(en.paragraphs, 'en'), options)
}
