import type { AlignmentLink } from '../../models/alignment'
import { ANCHOR_WEIGHTS, BEAD_PRIOR, type BeadShape, ORPHAN_MIN_ANCHORS } from './bead-costs'
import { lengthCostFunction } from './length-model'
import { linkConfidence, LOW_CONFIDENCE } from './link-confidence'
import { type SentenceProfile, sharedCount, sharedCount3 } from './sentence-profile'

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
]
const SHAPE_COUNT = SHAPES.length
const SHAPE_KO = Int8Array.from(SHAPES, ([, dk]) => dk)
const SHAPE_EN = Int8Array.from(SHAPES, ([, , de]) => de)

/**
 * Dynamic programming over beads (1–1, 1–2, 2–1, 2–2, 1–0, 0–1) inside a band around the diagonal.
 * Cells are indexed by (i, j - lo(i)) so storage is (n + 1) × band, not (n + 1) × (m + 1).
 */
export function alignProfiles(ko: readonly SentenceProfile[], en: readonly SentenceProfile[], beam = BEAM): AlignmentLink[] {
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
  // every bead ending in a band cell finds its pairs in the band. Filled on first use: the beam leaves
  // most of the band unvisited.
  const strongPair = new Int16Array((n + 1) * width)
  const weakPair = new Int16Array((n + 1) * width)
  const namePair = new Int16Array((n + 1) * width)
  const pairFilled = new Uint8Array((n + 1) * width)
  const fillPair = (cell: number, a: number, b: number): void => {
    pairFilled[cell] = 1
    strongPair[cell] = sharedCount(ko[a].strong, en[b].strong)
    weakPair[cell] = sharedCount(ko[a].weak, en[b].weak)
    namePair[cell] = sharedCount(ko[a].names, en[b].names)
  }

  // Constants read once: this loop runs millions of times on long documents.
  const prior = BEAD_PRIOR
  const shapePrior = SHAPES.map(([shape]) => prior[shape])
  const w = ANCHOR_WEIGHTS
  const strongMatch = w.strongMatch
  const weakMatch = w.weakMatch
  const nameMatch = w.nameMatch
  const strongMissW = w.strongMiss
  const weakMissW = w.weakMiss
  const orphanW = w.orphan
  const redundantW = w.redundant
  const lengthScore = lengthCostFunction()
  const koLength = Float64Array.from(ko, (p) => p.length)
  const enLength = Float64Array.from(en, (p) => p.length)
  const koStrong = Int32Array.from(ko, (p) => p.strong.length)
  const koWeak = Int32Array.from(ko, (p) => p.weak.length)
  const enStrong = Int32Array.from(en, (p) => p.strong.length)
  const enWeak = Int32Array.from(en, (p) => p.weak.length)
  const koMin = Uint8Array.from(ko, (p) => (p.strong.length + p.weak.length >= ORPHAN_MIN_ANCHORS ? 1 : 0))
  const enMin = Uint8Array.from(en, (p) => (p.strong.length + p.weak.length >= ORPHAN_MIN_ANCHORS ? 1 : 0))
  cost[at(0, 0)] = 0

  for (let i = 0; i <= n; i++) {
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
          if (pairFilled[cell] === 0) fillPair(cell, i - 1, j - 1)
          const sp = strongPair[cell]
          const wp = weakPair[cell]
          const strongMiss = koStrong[i - 1] + enStrong[j - 1] - 2 * sp
          const weakMiss = koWeak[i - 1] + enWeak[j - 1] - 2 * wp
          best =
            before +
            shapePrior[0] +
            lengthScore(koLength[i - 1], enLength[j - 1]) -
            strongMatch * sp -
            weakMatch * wp -
            nameMatch * namePair[cell] +
            (strongMiss > 0 ? strongMissW * strongMiss : 0) +
            (weakMiss > 0 ? weakMissW * weakMiss : 0)
        }
      }
      for (let s = 1; s < SHAPE_COUNT; s++) {
        const dk = SHAPE_KO[s]
        const de = SHAPE_EN[s]
        if (i < dk || j < de) continue
        const pk = j - de - lo[i - dk]
        if (pk < 0 || pk >= width) continue
        const before = cost[(i - dk) * width + pk]
        if (before === Infinity) continue
        let c = shapePrior[s]
        if (dk !== 0 && de !== 0) {
          let kLen = 0
          let eLen = 0
          let strongShared = 0
          let weakShared = 0
          let nameShared = 0
          let strongTotal = 0
          let weakTotal = 0
          let orphans = 0
          // Anchors shared with the other side by the first and second sentence of a 2–1 or 1–2 bead that
          // might be redundant (0: not a candidate).
          let redundantFirst = 0
          let redundantSecond = 0
          for (let a = i - dk; a < i; a++) {
            kLen += koLength[a]
            strongTotal += koStrong[a]
            weakTotal += koWeak[a]
            const row = (a + 1) * width
            let byA = 0
            let strongByA = 0
            for (let b = j - de; b < j; b++) {
              const k = b + 1 - lo[a + 1]
              if (k < 0 || k >= width) continue
              if (pairFilled[row + k] === 0) fillPair(row + k, a, b)
              const sp = strongPair[row + k]
              const wp = weakPair[row + k]
              const np = namePair[row + k]
              strongShared += sp
              weakShared += wp
              nameShared += np
              byA += sp + wp + np
              strongByA += sp
            }
            if (dk > 1 && ((koStrong[a] > 0 && strongByA === 0) || (byA === 0 && koMin[a] === 1))) orphans++
            else if (dk === 2 && de === 1 && byA > 0 && koMin[a] === 1) {
              if (a === i - 2) redundantFirst = byA
              else redundantSecond = byA
            }
          }
          for (let b = j - de; b < j; b++) {
            eLen += enLength[b]
            strongTotal += enStrong[b]
            weakTotal += enWeak[b]
            if (de > 1) {
              let byB = 0
              let strongByB = 0
              for (let a = i - dk; a < i; a++) {
                const k = b + 1 - lo[a + 1]
                if (k < 0 || k >= width) continue
                const cell = (a + 1) * width + k
                if (pairFilled[cell] === 0) fillPair(cell, a, b)
                byB += strongPair[cell] + weakPair[cell] + namePair[cell]
                strongByB += strongPair[cell]
              }
              if ((enStrong[b] > 0 && strongByB === 0) || (byB === 0 && enMin[b] === 1)) orphans++
              else if (dk === 1 && enMin[b] === 1) {
                if (b === j - 2) redundantFirst = byB
                else redundantSecond = byB
              }
            }
          }
          const strongMiss = strongTotal - 2 * strongShared
          const weakMiss = weakTotal - 2 * weakShared
          c +=
            lengthScore(kLen, eLen) -
            strongMatch * strongShared -
            weakMatch * weakShared -
            nameMatch * nameShared +
            (strongMiss > 0 ? strongMissW * strongMiss : 0) +
            (weakMiss > 0 ? weakMissW * weakMiss : 0) +
            orphanW * orphans
          // Redundant sentences only add cost, so they are weighed only where the bead could still place.
          if ((redundantFirst > 0 || redundantSecond > 0) && before + c < second) {
            const [one, two, other] = dk === 2 ? [ko[i - 2], ko[i - 1], en[j - 1]] : [en[j - 2], en[j - 1], ko[i - 1]]
            if (redundantFirst > 0 && uniqueShare(one, two, other, redundantFirst) <= 0) c += redundantW
            if (redundantSecond > 0 && uniqueShare(two, one, other, redundantSecond) <= 0) c += redundantW
          }
        }
        const total = before + c
        if (total < best) {
          second = best
          best = total
          bestShape = s
        } else if (total < second) second = total
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
    if (beam !== Infinity) return alignProfiles(ko, en, Infinity)
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
