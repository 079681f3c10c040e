import { decomposeSyllable, SILENT_INITIAL } from './hangul-syllables'
import type { Syllable } from './hangul-syllables'

// Revised Romanization tables, in jamo order.
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i']
/** Finals before a consonant or at a word's end (index 0: no final). */
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']
/**
 * Finals before a silent initial ㅇ: [what stays, what moves over to start the next syllable].
 * 한국어 → han-gu-geo, 넋이 → neok-si.
 */
const LINKED: ReadonlyArray<readonly [string, string]> = [
  ['', ''], ['', 'g'], ['', 'kk'], ['k', 's'], ['', 'n'], ['n', 'j'], ['', 'n'], ['', 'd'], ['', 'r'], ['l', 'g'],
  ['l', 'm'], ['l', 'b'], ['l', 's'], ['l', 't'], ['l', 'p'], ['', 'r'], ['', 'm'], ['', 'b'], ['p', 's'], ['', 's'],
  ['', 'ss'], ['ng', ''], ['', 'j'], ['', 'ch'], ['', 'k'], ['', 't'], ['', 'p'], ['', ''],
]

const FINAL_L = 8
const FINAL_N = 4
const INITIAL_R = 5
const INITIAL_N = 2
const INITIAL_M = 6
/** Finals that sound as k, t or p and become ng, n or m before ㄴ and ㅁ (국민 → gungmin). */
const NASALISED: Readonly<Record<string, string>> = { k: 'ng', t: 'n', p: 'm' }

/** How the final of `current` sounds before the syllable `next` (null: a word's end). */
function finalBefore(current: Syllable, next: Syllable | null): { coda: string; onset: string | null } {
  const plain = FINALS[current.final]
  if (next === null || current.final === 0) return { coda: plain, onset: null }
  if (next.initial === SILENT_INITIAL) {
    const [coda, moved] = LINKED[current.final]
    return { coda, onset: moved }
  }
  // ㄹ next to ㄹ or ㄴ is read ll: 신라 → silla, 설날 → seollal.
  if (next.initial === INITIAL_R && (current.final === FINAL_L || current.final === FINAL_N)) {
    return { coda: 'l', onset: 'l' }
  }
  if (current.final === FINAL_L && next.initial === INITIAL_N) return { coda: 'l', onset: 'l' }
  if (next.initial === INITIAL_N || next.initial === INITIAL_M) {
    return { coda: NASALISED[plain] ?? plain, onset: null }
  }
  // After k, t, p an initial ㄹ is read n: 독립 → dongnip.
  if (next.initial === INITIAL_R && plain in NASALISED) return { coda: NASALISED[plain], onset: 'n' }
  return { coda: plain, onset: null }
}

/**
 * Revised Romanization of the Hangul in `text`, with the sound changes between syllables that RR
 * writes (linking, ㄹ assimilation, nasalisation); anything else is copied unchanged.
 */
export function romanizeHangul(text: string): string {
  const chars = [...text]
  const syllables = chars.map(decomposeSyllable)
  let out = ''
  let onset: string | null = null
  for (let i = 0; i < chars.length; i++) {
    const syllable = syllables[i]
    if (syllable === null) {
      out += chars[i]
      onset = null
      continue
    }
    const next = i + 1 < chars.length ? syllables[i + 1] : null
    const { coda, onset: nextOnset } = finalBefore(syllable, next)
    out += (onset ?? INITIALS[syllable.initial]) + MEDIALS[syllable.medial] + coda
    onset = nextOnset
  }
  return out
}
