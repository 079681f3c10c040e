import type { Library, LoadProblem } from './library'

/** A file the renderer read (a drop, the file input) and sends to be imported. */
export interface ImportedFile {
  /** The file's name as the user's system gave it; the handler makes it safe before writing. */
  readonly name: string
  /** Its bytes, base64-encoded (JSON and IPC carry text). */
  readonly bytes: string
}

/** What an import did: the library with the new pages, the ids of their articles, the files refused. */
export interface ImportResult {
  readonly library: Library
  /** Ids of the articles the imported pages hold, in file order; the UI opens the first. */
  readonly articles: readonly string[]
  /** Files that were not imported (binary, empty, too large, no article), each with its message. */
  readonly problems: readonly LoadProblem[]
}

/** A pasted Korean text and English text, made into a pair. */
export interface PastedPair {
  readonly library: Library
  readonly ko: string
  readonly en: string
}

/**
 * Limits of what the renderer sends to be imported. One call carries at most one page's worth of bytes (the
 * page limit, 50 MB): the renderer sends files in batches under it; web mode's body limit for the import
 * calls is this in base64 plus room for the names. A pasted text is read like a page, so the same bound.
 */
export const importLimits = {
  maxBatchBytes: 50 * 1024 * 1024,
  maxFilesPerCall: 500,
  maxFileNameLength: 255,
  /** Characters of one pasted text: 5 million is some 15 MB of Korean in UTF-8, far beyond an article. */
  maxPastedChars: 5_000_000,
  /** Folders kept for File › Open Recent. */
  maxRecentFolders: 10,
} as const

/** Bytes of the base64 text of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4
}

/** Sources of imported pages are `imported/<file>`, and their article ids start with `imported/`. */
export const importedPrefix = 'imported'

/**
 * The file name inside the import folder that an `imported/<file>` source names, or null when it names
 * none: another prefix, a folder part, a backslash, a control character, `.`/`..` or any hidden name (the
 * trash lives in one), or a name longer than any the app writes.
 */
export function importedFileName(source: string): string | null {
  if (!source.startsWith(`${importedPrefix}/`)) return null
  const name = source.slice(importedPrefix.length + 1)
  if (name === '' || name.length > importLimits.maxFileNameLength || name.startsWith('.')) return null
  if (/[/\\\u0000-\u001f\u007f]/u.test(name)) return null
  return name
}

/**
 * True for an article of an imported page. Decided by the id, not the source: a library folder that happens
 * to be named "imported" gives its pages `imported/…` sources too, but never ids with a folder part.
 */
export function isImportedArticle(article: { readonly id: string }): boolean {
  return article.id.startsWith(`${importedPrefix}/`)
}

/** Most pages one removal takes (the UI removes a page, or the two of a pair). */
export const maxPagesPerRemoval = 100

/** What removing imported pages keeps of the review in the store, for the confirmation and the result. */
export interface KeptReview {
  /** Notes that are not verdicts. */
  readonly notes: number
  /** Verdicts on findings (confirmed, false alarm). */
  readonly verdicts: number
  /** Pairs with hand-set links. */
  readonly handLinkedPairs: number
  /** Distinct pairs these belong to. */
  readonly pairs: number
}

/** An imported page as a removal names it. */
export interface ImportedPageSummary {
  readonly source: string
  /** Its file name in the import folder. */
  readonly name: string
  /** The articles the page holds (none when it could not be read). */
  readonly articles: readonly { readonly id: string; readonly title: string }[]
}

/** What removing these imported pages would do: the pages with their articles, and the review kept. */
export interface RemovalPreview {
  readonly pages: readonly ImportedPageSummary[]
  readonly kept: KeptReview
}

/** Imported pages just removed: the library without them, and the id that restores them. */
export interface RemovedPages extends RemovalPreview {
  readonly library: Library
  /** Passed to restoreImportedPages to undo the removal (while the app runs). */
  readonly removalId: string
}
