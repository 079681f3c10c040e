import type { Article } from '../../models/article'
import type { LayoutParser } from './article-draft'
import { finishArticle } from './article-draft'
import { genericPage } from './generic-page'
import { genewsArticle } from './genews-article'
import { metroListing } from './metro-listing'
import { sedailyListing } from './sedaily-listing'
import { ydpArticle } from './ydp-article'

/** Site-specific layouts, most distinctive signature first. */
const LAYOUTS: readonly LayoutParser[] = [ydpArticle, genewsArticle, sedailyListing, metroListing]

/**
 * Cuts a page's text into articles with the first layout that recognises it and finds something, else the
 * generic parser. Never throws: a page that yields nothing returns [].
 */
export function extractArticles(pageText: string, source: string): Article[] {
  if (typeof pageText !== 'string' || pageText.trim() === '') return []
  for (const layout of [...LAYOUTS, genericPage]) {
    try {
      if (!layout.matches(pageText)) continue
      const drafts = layout.parse(pageText)
      if (drafts.length > 0) return drafts.map((d, i) => finishArticle(pageText, d, source, i))
    } catch {
      // A parser tripping over an odd page must not cost the user the page: try the next one.
    }
  }
  return []
}

/**
 * The articles a site-specific layout finds in the page text, or [] when none recognises it: saved HTML
 * pages of the sites we know are read by their layout, others by article extraction.
 */
export function extractKnownLayout(pageText: string, source: string): Article[] {
  if (typeof pageText !== 'string' || pageText.trim() === '') return []
  for (const layout of LAYOUTS) {
    try {
      if (!layout.matches(pageText)) continue
      const drafts = layout.parse(pageText)
      if (drafts.length > 0) return drafts.map((d, i) => finishArticle(pageText, d, source, i))
    } catch {
      // As above: a layout tripping over an odd page leaves it to the next reader.
    }
  }
  return []
}
