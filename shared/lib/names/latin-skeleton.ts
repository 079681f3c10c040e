import { LEADING_VOWEL, pushClass } from './phonetic-skeleton'
import type { Skeleton } from './phonetic-skeleton'

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w'])
const FRONT_VOWELS = new Set(['e', 'i', 'y'])
const SINGLE: Readonly<Record<string, string>> = {
  p: 'P', b: 'P', f: 'P', v: 'P',
  t: 'T', d: 'T',
  k: 'K', g: 'K', q: 'K',
  s: 'S', z: 'J', j: 'J',
  l: 'R', r: 'R',
  m: 'M', n: 'N', h: 'H',
}
const DIGRAPHS: Readonly<Record<string, string>> = { th: 'T', ph: 'P', sh: 'S', ch: 'J', ck: 'K', gh: '', ng: 'N' }

/**
 * Skeleton of a word in Latin letters, spelled as Korean transliterates English: c is s before e, i, y;
 * x is ks; an r after a vowel and before a consonant is silent (Bloomberg → 블룸버그), and so is the
 * r of a final -er (Carter → 카터); h after a vowel is silent.
 */
export function latinSkeleton(word: string): Skeleton {
  // Silent first letters: Knight → 나이트, Wright → 라이트, Psaki → 사키.
  const w = word.toLowerCase().replace(/[^a-z]/g, '').replace(/^(?:k(?=n)|g(?=n)|w(?=r)|p(?=s))/, '')
  let skeleton = VOWELS.has(w[0] ?? '') ? LEADING_VOWEL : ''
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]
    const next = w[i + 1] ?? ''
    const prev = w[i - 1] ?? ''
    if (VOWELS.has(ch)) continue
    // "Chrysler" → 크라이슬러: ch before a consonant is a k.
    const digraph = ch === 'c' && next === 'h' && w[i + 2] !== undefined && !VOWELS.has(w[i + 2]) ? 'K' : DIGRAPHS[ch + next]
    if (digraph !== undefined) {
      if (digraph !== '') skeleton = pushClass(skeleton, digraph)
      i++
      continue
    }
    if (ch === 'x') {
      skeleton = pushClass(pushClass(skeleton, 'K'), 'S')
      continue
    }
    if (ch === 'c') {
      skeleton = pushClass(skeleton, FRONT_VOWELS.has(next) ? 'S' : 'K')
      continue
    }
    if (ch === 'r' && VOWELS.has(prev)) {
      const beforeConsonant = next !== '' && !VOWELS.has(next)
      const finalEr = next === '' && prev === 'e'
      if (beforeConsonant || finalEr) continue
    }
    if (ch === 'h' && (VOWELS.has(prev) || next === '' || !VOWELS.has(next))) continue
    const cls = SINGLE[ch]
    if (cls !== undefined) skeleton = pushClass(skeleton, cls)
  }
  return skeleton
}

/**
 * English writes nationalities and plurals where Korean writes the name: Italian ↔ 이탈리아,
 * Mexican ↔ 멕시코, Chinese ↔ 중국's 차이나, Kalashnikovs ↔ 칼라슈니코프.
 */
export function latinStem(word: string): string {
  const stem = word.replace(/(?:ians?|ans?|ese)$/u, '')
  if (stem !== word && stem.length >= 3) return stem
  return /[^su]s$/u.test(word) ? word.slice(0, -1) : word
}
