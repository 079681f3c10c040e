import { finishArticle } from '../../shared/lib/ingest/article-draft'
import { articleFromParts } from '../../shared/lib/ingest/article-from-parts'
import { extractKnownLayout } from '../../shared/lib/ingest/extract-articles'
import type { Article } from '../../shared/models/article'
import { articleContent } from './readable-article'
import { domText } from './dom-text'
import { parseHtml } from './parse-html'
import { pageMetadata } from './page-metadata'

/**
 * The articles of a saved HTML page. The layouts of the sites we know read the page's visible text, as they
 * read text captures; any other page goes through Mozilla's Readability (the Firefox Reader View engine),
 * and only the paragraphs of the article it finds become article text. Never throws; [] when the page holds
 * no article.
 */
export function htmlArticles(html: string, source: string): Article[] {
  try {
    return readArticles(parseHtml(html), source)
  } catch {
    // linkedom or Readability tripping over a hostile page (nesting too deep for them): no article.
    return []
  }
}

function readArticles(document: Document, source: string): Article[] {
  const known = extractKnownLayout(domText(document.body ?? document), source)
  if (known.length > 0) return known
  const metadata = pageMetadata(document)
  const readable = articleContent(document)
  if (!readable) return []
  const parts = articleFromParts({
    site: metadata.site ?? readable.siteName ?? 'unknown',
    title: metadata.title ?? readable.title ?? metadata.heading ?? '',
    paragraphs: readable.paragraphs,
    byline: readable.byline ?? metadata.byline,
    date: readable.publishedTime ?? metadata.date,
  })
  if (!parts) return []
  const article = finishArticle(parts.text, parts.draft, source, 0)
  // The text decides the language; the page's lang attribute only when the text cannot (too short, mixed).
  const pageLang = (readable.lang ?? metadata.lang ?? '').slice(0, 2).toLowerCase()
  if (article.lang === 'other' && (pageLang === 'ko' || pageLang === 'en')) return [{ ...article, lang: pageLang }]
  return [article]
}
