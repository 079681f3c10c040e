/**
 * How long an English rendering of a Korean passage runs. Korean packs a syllable into each character, so
 * English takes about 2.2 letters per Korean character; short passages run relatively longer in English and
 * vary more, long ones relatively shorter and vary less (calibrated on the kpc-dev benchmark: see README).
 */
export const LENGTH_MODEL = {
  /** English letters per Korean character for a passage of `pivotLength` Korean characters. */
  enCharsPerKoChar: 2.17,
  pivotLength: 50,
  /** How the log ratio drifts with the log of the Korean length. */
  drift: -0.09,
  /** Variance of the log ratio: `varianceFloor + variancePerChar / koreanLength`. */
  varianceFloor: 0.0375,
  variancePerChar: 2.4,
  /** Beyond this many sigmas the cost grows linearly: loose translations exist, and length alone can't rule them out. */
  huberDelta: 0.81,
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

/** How far, in standard deviations, English length `en` lies from what Korean length `ko` predicts. */
export function lengthDeviation(ko: number, en: number): number {
  const k = Math.max(ko, 1)
  const m = LENGTH_MODEL
  const expected = Math.log(m.enCharsPerKoChar) + m.drift * Math.log(k / m.pivotLength)
  const sigma = Math.sqrt(m.varianceFloor + m.variancePerChar / k)
  return (Math.log((en + 1) / k) - expected) / sigma
}

/** Cost (negative log-likelihood, up to a constant) of English length `en` for Korean length `ko`. */
export function lengthCost(ko: number, en: number): number {
  const a = Math.abs(lengthDeviation(ko, en))
  const k = LENGTH_MODEL.huberDelta
  return a <= k ? 0.5 * a * a : k * (a - 0.5 * k)
}

/**
 * lengthCostFunction taken apart: the Korean terms depend only on the Korean length and the English term only
 * on the English one, so a hot loop can compute each once per passage instead of once per bead. Composed as in
 * lengthCostFunction, they give exactly its value (the same operations in the same order).
 */
export interface LengthCostTerms {
  /** Log of the Korean length, counted as at least 1. */
  koLog(ko: number): number
  /** The drift of the expected log ratio, from koLog. */
  koDrift(koLog: number): number
  /** Standard deviation of the log ratio. */
  koSigma(ko: number): number
  enTerm(en: number): number
  cost(enTerm: number, koLog: number, koDrift: number, koSigma: number): number
}

/** The terms of lengthCostFunction, with the model's constants captured (module constants are read once). */
export function lengthCostTerms(): LengthCostTerms {
  const m = LENGTH_MODEL
  const logRatio = Math.log(m.enCharsPerKoChar)
  const logPivot = Math.log(m.pivotLength)
  const { drift, varianceFloor, variancePerChar, huberDelta } = m
  return {
    koLog: (ko) => Math.log(ko > 1 ? ko : 1),
    koDrift: (koLog) => drift * (koLog - logPivot),
    koSigma: (ko) => Math.sqrt(varianceFloor + variancePerChar / (ko > 1 ? ko : 1)),
    enTerm: (en) => Math.log(en + 1),
    cost: (enTerm, koLog, koDrift, koSigma) => {
      const d = (enTerm - koLog - logRatio - koDrift) / koSigma
      const a = d < 0 ? -d : d
      return a <= huberDelta ? 0.5 * a * a : huberDelta * (a - 0.5 * huberDelta)
    },
  }
}

/** lengthCost with the model's constants captured, for hot loops (module constants are read once). */
export function lengthCostFunction(): (ko: number, en: number) => number {
  const t = lengthCostTerms()
  return (ko: number, en: number): number => {
    const koLog = t.koLog(ko)
    return t.cost(t.enTerm(en), koLog, t.koDrift(koLog), t.koSigma(ko))
  }
}
