export interface PageMetadata {
  /** The article's own heading when the document title only adds the site's name to it. */
  readonly title: string | null
  /** The page's first `<h1>` (else `<h2>`): the title of a page that has no `<title>`. */
  readonly heading: string | null
  readonly byline: string | null
  readonly date: string | null
  readonly lang: string | null
  readonly site: string | null
}

/** Shortest heading taken for the title: shorter ones are section names ("종합", "IT"). */
const MIN_HEADING = 8

/**
 * What a news page states about its article in markup, for what Readability does not read: the headline
 * (an `<h1>`–`<h3>` the `og:title`/`<title>` starts with, without the " - 사이트" tail), the date of a
 * `<time datetime>` or a `date` meta, the author meta, `<html lang>` and `og:site_name`. Read before
 * Readability runs, since it changes the document.
 */
export function pageMetadata(document: Document): PageMetadata {
  const meta = (selector: string): string | null => clean(document.querySelector(selector)?.getAttribute('content'))
  const docTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? clean(document.querySelector('title')?.textContent)
  let title: string | null = null
  if (docTitle) {
    for (const heading of Array.from(document.querySelectorAll('h1, h2, h3'))) {
      const text = clean(heading.textContent)
      if (text && text.length >= MIN_HEADING && docTitle.startsWith(text) && text.length > (title?.length ?? 0)) title = text
    }
  }
  return {
    title,
    heading: clean(document.querySelector('h1')?.textContent) ?? clean(document.querySelector('h2')?.textContent),
    byline: meta('meta[name="author"]') ?? meta('meta[property="article:author"]') ?? meta('meta[property="dable:author"]'),
    date:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[name="pubdate"]') ??
      clean(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    lang: clean(document.documentElement?.getAttribute('lang')),
    site: meta('meta[property="og:site_name"]'),
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, ' ').trim()
  return text ? text : null
}
