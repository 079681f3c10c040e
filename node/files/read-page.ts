import { extractArticles } from '../../shared/lib/ingest/extract-articles'
import { looksLikeHtml } from '../../shared/lib/ingest/looks-like-html'
import type { PageArticles, PageBytes } from '../../shared/lib/library/build-library'
import { htmlArticles } from '../html/html-articles'
import { decodeBytes } from './decode-bytes'

/**
 * One page file's articles: its bytes decoded (node/files/decode-bytes), a saved HTML page read by its
 * site's layout or by Readability, a text capture by the layouts. Articles of a page given an `idPrefix`
 * (the imported pages) carry it in their ids, so they never clash with the library folder's.
 */
export function readPage(page: PageBytes): PageArticles {
  const decoded = decodeBytes(page.bytes)
  if (!decoded.ok) return { problem: decoded.message }
  const articles = looksLikeHtml(decoded.text) ? htmlArticles(decoded.text, page.source) : extractArticles(decoded.text, page.source)
  const prefix = page.idPrefix
  return { articles: prefix ? articles.map((a) => ({ ...a, id: `${prefix}${a.id}` })) : articles }
}

/** The text of a page a user names (the CLI's align inputs): a saved HTML page reduced to its article's paragraphs, as the app aligns them. */
export function pagePlainText(text: string, source: string): string {
  if (!looksLikeHtml(text)) return text
  const [article] = htmlArticles(text, source)
  return article ? article.paragraphs.join('\n\n') : ''
}
