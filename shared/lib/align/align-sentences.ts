import type { AlignmentLink } from '../../models/alignment'
import { alignProfiles } from './align-profiles'
import { buildProfiles, type ProfileOptions } from './build-profiles'
import { quotationJoins } from './quotation-joins'

/**
 * Aligns Korean sentences with their English translation. No machine translation: length, figures,
 * Latin tokens, glossary concepts and transliterated names are the evidence. Links cover every sentence
 * of both sides once, in order.
 */
export function alignSentences(ko: readonly string[], en: readonly string[], options: ProfileOptions = {}): AlignmentLink[] {
  const profiles = buildProfiles(ko, en, options)
  return alignProfiles(profiles.ko, profiles.en, undefined, { ko: quotationJoins(ko), en: quotationJoins(en) })
}
