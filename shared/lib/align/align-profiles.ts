import type { AlignmentLink } from '../../models/alignment'
import { ANCHOR_WEIGHTS, BEAD_PRIOR, type BeadShape, ORPHAN_MIN_ANCHORS, QUOTATION_BEAD_PRIOR, SPLIT_BEAD_DISCOUNT } from './bead-costs'
import { lengthCostTerms } from './length-model'
import { linkConfidence, LOW_CONFIDENCE } from './link-confidence'
import { type IdSet, type SentenceProfile, sharedCount3 } from './sentence-profile'

/** Half-width of the search band around the diagonal, in sentences. Keeps time and memory linear. */
export const BAND_HALF_WIDTH = 20

/** Cells costing this much more than their row's best are dropped (over a dozen unexplained sentences). */
export const BEAM = 40

const SHAPES: ReadonlyArray<readonly [BeadShape, number, number]> = [
  ['1-1', 1, 1],
  ['1-0', 1, 0],
  ['0-1', 0, 1],
  ['2-1', 2, 1],
  ['1-2', 1, 2],
  ['2-2', 2, 2],
  ['1-3', 1, 3],
  ['3-1', 3, 1],
]

/**
 * Dynamic programming over beads (1–1, 1–2, 2–1, 2–2, 1–3, 3–1, 1–0, 0–1) inside a band around the diagonal.
 * Cells are indexed by (i, j - lo(i)) so storage is (n + 1) × band, not (n + 1) × (m + 1).
 */
/** Per sentence, 1 when it continues the quotation of the sentence before it (quotationJoins). */
export interface QuotationJoins {
  readonly ko: Uint8Array
  readonly en: Uint8Array
}

export function alignProfiles(
  ko: readonly SentenceProfile[],
  en: readonly SentenceProfile[],
  beam = BEAM,
  joins: QuotationJoins = { ko: new Uint8Array(ko.length), en: new Uint8Array(en.length) },
): AlignmentLink[] {
  const n = ko.length
  const m = en.length
  if (n === 0 && m === 0) return []
  if (n === 0 || m === 0) return onlyOneSide(n, m)

  // A steep diagonal (one side much longer) needs a band at least as wide as one row's step.
  const half = Math.max(BAND_HALF_WIDTH, Math.ceil(m / n) + 2, Math.ceil(n / m) + 2)
  const width = 2 * half + 1
  // Row i holds columns lo[i] … lo[i] + width - 1.
  const lo = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) lo[i] = Math.round((i * m) / n) - half
  const cost = new Float64Array((n + 1) * width).fill(Infinity)
  const back = new Uint8Array((n + 1) * width)
  // The cheapest way into each cell other than the best one: how clearly the best bead won there.
  const runnerUp = new Float64Array((n + 1) * width)
  const at = (i: number, j: number): number => {
    const k = j - lo[i]
    return k < 0 || k >= width ? -1 : i * width + k
  }

  // Anchor overlaps of Korean sentence a with English sentence b, stored at cell (a + 1, b + 1) so that
  // every bead ending in a band cell finds its pairs in the band. Counted for the whole band at once from
  // the English sentences holding each anchor: cheaper than merging the id lists of every pair of sentences.
  const size = (n + 1) * width
  const [strongPair, weakPair, namePair] = sharedInBand(ko, en, lo, width, size)

  // Constants read once: this loop runs millions of times on long documents.
  const prior = BEAD_PRIOR
  const shapePrior = SHAPES.map(([shape]) => prior[shape])
  const [, prior10, prior01, prior21, prior12, prior22, prior13, prior31] = shapePrior
  const priorQ2 = QUOTATION_BEAD_PRIOR.two
  const priorQ3 = QUOTATION_BEAD_PRIOR.three
  const koJoin = joins.ko
  const enJoin = joins.en
  const w = ANCHOR_WEIGHTS
  const strongMatch = w.strongMatch
  const weakMatch = w.weakMatch
  const nameMatch = w.nameMatch
  const strongMissW = w.strongMiss
  const weakMissW = w.weakMiss
  const orphanW = w.orphan
  const redundantW = w.redundant
  const disjointW = w.disjoint
  const splitBonus = SPLIT_BEAD_DISCOUNT.korean
  const splitBonusEn = SPLIT_BEAD_DISCOUNT.english
  // The length cost's terms for every passage a bead can cover (one sentence, or two ending at an index):
  // the logs and square roots are taken once per passage, not once per bead.
  const terms = lengthCostTerms()
  const lengthCost = terms.cost
  // Per-sentence values in typed arrays, filled by one indexed loop a side (typed-array `from` with a callback
  // costs more while the JIT is cold, which it is on the CLI's single run).
  const koLength = new Float64Array(n)
  const koStrong = new Int32Array(n)
  const koWeak = new Int32Array(n)
  const koMin = new Uint8Array(n)
  // A bead's prior discount for the clause joint of its one sentence (SPLIT_BEAD_DISCOUNT), per sentence.
  const koSplit = new Float64Array(n)
  const koLog1 = new Float64Array(n)
  const koDrift1 = new Float64Array(n)
  const koSigma1 = new Float64Array(n)
  const koLog2 = new Float64Array(n)
  const koDrift2 = new Float64Array(n)
  const koSigma2 = new Float64Array(n)
  const koLog3 = new Float64Array(n)
  const koDrift3 = new Float64Array(n)
  const koSigma3 = new Float64Array(n)
  for (let a = 0; a < n; a++) {
    const p = ko[a]
    const one = p.length
    koLength[a] = one
    koStrong[a] = p.strong.length
    koWeak[a] = p.weak.length
    koMin[a] = p.strong.length + p.weak.length >= ORPHAN_MIN_ANCHORS ? 1 : 0
    koSplit[a] = p.splits > 0 ? splitBonus : 0
    koLog1[a] = terms.koLog(one)
    koDrift1[a] = terms.koDrift(koLog1[a])
    koSigma1[a] = terms.koSigma(one)
    if (a === 0) continue
    const two = koLength[a - 1] + one
    koLog2[a] = terms.koLog(two)
    koDrift2[a] = terms.koDrift(koLog2[a])
    koSigma2[a] = terms.koSigma(two)
    if (a === 1) continue
    const three = two + koLength[a - 2]
    koLog3[a] = terms.koLog(three)
    koDrift3[a] = terms.koDrift(koLog3[a])
    koSigma3[a] = terms.koSigma(three)
  }
  const enStrong = new Int32Array(m)
  const enWeak = new Int32Array(m)
  const enMin = new Uint8Array(m)
  const enSplit = new Float64Array(m)
  const enTerm1 = new Float64Array(m)
  const enTerm2 = new Float64Array(m)
  const enTerm3 = new Float64Array(m)
  for (let b = 0; b < m; b++) {
    const p = en[b]
    enStrong[b] = p.strong.length
    enWeak[b] = p.weak.length
    enMin[b] = p.strong.length + p.weak.length >= ORPHAN_MIN_ANCHORS ? 1 : 0
    enSplit[b] = p.splits > 0 ? splitBonusEn : 0
    enTerm1[b] = terms.enTerm(p.length)
    if (b > 0) enTerm2[b] = terms.enTerm(en[b - 1].length + p.length)
    if (b > 1) enTerm3[b] = terms.enTerm(en[b - 2].length + en[b - 1].length + p.length)
  }
  // The most any pair of Korean sentence a with an English sentence of its band earns for shared anchors:
  // a bound on what a 2–2 bead can earn, to rule most of them out before costing them (see outranked).
  // Filled for a = i - 1 as row i begins, before any 2–2 bead of the row needs it.
  const rowReward = new Float64Array(n)
  // The costs of the rarer beads, as functions of their own: their branches are first taken late, and out of
  // the main loop they cannot send the optimised loop back to the interpreter (and a recompile) when they are.
  /** Total cost into (i, j) by a 2–1 bead: Korean a1 = i - 2 and a2 = i - 1 with English b = j - 1. */
  const total21 = (
    before: number,
    second: number,
    i: number,
    j: number,
    // Anchors shared by the bead's two pairs of sentences (strong, weak, names), read by the caller.
    sp1: number,
    wp1: number,
    np1: number,
    sp2: number,
    wp2: number,
    np2: number,
  ): number => {
    const a1 = i - 2
    const a2 = i - 1
    const b = j - 1
    const by1 = sp1 + wp1 + np1
    const by2 = sp2 + wp2 + np2
    let orphans = 0
    // Anchors shared with the other side by a sentence that might be redundant (0: not a candidate).
    let redundantFirst = 0
    let redundantSecond = 0
    if ((koStrong[a1] > 0 && sp1 === 0) || (by1 === 0 && koMin[a1] === 1)) orphans++
    else if (by1 > 0 && koMin[a1] === 1) redundantFirst = by1
    if ((koStrong[a2] > 0 && sp2 === 0) || (by2 === 0 && koMin[a2] === 1)) orphans++
    else if (by2 > 0 && koMin[a2] === 1) redundantSecond = by2
    const strongShared = sp1 + sp2
    const weakShared = wp1 + wp2
    const strongMiss = koStrong[a1] + koStrong[a2] + enStrong[b] - 2 * strongShared
    const weakMiss = koWeak[a1] + koWeak[a2] + enWeak[b] - 2 * weakShared
    let c =
      (koJoin[a2] === 1 ? priorQ2 : prior21) - enSplit[b] +
      (lengthCost(enTerm1[b], koLog2[a2], koDrift2[a2], koSigma2[a2]) -
        strongMatch * strongShared -
        weakMatch * weakShared -
        nameMatch * (np1 + np2) +
        (strongMiss > 0 ? strongMissW * strongMiss : 0) +
        (weakMiss > 0 ? weakMissW * weakMiss : 0) +
        orphanW * orphans)
    // Redundant sentences only add cost, so they are weighed only where the bead could still place
    // (redundantSentences checks). Called for every candidate and added without a branch, so that
    // the optimised loop has type feedback for it before the first bead that needs it.
    const redundant =
      redundantFirst > 0 || redundantSecond > 0
        ? redundantSentences(before + c < second, ko[a1], ko[a2], en[b], redundantFirst, redundantSecond)
        : 0
    c += redundant > 0 ? redundantW : 0
    c += redundant > 1 ? redundantW : 0
    const total = before + c
    return total
  }
  /** Total cost into (i, j) by a 1–2 bead: Korean a = i - 1 with English b1 = j - 2 and b2 = j - 1. */
  const total12 = (
    before: number,
    second: number,
    i: number,
    j: number,
    // Anchors shared by the bead's two pairs of sentences (strong, weak, names), read by the caller.
    sp1: number,
    wp1: number,
    np1: number,
    sp2: number,
    wp2: number,
    np2: number,
  ): number => {
    const a = i - 1
    const b1 = j - 2
    const b2 = j - 1
    const by1 = sp1 + wp1 + np1
    const by2 = sp2 + wp2 + np2
    let orphans = 0
    let redundantFirst = 0
    let redundantSecond = 0
    if ((enStrong[b1] > 0 && sp1 === 0) || (by1 === 0 && enMin[b1] === 1)) orphans++
    else if (enMin[b1] === 1) redundantFirst = by1
    if ((enStrong[b2] > 0 && sp2 === 0) || (by2 === 0 && enMin[b2] === 1)) orphans++
    else if (enMin[b2] === 1) redundantSecond = by2
    const strongShared = sp1 + sp2
    const weakShared = wp1 + wp2
    const strongMiss = koStrong[a] + enStrong[b1] + enStrong[b2] - 2 * strongShared
    const weakMiss = koWeak[a] + enWeak[b1] + enWeak[b2] - 2 * weakShared
    let c =
      (enJoin[b2] === 1 ? priorQ2 : prior12) - koSplit[a] +
      (lengthCost(enTerm2[b2], koLog1[a], koDrift1[a], koSigma1[a]) -
        strongMatch * strongShared -
        weakMatch * weakShared -
        nameMatch * (np1 + np2) +
        (strongMiss > 0 ? strongMissW * strongMiss : 0) +
        (weakMiss > 0 ? weakMissW * weakMiss : 0) +
        orphanW * orphans)
    const redundant =
      redundantFirst > 0 || redundantSecond > 0
        ? redundantSentences(before + c < second, en[b1], en[b2], ko[a], redundantFirst, redundantSecond)
        : 0
    c += redundant > 0 ? redundantW : 0
    c += redundant > 1 ? redundantW : 0
    const total = before + c
    return total
  }
  /** Total cost into (i, j) by a 2–2 bead. */
  const total22 = (before: number, i: number, j: number): number => {
    const row = i * width
    const k = j - lo[i]
    const a1 = i - 2
    const a2 = i - 1
    const b1 = j - 2
    const b2 = j - 1
    const up = (i - 1) * width
    const kUp = j - lo[i - 1]
    const in11 = kUp - 1 >= 0 && kUp - 1 < width
    const in12 = kUp >= 0 && kUp < width
    const in21 = k > 0
    const sp11 = in11 ? strongPair[up + kUp - 1] : 0
    const wp11 = in11 ? weakPair[up + kUp - 1] : 0
    const np11 = in11 ? namePair[up + kUp - 1] : 0
    const sp12 = in12 ? strongPair[up + kUp] : 0
    const wp12 = in12 ? weakPair[up + kUp] : 0
    const np12 = in12 ? namePair[up + kUp] : 0
    const sp21 = in21 ? strongPair[row + k - 1] : 0
    const wp21 = in21 ? weakPair[row + k - 1] : 0
    const np21 = in21 ? namePair[row + k - 1] : 0
    const sp22 = strongPair[row + k]
    const wp22 = weakPair[row + k]
    const np22 = namePair[row + k]
    const all11 = sp11 + wp11 + np11
    const all12 = sp12 + wp12 + np12
    const all21 = sp21 + wp21 + np21
    const all22 = sp22 + wp22 + np22
    let orphans = 0
    if ((koStrong[a1] > 0 && sp11 + sp12 === 0) || (all11 + all12 === 0 && koMin[a1] === 1)) orphans++
    if ((koStrong[a2] > 0 && sp21 + sp22 === 0) || (all21 + all22 === 0 && koMin[a2] === 1)) orphans++
    if ((enStrong[b1] > 0 && sp11 + sp21 === 0) || (all11 + all21 === 0 && enMin[b1] === 1)) orphans++
    if ((enStrong[b2] > 0 && sp12 + sp22 === 0) || (all12 + all22 === 0 && enMin[b2] === 1)) orphans++
    const strongShared = sp11 + sp12 + sp21 + sp22
    const weakShared = wp11 + wp12 + wp21 + wp22
    const strongMiss = koStrong[a1] + koStrong[a2] + enStrong[b1] + enStrong[b2] - 2 * strongShared
    const weakMiss = koWeak[a1] + koWeak[a2] + enWeak[b1] + enWeak[b2] - 2 * weakShared
    const c =
      prior22 +
      (lengthCost(enTerm2[b2], koLog2[a2], koDrift2[a2], koSigma2[a2]) -
        strongMatch * strongShared -
        weakMatch * weakShared -
        nameMatch * (np11 + np12 + np21 + np22) +
        (strongMiss > 0 ? strongMissW * strongMiss : 0) +
        (weakMiss > 0 ? weakMissW * weakMiss : 0) +
        orphanW * orphans)
    const total = before + c
    return total
  }
  /**
   * Total cost into (i, j) by a 1–3 bead (one Korean sentence, three English) or a 3–1 bead: `many` is the side
   * with three sentences, ending at index `last`; the pairs' shared anchors sit in the cells `cells` (one per
   * sentence of the three, -1 outside the band). A sentence of the three that shares nothing is an orphan.
   */
  const total3 = (before: number, prior3: number, oneIsKo: boolean, one: number, last: number, cells: Int32Array): number => {
    let strongShared = 0
    let weakShared = 0
    let names = 0
    let orphans = 0
    let manyStrong = 0
    let manyWeak = 0
    for (let t = 0; t < 3; t++) {
      const c = cells[t]
      const sp = c >= 0 ? strongPair[c] : 0
      const wp = c >= 0 ? weakPair[c] : 0
      const np = c >= 0 ? namePair[c] : 0
      const x = last - 2 + t
      const st = oneIsKo ? enStrong[x] : koStrong[x]
      const min = oneIsKo ? enMin[x] : koMin[x]
      manyStrong += st
      manyWeak += oneIsKo ? enWeak[x] : koWeak[x]
      if ((st > 0 && sp === 0) || (sp + wp + np === 0 && min === 1)) orphans++
      strongShared += sp
      weakShared += wp
      names += np
    }
    const strongMiss = (oneIsKo ? koStrong[one] : enStrong[one]) + manyStrong - 2 * strongShared
    const weakMiss = (oneIsKo ? koWeak[one] : enWeak[one]) + manyWeak - 2 * weakShared
    const length = oneIsKo
      ? lengthCost(enTerm3[last], koLog1[one], koDrift1[one], koSigma1[one])
      : lengthCost(enTerm1[one], koLog3[last], koDrift3[last], koSigma3[last])
    return (
      before +
      prior3 +
      length -
      strongMatch * strongShared -
      weakMatch * weakShared -
      nameMatch * names +
      (strongMiss > 0 ? strongMissW * strongMiss : 0) +
      (weakMiss > 0 ? weakMissW * weakMiss : 0) +
      orphanW * orphans
    )
  }
  const cells3 = new Int32Array(3)
  /** The band cell of Korean sentence a with English sentence b, or -1 outside the band. */
  const pairCell = (a: number, b: number): number => {
    const k = b + 1 - lo[a + 1]
    return k >= 0 && k < width ? (a + 1) * width + k : -1
  }
  /** The most the pairs of `cells3` earn, a bound for outranked. */
  const reward3 = (): number => {
    let r = 0
    for (let t = 0; t < 3; t++) {
      const c = cells3[t]
      if (c >= 0) r += strongMatch * strongPair[c] + weakMatch * weakPair[c] + nameMatch * namePair[c]
    }
    return r
  }
  cost[at(0, 0)] = 0

  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      let most = 0
      for (let c = i * width, end = c + width; c < end; c++) {
        const r = strongMatch * strongPair[c] + weakMatch * weakPair[c] + nameMatch * namePair[c]
        if (r > most) most = r
      }
      rowReward[i - 1] = most
    }
    const jFrom = Math.max(0, lo[i])
    const jTo = Math.min(m, lo[i] + width - 1)
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let second = Infinity
      let bestShape = 0
      // 1–1, the commonest bead, without the general loop's bookkeeping.
      if (i > 0 && j > 0) {
        const pk = j - 1 - lo[i - 1]
        const before = pk >= 0 && pk < width ? cost[(i - 1) * width + pk] : Infinity
        if (before !== Infinity) {
          const cell = i * width + (j - lo[i])
          const sp = strongPair[cell]
          const wp = weakPair[cell]
          const strongMiss = koStrong[i - 1] + enStrong[j - 1] - 2 * sp
          const weakMiss = koWeak[i - 1] + enWeak[j - 1] - 2 * wp
          best =
            before +
            shapePrior[0] +
            lengthCost(enTerm1[j - 1], koLog1[i - 1], koDrift1[i - 1], koSigma1[i - 1]) -
            strongMatch * sp -
            weakMatch * wp -
            nameMatch * namePair[cell] +
            (strongMiss > 0 ? strongMissW * strongMiss : 0) +
            (weakMiss > 0 ? weakMissW * weakMiss : 0) +
            (sp + wp + namePair[cell] === 0 && koMin[i - 1] === 1 && enMin[j - 1] === 1 ? disjointW : 0)
        }
      }
      // The other beads, in SHAPES order (a tie goes to the earlier shape). A pair of sentences outside the
      // band shares nothing.
      const row = i * width
      const k = j - lo[i]
      // 1–0 and 0–1: a sentence left unlinked costs its prior alone.
      if (i > 0) {
        const pk = j - lo[i - 1]
        const before = pk >= 0 && pk < width ? cost[(i - 1) * width + pk] : Infinity
        if (before !== Infinity) {
          const total = before + prior10
          if (total < best) {
            second = best
            best = total
            bestShape = 1
          } else if (total < second) second = total
        }
      }
      if (j > 0 && k > 0) {
        const before = cost[row + k - 1]
        if (before !== Infinity) {
          const total = before + prior01
          if (total < best) {
            second = best
            best = total
            bestShape = 2
          } else if (total < second) second = total
        }
      }
      // 2–1: Korean a1 = i - 2 and a2 = i - 1 with English b = j - 1; pairs at (i - 1, j) and (i, j).
      if (i > 1 && j > 0) {
        const pk = j - 1 - lo[i - 2]
        const before = pk >= 0 && pk < width ? cost[(i - 2) * width + pk] : Infinity
        if (before !== Infinity) {
          const k1 = j - lo[i - 1]
          const c1 = (i - 1) * width + k1
          const in1 = k1 >= 0 && k1 < width
          const sp1 = in1 ? strongPair[c1] : 0
          const wp1 = in1 ? weakPair[c1] : 0
          const np1 = in1 ? namePair[c1] : 0
          const c2 = row + k
          const sp2 = strongPair[c2]
          const wp2 = weakPair[c2]
          const np2 = namePair[c2]
          const reward = strongMatch * (sp1 + sp2) + weakMatch * (wp1 + wp2) + nameMatch * (np1 + np2)
          if (!outranked(before, (koJoin[i - 1] === 1 ? priorQ2 : prior21) - enSplit[j - 1], reward, second)) {
            const total = total21(before, second, i, j, sp1, wp1, np1, sp2, wp2, np2)
            if (total < best) {
              second = best
              best = total
              bestShape = 3
            } else if (total < second) second = total
          }
        }
      }
      // 1–2: Korean a = i - 1 with English b1 = j - 2 and b2 = j - 1; pairs at (i, j - 1) and (i, j).
      if (i > 0 && j > 1) {
        const pk = j - 2 - lo[i - 1]
        const before = pk >= 0 && pk < width ? cost[(i - 1) * width + pk] : Infinity
        if (before !== Infinity) {
          const in1 = k > 0
          const sp1 = in1 ? strongPair[row + k - 1] : 0
          const wp1 = in1 ? weakPair[row + k - 1] : 0
          const np1 = in1 ? namePair[row + k - 1] : 0
          const sp2 = strongPair[row + k]
          const wp2 = weakPair[row + k]
          const np2 = namePair[row + k]
          const reward = strongMatch * (sp1 + sp2) + weakMatch * (wp1 + wp2) + nameMatch * (np1 + np2)
          if (!outranked(before, (enJoin[j - 1] === 1 ? priorQ2 : prior12) - koSplit[i - 1], reward, second)) {
            const total = total12(before, second, i, j, sp1, wp1, np1, sp2, wp2, np2)
            if (total < best) {
              second = best
              best = total
              bestShape = 4
            } else if (total < second) second = total
          }
        }
      }
      // 2–2: Korean a1, a2 = i - 2, i - 1 with English b1, b2 = j - 2, j - 1; pairs at (i - 1, j - 1),
      // (i - 1, j), (i, j - 1) and (i, j).
      if (i > 1 && j > 1) {
        const pk = j - 2 - lo[i - 2]
        const before = pk >= 0 && pk < width ? cost[(i - 2) * width + pk] : Infinity
        if (before !== Infinity && !outranked(before, prior22, 2 * (rowReward[i - 2] + rowReward[i - 1]), second)) {
          const total = total22(before, i, j)
          if (total < best) {
            second = best
            best = total
            bestShape = 5
          } else if (total < second) second = total
        }
      }
      // 1–3: Korean a = i - 1 with English j - 3 … j - 1.
      if (i > 0 && j > 2) {
        const pk = j - 3 - lo[i - 1]
        const before = pk >= 0 && pk < width ? cost[(i - 1) * width + pk] : Infinity
        const p13 = enJoin[j - 2] === 1 && enJoin[j - 1] === 1 ? priorQ3 : prior13
        // First ruled out by the row's bound, as 2–2 beads are, before reading the bead's own pairs.
        if (before !== Infinity && !outranked(before, p13, 3 * rowReward[i - 1], second)) {
          // Korean i - 1 with English j - 3 … j - 1: cells (i, j - 2 … j) of row i.
          for (let t = 0; t < 3; t++) cells3[t] = k - 2 + t >= 0 ? row + k - 2 + t : -1
          if (!outranked(before, p13, reward3(), second)) {
            const total = total3(before, p13, true, i - 1, j - 1, cells3)
            if (total < best) {
              second = best
              best = total
              bestShape = 6
            } else if (total < second) second = total
          }
        }
      }
      // 3–1: Korean i - 3 … i - 1 with English b = j - 1.
      if (i > 2 && j > 0) {
        const pk = j - 1 - lo[i - 3]
        const before = pk >= 0 && pk < width ? cost[(i - 3) * width + pk] : Infinity
        const p31 = koJoin[i - 2] === 1 && koJoin[i - 1] === 1 ? priorQ3 : prior31
        if (before !== Infinity && !outranked(before, p31, rowReward[i - 3] + rowReward[i - 2] + rowReward[i - 1], second)) {
          for (let t = 0; t < 3; t++) cells3[t] = pairCell(i - 3 + t, j - 1)
          if (!outranked(before, p31, reward3(), second)) {
            const total = total3(before, p31, false, j - 1, i - 1, cells3)
            if (total < best) {
              second = best
              best = total
              bestShape = 7
            } else if (total < second) second = total
          }
        }
      }
      const cell = i * width + (j - lo[i])
      cost[cell] = best
      runnerUp[cell] = second
      back[cell] = bestShape
    }
    // Beam: cells far costlier than the row's best cannot lead to the best path in practice; dropping them
    // spares the bead costs they would feed.
    let rowBest = Infinity
    for (let j = jFrom; j <= jTo; j++) rowBest = Math.min(rowBest, cost[i * width + (j - lo[i])])
    const limit = rowBest + beam
    for (let j = jFrom; j <= jTo; j++) if (cost[i * width + (j - lo[i])] > limit) cost[i * width + (j - lo[i])] = Infinity
  }

  const end = at(n, m)
  if (cost[end] === Infinity) {
    // The beam cut every way to the end (texts that barely translate each other, with one side much
    // longer): search the whole band, which always reaches the end.
    if (beam !== Infinity) return alignProfiles(ko, en, Infinity, joins)
    throw new Error('alignment band does not reach the end')
  }
  const links: AlignmentLink[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const cell = at(i, j)
    const [, dk, de] = SHAPES[back[cell]]
    const pi = i - dk
    const pj = j - de
    const score = linkConfidence(runnerUp[cell] - cost[cell])
    links.push({
      ko: range(pi, i),
      en: range(pj, j),
      score,
      lowConfidence: score < LOW_CONFIDENCE,
    })
    i = pi
    j = pj
  }
  return links.reverse()
}

/**
 * Whether a bead must cost at least `second` (the runner-up so far at its cell), so that costing it would
 * change neither the best way into the cell nor the runner-up: its cost is its prior, plus a length cost and
 * penalties that are never negative, minus its rewards, which are at most `reward`. The slack is far above
 * any rounding of these sums (relative 1e-6 against 1e-16), so a bead that could place is never skipped.
 */
function outranked(before: number, prior: number, reward: number, second: number): boolean {
  return before + prior - reward >= second + 1e-6 * (1 + Math.abs(before) + prior + reward)
}

/** The three kinds of anchor a profile has, in the order sharedInBand counts them. */
function idsOf(p: SentenceProfile, kind: number): IdSet {
  return kind === 0 ? p.strong : kind === 1 ? p.weak : p.names
}

/**
 * For every band cell (a + 1, b + 1) and each kind of anchor (strong, weak, names), how many ids Korean
 * sentence a and English sentence b have in common (what sharedCount of their lists would say), from the
 * English sentences holding each id, listed in order. All kinds in one pass, with indexed loops only: this
 * runs once per alignment, mostly before the JIT has optimised it.
 */
function sharedInBand(
  ko: readonly SentenceProfile[],
  en: readonly SentenceProfile[],
  lo: Int32Array,
  width: number,
  size: number,
): [Int16Array, Int16Array, Int16Array] {
  const outs: [Int16Array, Int16Array, Int16Array] = [new Int16Array(size), new Int16Array(size), new Int16Array(size)]
  const n = ko.length
  const m = en.length
  let maxId = -1
  let total = 0
  for (let b = 0; b < m; b++) {
    for (let kind = 0; kind < 3; kind++) {
      const ids = idsOf(en[b], kind)
      total += ids.length
      for (let t = 0; t < ids.length; t++) if (ids[t] > maxId) maxId = ids[t]
    }
  }
  if (maxId < 0) return outs
  // One id space per kind (a kind's ids may repeat another's): key = kind × span + id. Postings in compressed
  // rows: the English sentences holding key x are holders[start[x] … start[x + 1] - 1].
  const span = maxId + 1
  const keys = 3 * span
  const start = new Int32Array(keys + 1)
  for (let b = 0; b < m; b++) {
    for (let kind = 0; kind < 3; kind++) {
      const ids = idsOf(en[b], kind)
      for (let t = 0; t < ids.length; t++) start[kind * span + ids[t] + 1]++
    }
  }
  for (let x = 0; x < keys; x++) start[x + 1] += start[x]
  const next = start.slice(0, keys)
  const holders = new Int32Array(total)
  for (let b = 0; b < m; b++) {
    for (let kind = 0; kind < 3; kind++) {
      const ids = idsOf(en[b], kind)
      for (let t = 0; t < ids.length; t++) holders[next[kind * span + ids[t]]++] = b
    }
  }
  // Bands only move right as a grows, so each key's cursor only moves forward past sentences left behind.
  const cursor = start.slice(0, keys)
  for (let a = 0; a < n; a++) {
    // Row a + 1 holds columns lo … lo + width - 1, that is English sentences lo - 1 … lo + width - 2.
    const rowLo = lo[a + 1]
    const base = (a + 1) * width + 1 - rowLo
    const first = rowLo - 1 > 0 ? rowLo - 1 : 0
    const last = rowLo + width - 2 < m - 1 ? rowLo + width - 2 : m - 1
    for (let kind = 0; kind < 3; kind++) {
      const ids = idsOf(ko[a], kind)
      const out = outs[kind]
      for (let t = 0; t < ids.length; t++) {
        const id = ids[t]
        if (id > maxId) continue
        const key = kind * span + id
        const end = start[key + 1]
        let h = cursor[key]
        while (h < end && holders[h] < first) h++
        cursor[key] = h
        for (; h < end && holders[h] <= last; h++) out[base + holders[h]]++
      }
    }
  }
  return outs
}

/**
 * How many sentences of a 2–1 or 1–2 bead (one and two, against other) are redundant: they share anchors
 * with the other side, but none that their neighbour in the bead does not share too. None are counted
 * unless the bead could still place, the only case where the penalty can matter.
 */
function redundantSentences(
  couldPlace: boolean,
  one: SentenceProfile,
  two: SentenceProfile,
  other: SentenceProfile,
  sharedByOne: number,
  sharedByTwo: number,
): number {
  if (!couldPlace) return 0
  let n = 0
  if (sharedByOne > 0 && uniqueShare(one, two, other, sharedByOne) <= 0) n++
  if (sharedByTwo > 0 && uniqueShare(two, one, other, sharedByTwo) <= 0) n++
  return n
}

/**
 * Anchors a sentence shares with the other side that its neighbour in the bead does not also share: when
 * none, the sentence adds nothing of its own, as a sentence on the same topic that the other side left out
 * would not.
 */
function uniqueShare(p: SentenceProfile, neighbour: SentenceProfile, other: SentenceProfile, shared: number): number {
  return (
    shared -
    sharedCount3(p.strong, neighbour.strong, other.strong) -
    sharedCount3(p.weak, neighbour.weak, other.weak) -
    sharedCount3(p.names, neighbour.names, other.names)
  )
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}

function onlyOneSide(n: number, m: number): AlignmentLink[] {
  const links: AlignmentLink[] = []
  for (let i = 0; i < n; i++) links.push({ ko: [i], en: [], score: 1, lowConfidence: false })
  for (let j = 0; j < m; j++) links.push({ ko: [], en: [j], score: 1, lowConfidence: false })
  return links
}
