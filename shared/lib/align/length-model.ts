/**
 * How long an English rendering of a Korean passage runs. Korean packs a syllable block per character,
 * so English takes roughly 2.2 letters per Korean character; the spread is wide, hence a log-normal model.
 * Calibrated on the kpc-dev benchmark (see scripts/bench).
 */
export const LENGTH_MODEL = {
  enCharsPerKoChar: 2.17,
  logRatioSigma: 0.3,
  /** Beyond this many sigmas the cost grows linearly: loose translations exist, and length alone can't rule them out. */
  huberDelta: 1.5,
}

/** Characters that carry content: whitespace does not count, as spacing differs between the languages. */
export function contentLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) n++
  }
  return n
}

/** Cost (negative log-likelihood, up to a constant) of English length `en` for Korean length `ko`. */
export function lengthCost(ko: number, en: number): number {
  const d = Math.log((en + 1) / (LENGTH_MODEL.enCharsPerKoChar * ko + 1)) / LENGTH_MODEL.logRatioSigma
  const a = Math.abs(d)
  const k = LENGTH_MODEL.huberDelta
  return a <= k ? 0.5 * d * d : k * (a - 0.5 * k)
}
