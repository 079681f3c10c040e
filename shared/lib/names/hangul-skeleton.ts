import { decomposeSyllable, SILENT_INITIAL } from './hangul-syllables'
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
  for (const ch of word) {
    const syllable = decomposeSyllable(ch)
    if (syllable === null) continue
    if (first && syllable.initial === SILENT_INITIAL) skeleton = LEADING_VOWEL
    first = false
    const initial = INITIAL_CLASS[syllable.initial]
    if (initial !== '') skeleton = pushClass(skeleton, initial)
    const final = FINAL_CLASS[syllable.final]
    if (final !== '') skeleton = pushClass(skeleton, final)
  }
  return skeleton
}
