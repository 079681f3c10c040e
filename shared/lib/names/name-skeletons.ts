import type { Language } from '../../models/language'
import { hangulSkeleton } from './hangul-skeleton'
import { isCommonKoreanWord } from './korean-common-words'
import { stripParticle } from './korean-particles'
import { latinSkeleton, latinStem } from './latin-skeleton'
import { LEADING_VOWEL } from './phonetic-skeleton'
import type { Skeleton } from './phonetic-skeleton'

const koreanMemo = new Map<string, Skeleton>()
const KOREAN_MEMO_LIMIT = 100_000

/** The skeleton of a Korean word that may be a name, or '' — remembered, as words repeat across a document. */
function koreanWordSkeleton(word: string): Skeleton {
  let skeleton = koreanMemo.get(word)
  if (skeleton === undefined) {
    const name = stripParticle(word)
    skeleton = name.length < 2 || isCommonKoreanWord(name) ? '' : hangulSkeleton(name)
    if (skeleton.length < MIN_LENGTH) skeleton = ''
    if (koreanMemo.size >= KOREAN_MEMO_LIMIT) koreanMemo.clear()
    koreanMemo.set(word, skeleton)
  }
  return skeleton
}

/** Precomposed syllables only: jamo and compatibility letters are not words of a name. */
function isSyllableCode(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}
/** A capitalised word or an all-capital one (NVIDIA), with inner hyphens or apostrophes (Jong-il, O'Neil). */
const LATIN_WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g
/** Capitalised words that open sentences rather than name anything. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'of', 'to', 'for', 'by', 'with', 'from', 'as', 'if',
  'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'there', 'here', 'when', 'while', 'after', 'before', 'since', 'however', 'meanwhile', 'according',
  'also', 'some', 'many', 'what', 'who', 'which', 'how', 'why', 'mr', 'mrs', 'ms', 'dr', 'st',
])

/** CNN, IOC: read letter by letter (씨엔엔), so their letters are no skeleton. */
const SPELLED_ACRONYM = /^[A-Z]{1,3}$/
/** Shorter skeletons are not worth comparing (see skeletonSimilarity). */
const MIN_LENGTH = 2

/**
 * Skeletons of the words in a sentence that may be names, without repeats, so that an aligner can
 * compute them once per sentence and compare sets with sharedNameCount.
 * Korean: words of two or more syllables, without their particles. English: capitalised words and
 * pairs of adjacent ones (New York ↔ 뉴욕).
 */
export function nameSkeletons(text: string, lang: Language): Skeleton[] {
  const found = new Set<Skeleton>()
  if (lang === 'ko') {
    // Runs of Hangul syllables, found by code point: cheaper than a regex iterator on every sentence.
    for (let i = 0; i < text.length; i++) {
      if (!isSyllableCode(text.charCodeAt(i))) continue
      let end = i + 1
      while (end < text.length && isSyllableCode(text.charCodeAt(end))) end++
      const word = text.slice(i, end)
      i = end
      const skeleton = koreanWordSkeleton(word)
      if (skeleton !== '') found.add(skeleton)
    }
  } else {
    let previous: { skeleton: Skeleton; end: number } | null = null
    for (const match of text.matchAll(LATIN_WORD)) {
      const first = match[0].charCodeAt(0)
      if (first < 65 || first > 90) {
        previous = null
        continue
      }
      const word = match[0].replace(/['’]s$/u, '')
      const start = match.index ?? 0
      if (FUNCTION_WORDS.has(word.toLowerCase()) || SPELLED_ACRONYM.test(word)) {
        previous = null
        continue
      }
      const skeleton = latinSkeleton(word)
      if (skeleton.length >= MIN_LENGTH) found.add(skeleton)
      const stem = latinStem(word)
      if (stem !== word) {
        const stemSkeleton = latinSkeleton(stem)
        if (stemSkeleton.length >= MIN_LENGTH) found.add(stemSkeleton)
      }
      // Only a space may separate the two words of a pair.
      if (previous !== null && start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
        const joined = previous.skeleton + (skeleton.startsWith(LEADING_VOWEL) ? skeleton.slice(LEADING_VOWEL.length) : skeleton)
        if (joined.length >= MIN_LENGTH) found.add(joined)
      }
      previous = { skeleton, end: start + match[0].length }
    }
  }
  return [...found]
}
