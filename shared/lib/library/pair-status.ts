import type { ArticlePair } from '../../models/pair'

/** How an article stands in the pairing, as the library list shows it. */
export type PairStatus = 'full' | 'partial' | 'unpaired'

/** The pairs an article belongs to, best first (manual, then full, then by confidence). */
export function pairsOfArticle(articleId: string, pairs: readonly ArticlePair[]): ArticlePair[] {
  return pairs
    .filter((p) => p.ko === articleId || p.en === articleId)
    .sort((a, b) => rank(b) - rank(a))
}

/** The article's status: `full` when any of its pairs is full, else `partial` when it has one, else `unpaired`. */
export function pairStatusOf(articleId: string, pairs: readonly ArticlePair[]): PairStatus {
  const own = pairsOfArticle(articleId, pairs)
  if (own.length === 0) return 'unpaired'
  return own.some((p) => p.kind === 'full') ? 'full' : 'partial'
}

/** The id of the other article of a pair. */
export function partnerOf(articleId: string, pair: ArticlePair): string {
  return pair.ko === articleId ? pair.en : pair.ko
}

function rank(p: ArticlePair): number {
  return (p.origin === 'manual' ? 4 : 0) + (p.kind === 'full' ? 2 : 0) + p.confidence
}
