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

/**
 * The Korean units of a library indexed by anchor, so an English text is compared only with the units it
 * shares an anchor with: pairing stays fast on libraries of thousands of articles.
 */
export class AnchorIndex {
  private readonly postings = new Map<string, number[]>()
  private readonly norms: number[]

  constructor(
    units: ReadonlyArray<ReadonlySet<string>>,
    private readonly weights: AnchorWeights,
  ) {
    this.norms = units.map((anchors, u) => {
      let norm = 0
      for (const a of anchors) {
        const w = weights.weight(a)
        norm += w * w
        const list = this.postings.get(a)
        if (list) list.push(u)
        else this.postings.set(a, [u])
      }
      return norm
    })
  }

  /**
   * Weighted overlap of an English text's anchors with every unit that shares one, normalised like a cosine
   * so long texts don't win by size alone. Units sharing nothing are absent (similarity 0).
   */
  similarities(en: ReadonlySet<string>): Map<number, number> {
    const shared = new Map<number, number>()
    let enNorm = 0
    for (const a of en) {
      if (!this.weights.known(a)) continue
      const w = this.weights.weight(a)
      enNorm += w * w
      for (const u of this.postings.get(a) ?? []) shared.set(u, (shared.get(u) ?? 0) + w * w)
    }
    for (const [u, s] of shared) shared.set(u, this.norms[u] && enNorm ? s / Math.sqrt(this.norms[u] * enNorm) : 0)
    return shared
  }
}
