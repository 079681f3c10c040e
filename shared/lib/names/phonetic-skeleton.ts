/**
 * A phonetic skeleton is a name reduced to classes of consonants, so that a Hangul transliteration
 * and the foreign spelling it renders come out alike: 블룸버그 and Bloomberg both give "PRMPK".
 *
 *   P  p b f v  ㅂㅃㅍ     T  t d th  ㄷㄸㅌ      K  k g c q  ㄱㄲㅋ
 *   S  s sh  ㅅㅆ         J  j z ch  ㅈㅉㅊ       R  l r  ㄹ
 *   M  m  ㅁ              N  n ng  ㄴ, final ㅇ   H  h  ㅎ
 *
 * S and J stay apart: merged, they made short native words (지난, 시장) meet China and John.
 *   A  a vowel (or w/y) that starts the name; other vowels are dropped.
 *
 * Repeats collapse ("Reddit" and 레딧 give "RT").
 */
export type Skeleton = string

/** Appends a class, collapsing a repeat of the previous one. */
export function pushClass(skeleton: string, cls: string): string {
  return skeleton.endsWith(cls) ? skeleton : skeleton + cls
}

export const LEADING_VOWEL = 'A'
