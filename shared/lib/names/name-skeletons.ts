import type { Language } from '../../models/language'
import { hangulSkeleton } from './hangul-skeleton'
import { isCommonKoreanWord } from './korean-common-words'
import { stripParticle } from './korean-particles'
import { latinSkeleton, latinStem } from './latin-skeleton'
import { LEADING_VOWEL } from './phonetic-skeleton'
import type { Skeleton } from './phonetic-skeleton'

const koreanMemo = new Map<string, Skeleton>()
/** Bound of each word memo: a document's vocabulary fits; an endless stream does not grow memory forever. */
const WORD_MEMO_LIMIT = 100_000

/** The skeleton of a Korean word that may be a name, or '' — remembered, as words repeat across a document. */
function koreanWordSkeleton(word: string): Skeleton {
  let skeleton = koreanMemo.get(word)
  if (skeleton === undefined) {
    const name = stripParticle(word)
    skeleton = name.length < 2 || isCommonKoreanWord(name) ? '' : hangulSkeleton(name)
    if (skeleton.length < MIN_LENGTH) skeleton = ''
    if (koreanMemo.size >= WORD_MEMO_LIMIT) koreanMemo.clear()
    koreanMemo.set(word, skeleton)
  }
  return skeleton
}

interface LatinWordSkeletons {
  readonly skeleton: Skeleton
  /** The skeleton of its stem (latinStem), when the stem differs from the word. */
  readonly stemSkeleton: Skeleton | null
}

const latinMemo = new Map<string, LatinWordSkeletons | null>()

/**
 * The skeletons of a capitalised Latin word as written (a possessive 's dropped), or null for a word that
 * names nothing — remembered, as names repeat across a document.
 */
function latinWordSkeletons(written: string): LatinWordSkeletons | null {
  let found = latinMemo.get(written)
  if (found === undefined) {
    const word = written.replace(/['’]s$/u, '')
    if (FUNCTION_WORDS.has(word.toLowerCase()) || SPELLED_ACRONYM.test(word)) found = null
    else {
      const stem = latinStem(word)
      found = { skeleton: latinSkeleton(word), stemSkeleton: stem !== word ? latinSkeleton(stem) : null }
    }
    if (latinMemo.size >= WORD_MEMO_LIMIT) latinMemo.clear()
    latinMemo.set(written, found)
  }
  return found
}

/** Precomposed syllables only: jamo and compatibility letters are not words of a name. */
function isSyllableCode(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}
/**
 * A capitalised word or an all-capital one (NVIDIA), with inner hyphens or apostrophes (Jong-il, O'Neil):
 * the matches of [A-Za-z]+(?:['’-][A-Za-z]+)* in order, scanned by hand in nameSkeletons (no regex iterator).
 */
function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45
}
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
    // Latin words by char code: letters, then a ' ’ or - with more letters, repeatedly.
    for (let at = 0; at < text.length; ) {
      if (!isLatinLetter(text.charCodeAt(at))) {
        at++
        continue
      }
      const start = at
      at++
      while (at < text.length && isLatinLetter(text.charCodeAt(at))) at++
      while (at + 1 < text.length && isWordJoiner(text.charCodeAt(at)) && isLatinLetter(text.charCodeAt(at + 1))) {
        at += 2
        while (at < text.length && isLatinLetter(text.charCodeAt(at))) at++
      }
      const written = text.slice(start, at)
      const first = written.charCodeAt(0)
      if (first < 65 || first > 90) {
        previous = null
        continue
      }
      const word = latinWordSkeletons(written)
      if (word === null) {
        previous = null
        continue
      }
      const { skeleton, stemSkeleton } = word
      if (skeleton.length >= MIN_LENGTH) found.add(skeleton)
      if (stemSkeleton !== null && stemSkeleton.length >= MIN_LENGTH) found.add(stemSkeleton)
      // Only a space may separate the two words of a pair.
      if (previous !== null && start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
        const joined = previous.skeleton + (skeleton.startsWith(LEADING_VOWEL) ? skeleton.slice(LEADING_VOWEL.length) : skeleton)
        if (joined.length >= MIN_LENGTH) found.add(joined)
      }
      previous = { skeleton, end: at }
    }
  }
  return [...found]
}
