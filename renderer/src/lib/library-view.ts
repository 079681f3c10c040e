import type { SourceGroup } from '../../../shared/lib/library/group-by-source'
import { pairsOfArticle } from '../../../shared/lib/library/pair-status'
import type { Article } from '../../../shared/models/article'
import type { ArticlePair } from '../../../shared/models/pair'
import { pairKey, totalFindings, type FindingCountsByPair } from './finding-counts'

export type LibrarySort = 'page' | 'newest' | 'findings'

export interface LibraryViewOptions {
  /** Words of the title to look for (case-insensitive); empty shows all. */
  readonly query: string
  readonly sort: LibrarySort
  /** Only articles whose pair has findings (known once the pair was compared). */
  readonly onlyWithFindings: boolean
}

/** The findings of an article's best pair, when it was compared. */
export function findingsOfArticle(article: Article, pairs: readonly ArticlePair[], counts: FindingCountsByPair) {
  const best = pairsOfArticle(article.id, pairs)[0]
  return best ? counts.get(pairKey(best.ko, best.en)) : undefined
}

/** The sidebar's groups after the search, the filter and the sort; a group with no article left is dropped. */
export function libraryView(
  groups: readonly SourceGroup[],
  pairs: readonly ArticlePair[],
  counts: FindingCountsByPair,
  options: LibraryViewOptions,
): SourceGroup[] {
  const words = options.query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const keep = (a: Article) =>
    words.every((w) => a.title.toLocaleLowerCase().includes(w)) &&
    (!options.onlyWithFindings || totalFindings(findingsOfArticle(a, pairs, counts)) > 0)
  const shown = groups.map((g) => ({ ...g, articles: g.articles.filter(keep) })).filter((g) => g.articles.length > 0)
  if (options.sort === 'page') return shown
  const key = (g: SourceGroup) =>
    options.sort === 'newest'
      ? Math.max(...g.articles.map((a) => (a.publishedAt ? Date.parse(a.publishedAt) : -Infinity)))
      : Math.max(...g.articles.map((a) => totalFindings(findingsOfArticle(a, pairs, counts))))
  // Stable: pages with equal keys keep library order.
  return shown.map((g, i) => ({ g, i, k: key(g) })).sort((a, b) => b.k - a.k || a.i - b.i).map((x) => x.g)
}
