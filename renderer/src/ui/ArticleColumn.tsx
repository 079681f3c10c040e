import { useId } from 'react'
import type { Article } from '../../../shared/models/article'
import { ArticleHeading } from './ArticleHeading'
import { ArticleParagraph } from './ArticleParagraph'

interface Props {
  readonly article: Article
  /** Index of the digest item to mark, e.g. the one a partial English version covers. */
  readonly highlightItem?: number
}

/** One article: title, date, byline, translator, paragraphs. Page text is only ever rendered as React text. */
export function ArticleColumn({ article, highlightItem }: Props) {
  const titleId = useId()
  const lang = article.lang === 'other' ? undefined : article.lang
  return (
    <article className={`article-column lang-${article.lang}`} lang={lang} aria-labelledby={titleId}>
      <ArticleHeading article={article} titleId={titleId} />
      <div className="article-body">
        {article.paragraphs.map((text, i) => (
          <ArticleParagraph key={i} text={text} index={i} digestItems={article.digestItems} highlightItem={highlightItem} />
        ))}
      </div>
    </article>
  )
}
