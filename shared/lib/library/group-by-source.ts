import type { Article } from '../../models/article'

export interface SourceGroup {
  readonly source: string
  readonly articles: readonly Article[]
}

/** Articles grouped by the page they came from, pages and articles in library order. */
export function groupBySource(articles: readonly Article[]): SourceGroup[] {
  const groups = new Map<string, Article[]>()
  for (const a of articles) {
    const list = groups.get(a.source)
    if (list) list.push(a)
    else groups.set(a.source, [a])
  }
  return [...groups].map(([source, list]) => ({ source, articles: list }))
}
