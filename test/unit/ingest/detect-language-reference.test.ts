import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../shared/lib/ingest/detect-language'

/** detectLanguage as first written, word by word with regexes: the character table must agree with it. */
function reference(text: string): string {
  let hangul = 0
  let latin = 0
  let other = 0
  let letters = 0
  for (const word of text.split(/\s+/u)) {
    const n = word.match(/\p{L}/gu)?.length ?? 0
    if (n === 0) continue
    letters += n
    if (/\p{Script=Hangul}/u.test(word)) hangul++
    else if (/\p{Script=Latin}/u.test(word)) latin++
    else other++
  }
  const total = hangul + latin + other
  if (letters < 2 || total === 0) return 'other'
  if (hangul / total >= 0.6) return 'ko'
  if (latin / total >= 0.6) return 'en'
  return 'other'
}

describe('detectLanguage against its regex definition', () => {
  it('agrees on mixed scripts, Unicode spaces, astral letters and lone surrogates', () => {
    const pools = ['abc XYZ', '한국어 딥시크', ' \t\n\u00a0\u3000\u2028\ufeff\u200b', '0123.,!?"', '深度求索é', 'ÀßĐʰΑЖ', '\ud83d\ude00\ud835\udc00', '\ud800\udc00\udfff\ud83d', '〮ㄱᄀ', 'ª º']
    let x = 5
    const rand = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 20000; k++) {
      let text = ''
      for (let i = Math.floor(rand() * 12); i > 0; i--) {
        const pool = pools[Math.floor(rand() * pools.length)]
        text += pool[Math.floor(rand() * pool.length)]
      }
      expect(detectLanguage(text), JSON.stringify(text)).toBe(reference(text))
    }
  })
})
