import { useId } from 'react'
import type { Article } from '../../../shared/models/article'
import { formatPublished, languageName } from '../lib/format'
import { LanguageBadge } from './LanguageBadge'

/** A stretch of one paragraph to mark, such as the digest item an English article translates. */
export interface Highlight {
  readonly paragraph: number
  readonly start: number
  readonly end: number
}

interface Props {
  readonly article: Article
  readonly highlight?: Highlight
}

/** One article: title, date, byline, translator, paragraphs. Page text is only ever rendered as React text. */
export function ArticleColumn({ article, highlight }: Props) {
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
          <p key={i}>{highlight && highlight.paragraph === i ? <Marked text={text} highlight={highlight} /> : text}</p>
        ))}
      </div>
    </article>
  )
}

function Marked({ text, highlight }: { readonly text: string; readonly highlight: Highlight }) {
  return (
    <>
      {text.slice(0, highlight.start)}
      <mark className="digest-mark">{text.slice(highlight.start, highlight.end)}</mark>
      {text.slice(highlight.end)}
    </>
  )
}
