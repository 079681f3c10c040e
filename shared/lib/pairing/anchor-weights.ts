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

/** Weighted overlap of two anchor sets, normalised like a cosine so long texts don't win by size alone. */
export function anchorSimilarity(ko: ReadonlySet<string>, en: ReadonlySet<string>, weights: AnchorWeights): number {
  let shared = 0
  let koTotal = 0
  let enTotal = 0
  for (const a of ko) {
    const w = weights.weight(a)
    koTotal += w * w
    if (en.has(a)) shared += w * w
  }
  for (const a of en) {
    if (!weights.known(a)) continue
    const w = weights.weight(a)
    enTotal += w * w
  }
  return koTotal && enTotal ? shared / Math.sqrt(koTotal * enTotal) : 0
}
