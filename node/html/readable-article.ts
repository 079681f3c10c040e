import { lazyRequire } from '../files/lazy-require'
import { articleParagraphs } from './article-content'

const readability = lazyRequire<typeof import('@mozilla/readability')>('@mozilla/readability')

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
  if (tooDeep(document)) return null
  let parsed
  try {
    // The serializer hands back the article element itself, so it is not serialised and parsed again.
    // A news paragraph list can be short (a brief): take what Readability finds from 200 characters on.
    parsed = new (readability().Readability)<Element>(document, { serializer: (node) => node as Element, charThreshold: 200, maxElemsToParse: MAX_ELEMENTS }).parse()
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

/**
 * Readability's time grows with the square of the nesting depth (1,000 levels: 2.3 s; 5,000: 6.5 s on the
 * build machine) and its recursion overflows the stack beyond about 2,000. News pages nest 20–40 levels;
 * 256 is far past any real page.
 */
const MAX_DEPTH = 256
/** A news page has 1,000–5,000 elements; Readability refuses a page with more than this many. */
const MAX_ELEMENTS = 200_000

function tooDeep(document: Document): boolean {
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : []
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!
    if (depth > MAX_DEPTH) return true
    for (const child of Array.from(element.children)) stack.push([child, depth + 1])
  }
  return false
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, ' ').trim()
  return text ? text : null
}
