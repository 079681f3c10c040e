import type { GlossaryEntry } from './glossary-entry'

const EN_WORD = /[A-Za-z][A-Za-z'’-]*(?:\.(?=[A-Za-z]\.)[A-Za-z])*\.?/g
const MAX_PHRASE_WORDS = 4

/** Finds glossary concepts in Korean and English sentences, fast enough to run on every sentence. */
export class GlossaryMatcher {
  /** Korean stems of two or more characters bucketed by their first two char codes, longest first. */
  private readonly koByPrefix = new Map<number, Array<{ stem: string; ids: string[] }>>()
  /**
   * Hashes of the two-character prefixes that have a bucket: most positions of a text have none, and a
   * byte read rules them out before a map look-up (a hash collision only costs that look-up).
   */
  private readonly koPrefixSeen = new Uint8Array(1 << 16)
  /** One-character stems (美, 핵). */
  private readonly koSingle = new Map<number, string[]>()
  /** Char codes that are a one-character stem. */
  private readonly koSingleSeen = new Uint8Array(1 << 16)
  private readonly enLower = new Map<string, string[]>()
  private readonly enExact = new Map<string, string[]>()
  /** English words as written, with their concepts once looked up. */
  private readonly wordMemo = new Map<string, EnglishWord>()
  /** Lower-cased first words of multi-word entries: only these start a phrase look-up. */
  private readonly phraseStarts = new Set<string>()
  /** Multi-word entries of both maps, lower-cased, word by word from the first. */
  private readonly phrases = new Map<string, PhraseNode>()

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
    // Phrases are looked up by their words joined with single spaces (words hold none), in either map; a
    // phrase whose lower-cased words are no path here can be in neither.
    for (const key of [...this.enExact.keys(), ...this.enLower.keys()]) {
      const parts = key.toLowerCase().split(' ')
      if (parts.length < 2) continue
      let level = this.phrases
      let node: PhraseNode | undefined
      for (const part of parts) {
        node = level.get(part)
        if (!node) level.set(part, (node = { next: new Map(), ends: false }))
        level = node.next
      }
      if (node) node.ends = true
    }
    for (const [stem, ids] of koStems) {
      if (stem.length === 1) {
        this.koSingle.set(stem.charCodeAt(0), ids)
        this.koSingleSeen[stem.charCodeAt(0)] = 1
        continue
      }
      const key = prefixKey(stem, 0)
      this.koPrefixSeen[prefixHash(key)] = 1
      const bucket = this.koByPrefix.get(key) ?? []
      bucket.push({ stem, ids })
      this.koByPrefix.set(key, bucket)
    }
    for (const bucket of this.koByPrefix.values()) bucket.sort((a, b) => b.stem.length - a.stem.length)
  }

  /** Concept ids whose Korean stem occurs in the text (each once). */
  koConcepts(text: string): string[] {
    const found = new Set<string>()
    const prefixSeen = this.koPrefixSeen
    const singleSeen = this.koSingleSeen
    for (let i = 0; i < text.length; i++) {
      let bucket: Array<{ stem: string; ids: string[] }> | undefined
      if (i + 1 < text.length) {
        const key = prefixKey(text, i)
        if (prefixSeen[prefixHash(key)] === 1) bucket = this.koByPrefix.get(key)
      }
      let matched = false
      if (bucket) {
        for (const { stem, ids } of bucket) {
          if (text.startsWith(stem, i)) {
            for (const id of ids) found.add(id)
            i += stem.length - 1
            matched = true
            break
          }
        }
      }
      if (!matched && singleSeen[text.charCodeAt(i)] === 1) {
        const single = this.koSingle.get(text.charCodeAt(i))
        if (single) for (const id of single) found.add(id)
      }
    }
    return [...found]
  }

  /** Concept ids whose English word or phrase occurs in the text (each once). */
  enConcepts(text: string): string[] {
    const written = text.match(EN_WORD)
    if (!written) return []
    const words = written.map((w) => this.englishWord(w))
    const found: string[] = []
    const add = (ids: readonly string[]): void => {
      for (const id of ids) if (!found.includes(id)) found.push(id)
    }
    for (let k = 0; k < words.length; k++) {
      const word = words[k]
      if (word.startsPhrase) {
        const longest = Math.min(MAX_PHRASE_WORDS, words.length - k)
        // Bit len is set when the lower-cased words k … k + len - 1 spell a whole entry: only those
        // phrases can be found below.
        let lengths = 0
        let node = this.phrases.get(word.lower)
        for (let len = 2; len <= longest && node; len++) {
          node = node.next.get(words[k + len - 1].lower)
          if (node?.ends) lengths |= 1 << len
        }
        let matched = 0
        for (let len = longest; len >= 2 && !matched && lengths !== 0; len--) {
          if ((lengths & (1 << len)) === 0) continue
          let phrase = word.stripped
          for (let t = k + 1; t < k + len; t++) phrase += ' ' + words[t].stripped
          const ids = this.enExact.get(phrase) ?? this.enLower.get(phrase.toLowerCase())
          if (ids) {
            add(ids)
            matched = len
          }
        }
        if (matched) {
          k += matched - 1
          continue
        }
      }
      if (word.ids === undefined) word.ids = this.wordConcepts(word.stripped, word.lower)
      if (word.ids) add(word.ids)
    }
    return found
  }

  /** What enConcepts needs of a word as written, remembered: news vocabulary repeats (Zipf). */
  private englishWord(written: string): EnglishWord {
    let word = this.wordMemo.get(written)
    if (word === undefined) {
      const stripped = stripDot(written)
      const lower = stripped.toLowerCase()
      word = { stripped, lower, startsPhrase: this.phraseStarts.has(lower), ids: undefined }
      if (this.wordMemo.size >= WORD_MEMO_LIMIT) this.wordMemo.clear()
      this.wordMemo.set(written, word)
    }
    return word
  }

  /** Concepts of one English word: its exact form (names), then its lower-cased and inflected forms. */
  private wordConcepts(word: string, lowerWord: string): readonly string[] | null {
    const exact = this.enExact.get(word)
    const lower = word.length < 3 || FUNCTION_WORDS.has(lowerWord) ? undefined : this.lookupInflected(lowerWord)
    if (exact && lower) return [...new Set([...exact, ...lower])]
    return exact ?? lower ?? null
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

const WORD_MEMO_LIMIT = 100_000

interface EnglishWord {
  /** Without a sentence-final full stop, a possessive 's or a trailing hyphen (stripDot). */
  readonly stripped: string
  readonly lower: string
  /** Whether a multi-word entry starts with it: only then is a phrase looked up. */
  readonly startsPhrase: boolean
  /** Its concepts as a single word; undefined until looked up. */
  ids: readonly string[] | null | undefined
}

/** A word of multi-word entries, after the words before it. */
interface PhraseNode {
  readonly next: Map<string, PhraseNode>
  /** Some entry ends with this word. */
  ends: boolean
}

/**
 * Two UTF-16 code units as one number: a Map key that costs no string. Packed into an int32 (negative for
 * Hangul) so that it stays a small integer; a sum above 2^31 would be a heap number, boxed at every look-up.
 */
function prefixKey(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)
}

/** 16 bits of a prefix key, for the prefix filter (Fibonacci hashing). */
function prefixHash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16
}

/** Words too common to be in the glossary: skipping them spares the inflection look-ups. */
const FUNCTION_WORDS = new Set(
  'the and for with that this from have has had was were are will would been being its their they them there than then which who whom whose what when where while also into onto over under about after before not but can could may might must shall should our your his her she him you'.split(' '),
)

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
