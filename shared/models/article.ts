import type { Language } from './language'
import type { TextSpan } from './span'

/**
 * One item of a digest article (Metro Seoul's 한줄뉴스): a `▲` item under a `<산업부>`-style section tag.
 * Items matter for partial pairs: an English article may translate only one of them.
 */
export interface DigestItem {
  readonly section: string | null
  readonly text: string
  /** Which paragraph of the article holds the item. */
  readonly paragraph: number
  /** Offsets of the item's text inside that paragraph. */
  readonly span: TextSpan
}

/** An article as extracted from a page's text. */
export interface Article {
  /** Stable id: the page's path relative to the library folder and the article's position on it (`a.txt#2`). */
  readonly id: string
  /** A fingerprint of the title and paragraphs: a changed page gives its articles new hashes, the same page the same. */
  readonly contentHash: string
  /** Path of the page file, as given to the loader (relative to the library folder's parent when possible). */
  readonly source: string
  /** Site the page comes from, e.g. "metroseoul", "ydpnews", "sedaily", "g-enews", or "unknown". */
  readonly site: string
  readonly title: string
  readonly lang: Language
  /** ISO 8601 with the +09:00 offset, or null when the page gives no time. */
  readonly publishedAt: string | null
  readonly byline: string | null
  /** "ChatGPT" when the page marks the article as machine-translated, else null. */
  readonly translator: string | null
  readonly paragraphs: readonly string[]
  /** Where the title sits in the page text. */
  readonly titleSpan: TextSpan
  /** Where each paragraph sits in the page text (same length as `paragraphs`). */
  readonly paragraphSpans: readonly TextSpan[]
  /** Present on digest articles only. */
  readonly digestItems?: readonly DigestItem[]
}
