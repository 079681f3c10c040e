import { groupBySource } from '../../../shared/lib/library/group-by-source'
import { pairsOfArticle } from '../../../shared/lib/library/pair-status'
import { isImportedArticle, type KeptReview } from '../../../shared/models/import'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'

/** Why a library folder's page offers no removal (a tooltip and the menu's hint). */
export const ownFileHint = 'A page of your library folder is your own file: KoBi Reader never deletes it.'

/**
 * The imported pages that "Remove imported page…" takes for an article: its own page, and for a pair the
 * imported page of each side (a pasted pair is two pages). Empty when none is imported.
 */
export function importedSourcesOf(articles: readonly (Article | undefined)[]): string[] {
  return [...new Set(articles.filter((a): a is Article => a !== undefined && isImportedArticle(a)).map((a) => a.source))]
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * What the confirmation says happens to the review: "2 notes and 1 verdict on this pair are kept: …", or that
 * there is none.
 */
export function keptReviewText(kept: KeptReview): string {
  const parts = [
    ...(kept.notes > 0 ? [count(kept.notes, 'note', 'notes')] : []),
    ...(kept.verdicts > 0 ? [count(kept.verdicts, 'verdict', 'verdicts')] : []),
    ...(kept.handLinkedPairs > 0 ? ['hand-set links'] : []),
  ]
  if (parts.length === 0) return 'No notes, verdicts or hand-set links are on it.'
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  const where = kept.pairs === 1 ? 'this pair' : `${kept.pairs} pairs`
  const verb = parts.length === 1 && /^1 /.test(list) ? 'is' : 'are'
  const orphans = kept.notes + kept.verdicts > 0 ? ' Until then the Notes panel’s Library view lists the notes, orphaned.' : ''
  return `${list[0].toUpperCase()}${list.slice(1)} on ${where} ${verb} kept: Undo brings ${verb === 'is' ? 'it' : 'them'} back with the page, and so does importing the same file again.${orphans}`
}

/**
 * Where the reader goes when the page it shows is removed: the next paired article in library order, else
 * the nearest one before it, else any article left; null when the library is empty.
 */
export function articleAfterRemoval(before: Library, selectedId: string, after: Library): string | null {
  const order = groupBySource(before.articles).flatMap((g) => g.articles.map((a) => a.id))
  const left = new Set(after.articles.map((a) => a.id))
  const at = Math.max(0, order.indexOf(selectedId))
  const ahead = order.slice(at + 1).filter((id) => left.has(id))
  const behind = order.slice(0, at).reverse().filter((id) => left.has(id))
  const paired = (id: string) => pairsOfArticle(id, after.pairs).length > 0
  return ahead.find(paired) ?? behind.find(paired) ?? ahead[0] ?? behind[0] ?? after.articles[0]?.id ?? null
}
