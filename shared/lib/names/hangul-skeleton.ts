import { SILENT_INITIAL } from './hangul-syllables'
import { LEADING_VOWEL, pushClass } from './phonetic-skeleton'
import type { Skeleton } from './phonetic-skeleton'

// Consonant classes of the initials, in jamo order: ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ.
const INITIAL_CLASS = ['K', 'K', 'N', 'T', 'T', 'R', 'M', 'P', 'P', 'S', 'S', '', 'J', 'J', 'J', 'K', 'T', 'P', 'H']
/**
 * Classes of the finals. In loanwords a final ㅅ writes a t (넷스코프 Netskope, 레딧 Reddit) and
 * ㅇ writes ng; compound finals keep the consonant that is heard.
 */
const FINAL_CLASS = ['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'R', 'K', 'M', 'R', 'R', 'R', 'P', 'R', 'M', 'P', 'P', 'T', 'T', 'N', 'T', 'T', 'K', 'T', 'P', '']

/** Skeleton of the Hangul syllables of `word`; other characters are ignored. */
export function hangulSkeleton(word: string): Skeleton {
  let skeleton = ''
  let first = true
  // Arithmetic on the code point rather than decomposeSyllable: this runs on every word of a document.
  for (let i = 0; i < word.length; i++) {
    const offset = word.charCodeAt(i) - SYLLABLE_BASE
    if (offset < 0 || offset > SYLLABLE_SPAN) continue
    const initialIndex = (offset / SYLLABLES_PER_INITIAL) | 0
    if (first && initialIndex === SILENT_INITIAL) skeleton = LEADING_VOWEL
    first = false
    const initial = INITIAL_CLASS[initialIndex]
    if (initial !== '') skeleton = pushClass(skeleton, initial)
    const final = FINAL_CLASS[offset % FINALS_PER_MEDIAL]
    if (final !== '') skeleton = pushClass(skeleton, final)
  }
  return skeleton
}

const SYLLABLE_BASE = 0xac00
const SYLLABLE_SPAN = 0xd7a3 - 0xac00
const FINALS_PER_MEDIAL = 28
const SYLLABLES_PER_INITIAL = 21 * 28
