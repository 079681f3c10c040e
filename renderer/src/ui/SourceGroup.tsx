import { memo } from 'react'
import type { SourceGroup as Group } from '../../../shared/lib/library/group-by-source'
import type { ArticlePair } from '../../../shared/models/pair'
import type { FindingCountsByPair } from '../lib/finding-counts'
import { sourceLabel } from '../lib/format'
import { findingsOfArticle } from '../lib/library-view'
import { ArticleRow } from './ArticleRow'

interface Props {
  readonly group: Group
  readonly pairs: readonly ArticlePair[]
  /** The selected article's id when it is in this group, else null (so other groups skip re-rendering). */
  readonly selectedId: string | null
  /** The id of the row that takes Tab focus when it is in this group, else null. */
  readonly focusableId: string | null
  readonly onSelect: (id: string) => void
  /** Opens an article's context menu. */
  readonly onMenu: (id: string, at: { x: number; y: number }) => void
  /** Called with each row's element (null when it goes), for focus and scrolling. */
  readonly register: (id: string, el: HTMLDivElement | null) => void
  readonly findingCounts: FindingCountsByPair
}

/** One page of the library list: its heading and its articles. Memoised: a library has hundreds of them. */
export const SourceGroup = memo(function SourceGroup({ group, pairs, selectedId, focusableId, onSelect, onMenu, register, findingCounts }: Props) {
  return (
    <div role="group" aria-label={`Page ${sourceLabel(group.source)}`} className="source-group">
      <div className="source-heading" aria-hidden="true" title={group.source}>
        <span className="source-site">{group.articles[0]?.site}</span>
        <span className="source-file">{sourceLabel(group.source)}</span>
        <span className="source-count">{group.articles.length}</span>
      </div>
      {group.articles.map((article) => (
        <ArticleRow
          key={article.id}
          ref={(el) => register(article.id, el)}
          article={article}
          pairs={pairs}
          selected={article.id === selectedId}
          focusable={article.id === focusableId}
          onSelect={() => onSelect(article.id)}
          onMenu={(at) => onMenu(article.id, at)}
          findings={findingsOfArticle(article, pairs, findingCounts)}
        />
      ))}
    </div>
  )
})
