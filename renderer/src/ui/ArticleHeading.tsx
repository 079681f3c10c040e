import type { Article } from '../../../shared/models/article'
import { formatPublished, languageName } from '../lib/format'
import { LanguageBadge } from './LanguageBadge'

interface Props {
  readonly article: Article
  /** Id for the title, so a surrounding element can be labelled by it. */
  readonly titleId?: string
}

/** An article's kicker (language, site), title, date, byline and translator. */
export function ArticleHeading({ article, titleId }: Props) {
  const date = formatPublished(article.publishedAt)
  return (
    <>
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
    </>
  )
}
