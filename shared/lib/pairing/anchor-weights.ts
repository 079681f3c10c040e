/**
 * Inverse document frequency of anchors over the Korean side of a library: an anchor that every article
 * has ("AI", 정부) says little about which article an English text translates; a figure such as 6710억
 * or a name such as CNIL says a lot.
 */
export class AnchorWeights {
  private readonly df = new Map<string, number>()
  private readonly documents: number

  /** `copies[d]`: how many documents have exactly the anchors of `documents[d]` (1 when absent). */
  constructor(documents: ReadonlyArray<ReadonlySet<string>>, copies?: ArrayLike<number>) {
    let total = 0
    documents.forEach((doc, d) => {
      const n = copies ? copies[d] : 1
      total += n
      for (const a of doc) this.df.set(a, (this.df.get(a) ?? 0) + n)
    })
    this.documents = total
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

/** One anchor of the index: its squared weight, computed once, and the classes that have it, in order. */
interface Posting {
  readonly weight2: number
  readonly classes: number[]
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
 *
 * Units given the same anchor set (the same Set object: a text that occurs more than once) form one class,
 * scored once per query; a class holds its units in index order.
 */
export class AnchorIndex {
  private readonly postings = new Map<string, Posting>()
  /** Per class: the squared norm of its anchors, and its units. */
  private readonly norms: Float64Array
  private readonly members: number[][] = []
  private readonly classOf: Int32Array
  /** Scratch space reused by every query, so a query allocates only its result. */
  private readonly shared: Float64Array
  private readonly value: Float64Array
  private readonly seen: Uint8Array
  private readonly touched: Int32Array
  private readonly touchedAt: Int32Array

  /** Weighted by the rarity of each anchor among these same units. */
  constructor(units: ReadonlyArray<ReadonlySet<string>>) {
    const classes = new Map<ReadonlySet<string>, number>()
    const sets: Array<ReadonlySet<string>> = []
    this.classOf = new Int32Array(units.length)
    units.forEach((anchors, u) => {
      let c = classes.get(anchors)
      if (c === undefined) {
        classes.set(anchors, (c = sets.length))
        sets.push(anchors)
        this.members.push([])
      }
      this.classOf[u] = c
      this.members[c].push(u)
    })
    const weights = new AnchorWeights(sets, this.members.map((m) => m.length))
    const n = sets.length
    this.norms = new Float64Array(n)
    this.shared = new Float64Array(n)
    this.value = new Float64Array(n)
    this.seen = new Uint8Array(n)
    this.touched = new Int32Array(n)
    this.touchedAt = new Int32Array(n)
    sets.forEach((anchors, c) => {
      let norm = 0
      for (const a of anchors) {
        let posting = this.postings.get(a)
        if (!posting) {
          const w = weights.weight(a)
          this.postings.set(a, (posting = { weight2: w * w, classes: [] }))
        }
        norm += posting.weight2
        posting.classes.push(c)
      }
      this.norms[c] = norm
    })
  }

  /**
   * Weighted overlap of an English text's anchors with every unit that shares one, normalised like a cosine
   * so long texts don't win by size alone. Units sharing nothing are absent (similarity 0).
   */
  similarities(en: ReadonlySet<string>): Similarities {
    const { shared, seen, touched, touchedAt, value, norms } = this
    let count = 0
    let reached = 0
    let enNorm = 0
    let ordinal = 0
    for (const a of en) {
      // Anchors no Korean unit has are not evidence (every known anchor has a posting).
      const posting = this.postings.get(a)
      if (!posting) continue
      ordinal++
      const w2 = posting.weight2
      enNorm += w2
      for (const c of posting.classes) {
        if (seen[c] === 0) {
          seen[c] = 1
          touched[count] = c
          touchedAt[count++] = ordinal
          reached += this.members[c].length
        }
        // Summed from 0 in anchor order, as a unit's running total always was: the same floating-point result.
        shared[c] += w2
      }
    }
    for (let k = 0; k < count; k++) {
      const c = touched[k]
      value[c] = norms[c] && enNorm ? shared[c] / Math.sqrt(norms[c] * enNorm) : 0
      shared[c] = 0
      seen[c] = 0
    }
    // A unit is first reached by the first anchor its class has; units first reached by the same anchor
    // come in index order, as that anchor's units always did.
    const units = new Int32Array(reached)
    const values = new Float64Array(reached)
    let out = 0
    for (let g = 0; g < count; ) {
      let h = g
      const from = out
      for (; h < count && touchedAt[h] === touchedAt[g]; h++) for (const u of this.members[touched[h]]) units[out++] = u
      if (h - g > 1) units.subarray(from, out).sort()
      for (let k = from; k < out; k++) values[k] = value[this.classOf[units[k]]]
      g = h
    }
    return { units, values }
  }
}
