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
