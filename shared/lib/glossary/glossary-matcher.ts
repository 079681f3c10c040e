import type { GlossaryEntry } from './glossary-entry'

const EN_WORD = /[A-Za-z][A-Za-z'’-]*(?:\.(?=[A-Za-z]\.)[A-Za-z])*\.?/g
const MAX_PHRASE_WORDS = 4

/** Finds glossary concepts in Korean and English sentences, fast enough to run on every sentence. */
export class GlossaryMatcher {
  /** Korean stems bucketed by their first character, longest first. */
  private readonly koByFirstChar = new Map<string, Array<{ stem: string; ids: string[] }>>()
  private readonly enLower = new Map<string, string[]>()
  private readonly enExact = new Map<string, string[]>()
  /** Lower-cased first words of multi-word entries: only these start a phrase look-up. */
  private readonly phraseStarts = new Set<string>()

  constructor(entries: readonly GlossaryEntry[]) {
    const koStems = new Map<string, string[]>()
    for (const e of entries) {
      for (const stem of e.ko) push(koStems, stem, e.id)
      for (const word of e.en) {
        // Capitalised entries (US, China) are names: match their case; others match any case.
        if (word !== word.toLowerCase()) push(this.enExact, stripDot(word), e.id)
        else push(this.enLower, word, e.id)
        if (word.includes(' ')) this.phraseStarts.add(stripDot(word.split(' ')[0]).toLowerCase())
      }
    }
    for (const [stem, ids] of koStems) {
      const bucket = this.koByFirstChar.get(stem[0]) ?? []
      bucket.push({ stem, ids })
      this.koByFirstChar.set(stem[0], bucket)
    }
    for (const bucket of this.koByFirstChar.values()) bucket.sort((a, b) => b.stem.length - a.stem.length)
  }

  /** Concept ids whose Korean stem occurs in the text (each once). */
  koConcepts(text: string): string[] {
    const found = new Set<string>()
    for (let i = 0; i < text.length; i++) {
      const bucket = this.koByFirstChar.get(text[i])
      if (!bucket) continue
      for (const { stem, ids } of bucket) {
        if (text.startsWith(stem, i)) {
          for (const id of ids) found.add(id)
          i += stem.length - 1
          break
        }
      }
    }
    return [...found]
  }

  /** Concept ids whose English word or phrase occurs in the text (each once). */
  enConcepts(text: string): string[] {
    const words = text.match(EN_WORD)
    if (!words) return []
    const found = new Set<string>()
    for (let k = 0; k < words.length; k++) {
      let matched = 0
      const startsPhrase = this.phraseStarts.has(stripDot(words[k]).toLowerCase())
      for (let len = startsPhrase ? Math.min(MAX_PHRASE_WORDS, words.length - k) : 0; len >= 2 && !matched; len--) {
        const phrase = words.slice(k, k + len).map(stripDot).join(' ')
        const ids = this.enExact.get(phrase) ?? this.enLower.get(phrase.toLowerCase())
        if (ids) {
          for (const id of ids) found.add(id)
          matched = len
        }
      }
      if (matched) {
        k += matched - 1
        continue
      }
      const word = stripDot(words[k])
      const exact = this.enExact.get(word)
      if (exact) for (const id of exact) found.add(id)
      const lower = this.lookupInflected(word.toLowerCase())
      if (lower) for (const id of lower) found.add(id)
    }
    return [...found]
  }

  private lookupInflected(word: string): string[] | undefined {
    const direct = this.enLower.get(word)
    if (direct) return direct
    for (const [suffix, replacement] of INFLECTIONS) {
      if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
        const hit = this.enLower.get(word.slice(0, -suffix.length) + replacement)
        if (hit) return hit
      }
    }
    return undefined
  }
}

const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
]

function stripDot(word: string): string {
  // "U.S." keeps its dots; a sentence-final "China." loses the full stop; "India's" is India.
  const last = word.charCodeAt(word.length - 1)
  if (last === 115 /* s */ && word.length > 3) {
    const apostrophe = word.charCodeAt(word.length - 2)
    if (apostrophe === 39 || apostrophe === 0x2019) return word.slice(0, -2)
  }
  if (last === 45 /* - */) return word.slice(0, -1)
  if (last !== 46) return word
  return INITIALS.test(word) ? word : word.slice(0, -1)
}

const INITIALS = /^(?:[A-Za-z]\.)+$/

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(id)) list.push(id)
  } else map.set(key, [id])
}
