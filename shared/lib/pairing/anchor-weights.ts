/**
 * Inverse document frequency of anchors over the Korean side of a library: an anchor that every article
 * has ("AI", 정부) says little about which article an English text translates; a figure such as 6710억
 * or a name such as CNIL says a lot.
 */
export class AnchorWeights {
  private readonly df = new Map<string, number>()
  private readonly documents: number

  constructor(documents: ReadonlyArray<ReadonlySet<string>>) {
    this.documents = documents.length
    for (const doc of documents) for (const a of doc) this.df.set(a, (this.df.get(a) ?? 0) + 1)
  }

  weight(anchor: string): number {
    const df = this.df.get(anchor) ?? 0
    const base = Math.log(1 + (this.documents + 1) / (df + 1))
    // Figures and Latin tokens survive translation verbatim; glossary concepts are paraphrased more often.
    return anchor.startsWith('g:') ? 0.5 * base : base
  }

  /** Whether any Korean document has the anchor (English words no Korean text has are not evidence). */
  known(anchor: string): boolean {
    return this.df.has(anchor)
  }
}

/** One anchor of the index: its squared weight, computed once, and the units that have it, in order. */
interface Posting {
  readonly weight2: number
  readonly units: number[]
}

/**
 * Similarities of one English text with the units it shares an anchor with, in the order each unit was
 * first reached (anchor by anchor, units in index order): callers break ties by that order.
 */
export interface Similarities {
  readonly units: Int32Array
  readonly values: Float64Array
}

/**
 * The Korean units of a library indexed by anchor, so an English text is compared only with the units it
 * shares an anchor with: pairing stays fast on libraries of thousands of articles.
 */
export class AnchorIndex {
  private readonly postings = new Map<string, Posting>()
  private readonly norms: Float64Array
  /** Scratch space reused by every query, so a query allocates only its result. */
  private readonly shared: Float64Array
  private readonly seen: Uint8Array
  private readonly touched: Int32Array

  /** Weighted by the rarity of each anchor among these same units. */
  constructor(units: ReadonlyArray<ReadonlySet<string>>) {
    const weights = new AnchorWeights(units)
    this.norms = new Float64Array(units.length)
    this.shared = new Float64Array(units.length)
    this.seen = new Uint8Array(units.length)
    this.touched = new Int32Array(units.length)
    units.forEach((anchors, u) => {
      let norm = 0
      for (const a of anchors) {
        let posting = this.postings.get(a)
        if (!posting) {
          const w = weights.weight(a)
          this.postings.set(a, (posting = { weight2: w * w, units: [] }))
        }
        norm += posting.weight2
        posting.units.push(u)
      }
      this.norms[u] = norm
    })
  }

  /**
   * Weighted overlap of an English text's anchors with every unit that shares one, normalised like a cosine
   * so long texts don't win by size alone. Units sharing nothing are absent (similarity 0).
   */
  similarities(en: ReadonlySet<string>): Similarities {
    const shared = this.shared
    const seen = this.seen
    const touched = this.touched
    let count = 0
    let enNorm = 0
    for (const a of en) {
      // Anchors no Korean unit has are not evidence (every known anchor has a posting).
      const posting = this.postings.get(a)
      if (!posting) continue
      const w2 = posting.weight2
      enNorm += w2
      for (const u of posting.units) {
        if (seen[u] === 0) {
          seen[u] = 1
          touched[count++] = u
        }
        // Summed from 0 in anchor order, as the running totals always were: the same floating-point result.
        shared[u] += w2
      }
    }
    const units = touched.slice(0, count)
    const values = new Float64Array(count)
    for (let k = 0; k < count; k++) {
      const u = units[k]
      const s = shared[u]
      shared[u] = 0
      seen[u] = 0
      values[k] = this.norms[u] && enNorm ? s / Math.sqrt(this.norms[u] * enNorm) : 0
    }
    return { units, values }
  }
}
