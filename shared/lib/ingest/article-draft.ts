import type { Article, DigestItem } from '../../models/article'
import type { TextSpan } from '../../models/span'
import { articleId } from './article-id'
import { contentHash } from './content-hash'
import { detectLanguage } from './detect-language'

/** What a layout parser finds; `extractArticles` adds the id, source and language. */
export interface ArticleDraft {
  readonly site: string
  readonly titleSpan: TextSpan
  readonly paragraphSpans: readonly TextSpan[]
  readonly publishedAt: string | null
  readonly byline: string | null
  readonly translator: string | null
  readonly digestItems?: readonly DigestItem[]
}

/** A page layout: recognised by its content, never by its file name. */
export interface LayoutParser {
  readonly name: string
  matches(pageText: string): boolean
  parse(pageText: string): ArticleDraft[]
}

export function finishArticle(pageText: string, draft: ArticleDraft, source: string, index: number): Article {
  const title = pageText.slice(draft.titleSpan.start, draft.titleSpan.end)
  const paragraphs = draft.paragraphSpans.map(s => pageText.slice(s.start, s.end))
  const article: Article = {
    id: articleId(source, index),
    contentHash: contentHash([title, ...paragraphs].join('\n')),
    source,
    site: draft.site,
    title,
    lang: detectLanguage([title, ...paragraphs].join('\n')),
    publishedAt: draft.publishedAt,
    byline: draft.byline,
    translator: draft.translator,
    paragraphs,
    titleSpan: draft.titleSpan,
    paragraphSpans: draft.paragraphSpans,
  }
  return draft.digestItems ? { ...article, digestItems: draft.digestItems } : article
}

/** Collapses nbsp and runs of spaces in short metadata such as bylines. */
export function tidyLabel(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
