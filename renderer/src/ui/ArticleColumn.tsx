import { useId } from 'react'
import type { Article } from '../../../shared/models/article'
import { formatPublished, languageName } from '../lib/format'
import { ArticleParagraph } from './ArticleParagraph'
import { LanguageBadge } from './LanguageBadge'

interface Props {
  readonly article: Article
  /** Index of the digest item to mark, e.g. the one a partial English version covers. */
  readonly highlightItem?: number
}

/** One article: title, date, byline, translator, paragraphs. Page text is only ever rendered as React text. */
export function ArticleColumn({ article, highlightItem }: Props) {
  const titleId = useId()
  const date = formatPublished(article.publishedAt)
  const lang = article.lang === 'other' ? undefined : article.lang
  return (
    <article className={`article-column lang-${article.lang}`} lang={lang} aria-labelledby={titleId}>
      <div className="article-kicker">
        <LanguageBadge lang={article.lang} />
        <span>{languageName[article.lang]}</span>
        <span className="article-site">{article.site}</span>
      </div>
      <h2 id={titleId} className="article-title">
        {article.title}
      </h2>
      <div className="article-meta">
        {date && <time dateTime={article.publishedAt ?? undefined}>{date}</time>}
        {article.byline && <span className="article-byline">{article.byline}</span>}
        {article.translator && (
          <span className="translator-badge" title="The page marks this article as machine-translated">
            Translated by {article.translator}
          </span>
        )}
      </div>
      <div className="article-body">
        {article.paragraphs.map((text, i) => (
          <ArticleParagraph key={i} text={text} index={i} digestItems={article.digestItems} highlightItem={highlightItem} />
        ))}
      </div>
    </article>
  )
}
