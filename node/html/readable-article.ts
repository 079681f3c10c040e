import { Readability } from '@mozilla/readability'
import { articleParagraphs } from './article-content'

export interface ReadableArticle {
  readonly title: string | null
  readonly paragraphs: string[]
  readonly byline: string | null
  readonly publishedTime: string | null
  readonly siteName: string | null
  readonly lang: string | null
}

/**
 * Readability's article: its title and metadata, and the paragraphs of the element it judged to be the
 * article. Readability changes the document it reads, so this runs last on a document. Null when it finds
 * nothing.
 */
export function articleContent(document: Document): ReadableArticle | null {
  let parsed
  try {
    // The serializer hands back the article element itself, so it is not serialised and parsed again.
    // A news paragraph list can be short (a brief): take what Readability finds from 200 characters on.
    parsed = new Readability<Element>(document, { serializer: (node) => node as Element, charThreshold: 200 }).parse()
  } catch {
    return null
  }
  if (!parsed?.content) return null
  return {
    title: clean(parsed.title),
    paragraphs: articleParagraphs(parsed.content),
    byline: clean(parsed.byline),
    publishedTime: clean(parsed.publishedTime),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang),
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, ' ').trim()
  return text ? text : null
}
