import type { AlignmentLink } from '../../models/alignment'
import { BEAD_PRIOR, type AnchorTally, type BeadShape, linkedBeadCost, ORPHAN_MIN_ANCHORS } from './bead-costs'
import { linkConfidence, LOW_CONFIDENCE } from './link-confidence'
import { type SentenceProfile, sharedCount } from './sentence-profile'

/** Half-width of the search band around the diagonal, in sentences. Keeps time and memory linear. */
export const BAND_HALF_WIDTH = 30

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
  // Row i holds columns lo[i] … lo[i] + width - 1.
  const lo = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) lo[i] = Math.round((i * m) / n) - half
  const cost = new Float64Array((n + 1) * width).fill(Infinity)
  const back = new Uint8Array((n + 1) * width)
  const at = (i: number, j: number): number => {
    const k = j - lo[i]
    return k < 0 || k >= width ? -1 : i * width + k
  }

  // Anchor overlaps of Korean sentence a with English sentence b, stored at cell (a + 1, b + 1) so that
  // every bead ending in a band cell finds its pairs in the band.
  const strongPair = new Int16Array((n + 1) * width)
  const weakPair = new Int16Array((n + 1) * width)
  const namePair = new Int16Array((n + 1) * width)
  for (let a = 0; a < n; a++) {
    const row = (a + 1) * width
    for (let k = 0; k < width; k++) {
      const b = lo[a + 1] + k - 1
      if (b < 0 || b >= m) continue
      strongPair[row + k] = sharedCount(ko[a].strong, en[b].strong)
      weakPair[row + k] = sharedCount(ko[a].weak, en[b].weak)
      namePair[row + k] = sharedCount(ko[a].names, en[b].names)
    }
  }

  const tally: AnchorTally = { strongShared: 0, weakShared: 0, strongTotal: 0, weakTotal: 0, nameShared: 0, orphans: 0 }
  cost[at(0, 0)] = 0

  for (let i = 0; i <= n; i++) {
    const jFrom = Math.max(0, lo[i])
    const jTo = Math.min(m, lo[i] + width - 1)
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let bestShape = 0
      for (let s = 0; s < SHAPES.length; s++) {
        const [shape, dk, de] = SHAPES[s]
        if (i < dk || j < de) continue
        const pk = j - de - lo[i - dk]
        if (pk < 0 || pk >= width) continue
        const before = cost[(i - dk) * width + pk]
        if (before === Infinity) continue
        let c: number
        if (de === 0 || dk === 0) {
          c = BEAD_PRIOR[shape]
        } else {
          let koLen = 0
          let enLen = 0
          tally.strongShared = 0
          tally.weakShared = 0
          tally.nameShared = 0
          tally.strongTotal = 0
          tally.weakTotal = 0
          tally.orphans = 0
          for (let a = i - dk; a < i; a++) {
            koLen += ko[a].length
            tally.strongTotal += ko[a].strong.length
            tally.weakTotal += ko[a].weak.length
            const row = (a + 1) * width
            let sharedByA = 0
            let strongByA = 0
            for (let b = j - de; b < j; b++) {
              const k = b + 1 - lo[a + 1]
              if (k < 0 || k >= width) continue
              tally.strongShared += strongPair[row + k]
              tally.weakShared += weakPair[row + k]
              tally.nameShared += namePair[row + k]
              sharedByA += strongPair[row + k] + weakPair[row + k] + namePair[row + k]
              strongByA += strongPair[row + k]
            }
            if (dk > 1 && isOrphan(ko[a], sharedByA, strongByA)) tally.orphans++
          }
          for (let b = j - de; b < j; b++) {
            enLen += en[b].length
            tally.strongTotal += en[b].strong.length
            tally.weakTotal += en[b].weak.length
            if (de > 1) {
              let sharedByB = 0
              let strongByB = 0
              for (let a = i - dk; a < i; a++) {
                const k = b + 1 - lo[a + 1]
                if (k < 0 || k >= width) continue
                const cell = (a + 1) * width + k
                sharedByB += strongPair[cell] + weakPair[cell] + namePair[cell]
                strongByB += strongPair[cell]
              }
              if (isOrphan(en[b], sharedByB, strongByB)) tally.orphans++
            }
          }
          c = linkedBeadCost(shape, koLen, enLen, tally)
        }
        if (before + c < best) {
          best = before + c
          bestShape = s
        }
      }
      const cell = i * width + (j - lo[i])
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

/**
 * A sentence of a multi-sentence bead that the other side does not render: it has figures or Latin names
 * and none of them is shared, or it has several anchors and shares none at all.
 */
function isOrphan(p: SentenceProfile, shared: number, strongShared: number): boolean {
  if (p.strong.length > 0 && strongShared === 0) return true
  return shared === 0 && p.strong.length + p.weak.length >= ORPHAN_MIN_ANCHORS
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
