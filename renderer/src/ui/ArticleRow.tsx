import type { Ref } from 'react'
import type { Article } from '../../../shared/models/article'
import type { ArticlePair } from '../../../shared/models/pair'
import { pairsOfArticle, pairStatusOf } from '../../../shared/lib/library/pair-status'
import type { FindingCounts } from '../lib/finding-counts'
import { formatPublished } from '../lib/format'
import { FindingCountsBadge } from './FindingCountsBadge'
import { LanguageBadge } from './LanguageBadge'
import { PairStatusBadge } from './PairStatusBadge'

interface Props {
  readonly ref: Ref<HTMLDivElement>
  readonly article: Article
  readonly pairs: readonly ArticlePair[]
  readonly selected: boolean
  readonly focusable: boolean
  readonly onSelect: () => void
  /** Opens the row's context menu at the pointer. */
  readonly onMenu: (at: { x: number; y: number }) => void
  /** The findings of the article's pair, once it was compared. */
  readonly findings?: FindingCounts
}

export function ArticleRow({ ref, article, pairs, selected, focusable, onSelect, onMenu, findings }: Props) {
  const own = pairsOfArticle(article.id, pairs)
  const date = formatPublished(article.publishedAt)
  return (
    <div
      ref={ref}
      role="option"
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      className={`article-row${selected ? ' is-selected' : ''}`}
      onClick={onSelect}
      onContextMenu={(event) => {
        event.preventDefault()
        onSelect()
        onMenu({ x: event.clientX, y: event.clientY })
      }}
    >
      <LanguageBadge lang={article.lang} />
      <div className="article-row-body">
        <div className="article-row-title" lang={article.lang === 'other' ? undefined : article.lang}>
          {article.title}
        </div>
        <div className="article-row-meta">
          {date && <span className="article-row-date">{date}</span>}
          <PairStatusBadge status={pairStatusOf(article.id, pairs)} best={own[0]} />
          {findings && <FindingCountsBadge counts={findings} />}
        </div>
      </div>
    </div>
  )
}
