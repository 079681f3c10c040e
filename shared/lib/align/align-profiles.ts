import type { AlignmentLink } from '../../models/alignment'
import { BEAD_PRIOR, type AnchorTally, type BeadShape, linkedBeadCost } from './bead-costs'
import { linkConfidence, LOW_CONFIDENCE } from './link-confidence'
import { type SentenceProfile, sharedCount } from './sentence-profile'

/** Half-width of the search band around the diagonal, in sentences. Keeps time and memory linear. */
export const BAND_HALF_WIDTH = 40

const SHAPES: ReadonlyArray<readonly [BeadShape, number, number]> = [
  ['1-1', 1, 1],
  ['1-0', 1, 0],
  ['0-1', 0, 1],
  ['2-1', 2, 1],
  ['1-2', 1, 2],
  ['2-2', 2, 2],
]

/**
 * Dynamic programming over beads (1–1, 1–2, 2–1, 2–2, 1–0, 0–1) inside a band around the diagonal.
 * Cells are indexed by (i, j - lo(i)) so storage is (n + 1) × band, not (n + 1) × (m + 1).
 */
export function alignProfiles(ko: readonly SentenceProfile[], en: readonly SentenceProfile[]): AlignmentLink[] {
  const n = ko.length
  const m = en.length
  if (n === 0 && m === 0) return []
  if (n === 0 || m === 0) return onlyOneSide(n, m)

  // A steep diagonal (one side much longer) needs a band at least as wide as one row's step.
  const half = Math.max(BAND_HALF_WIDTH, Math.ceil(m / n) + 2, Math.ceil(n / m) + 2)
  const width = 2 * half + 1
  const lo = (i: number): number => Math.round((i * m) / n) - half
  const cost = new Float64Array((n + 1) * width).fill(Infinity)
  const back = new Uint8Array((n + 1) * width)
  const at = (i: number, j: number): number => {
    const k = j - lo(i)
    return k < 0 || k >= width ? -1 : i * width + k
  }

  // Pairwise anchor overlaps, cached per band cell so multi-sentence beads reuse them.
  const strongPair = new Int16Array((n + 1) * width)
  const weakPair = new Int16Array((n + 1) * width)
  for (let i = 0; i < n; i++) {
    const base = lo(i + 1)
    for (let k = 0; k < width; k++) {
      const j = base + k - 1
      if (j < 0 || j >= m) continue
      strongPair[(i + 1) * width + k] = sharedCount(ko[i].strong, en[j].strong)
      weakPair[(i + 1) * width + k] = sharedCount(ko[i].weak, en[j].weak)
    }
  }
  // Overlap of Korean sentence i (0-based) with English sentence j (0-based), 0 outside the band.
  const pair = (arr: Int16Array, i: number, j: number): number => {
    const k = j + 1 - lo(i + 1)
    return k < 0 || k >= width ? 0 : arr[(i + 1) * width + k]
  }

  const tally: AnchorTally = { strongShared: 0, weakShared: 0, strongTotal: 0, weakTotal: 0 }
  const start = at(0, 0)
  cost[start] = 0

  for (let i = 0; i <= n; i++) {
    const jFrom = Math.max(0, lo(i))
    const jTo = Math.min(m, lo(i) + width - 1)
    for (let j = jFrom; j <= jTo; j++) {
      const cell = at(i, j)
      if (i === 0 && j === 0) continue
      let best = Infinity
      let bestShape = 0
      for (let s = 0; s < SHAPES.length; s++) {
        const [shape, dk, de] = SHAPES[s]
        if (i < dk || j < de) continue
        const prev = at(i - dk, j - de)
        if (prev < 0 || cost[prev] === Infinity) continue
        let c: number
        if (de === 0 || dk === 0) {
          c = BEAD_PRIOR[shape]
        } else {
          let koLen = 0
          let enLen = 0
          tally.strongShared = 0
          tally.weakShared = 0
          tally.strongTotal = 0
          tally.weakTotal = 0
          for (let a = i - dk; a < i; a++) {
            koLen += ko[a].length
            tally.strongTotal += ko[a].strong.length
            tally.weakTotal += ko[a].weak.length
            for (let b = j - de; b < j; b++) {
              tally.strongShared += pair(strongPair, a, b)
              tally.weakShared += pair(weakPair, a, b)
            }
          }
          for (let b = j - de; b < j; b++) {
            enLen += en[b].length
            tally.strongTotal += en[b].strong.length
            tally.weakTotal += en[b].weak.length
          }
          c = linkedBeadCost(shape, koLen, enLen, tally)
        }
        const total = cost[prev] + c
        if (total < best) {
          best = total
          bestShape = s
        }
      }
      cost[cell] = best
      back[cell] = bestShape
    }
  }

  const end = at(n, m)
  if (end < 0 || cost[end] === Infinity) throw new Error('alignment band does not reach the end')
  const links: AlignmentLink[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const cell = at(i, j)
    const [, dk, de] = SHAPES[back[cell]]
    const pi = i - dk
    const pj = j - de
    const beadCost = cost[cell] - cost[at(pi, pj)]
    const score = linkConfidence(dk, de, beadCost)
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
