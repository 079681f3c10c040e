/** How much the app reads from one file and from one folder, so bad input costs bounded time and memory. */
export interface PageLimits {
  /** Largest single page file. */
  readonly maxFileBytes: number
  /** Most bytes read from one folder, all pages together. */
  readonly maxFolderBytes: number
  /** Most files read from one folder. */
  readonly maxFolderFiles: number
}

const MB = 1024 * 1024

/**
 * The one definition of the limits. A saved news page is 50 KB–3 MB, so 50 MB is far beyond a real page.
 * Loading a page costs about 3.5× its size in memory while it is decoded and parsed (30 pages of 45 MB
 * took 4.75 GB and a minute), so a folder stops at 200 MB: some 700 MB at peak. 5,000 files is years of
 * daily captures from a few sites; a folder with more is most likely a wrong choice (a home or
 * downloads folder), and each file costs a read and a parse.
 */
export const pageLimits: PageLimits = {
  maxFileBytes: 50 * MB,
  maxFolderBytes: 200 * MB,
  maxFolderFiles: 5000,
}

/** "50 MB" from a megabyte up, else bytes, for messages. */
export function formatLimit(bytes: number): string {
  return bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${bytes.toLocaleString('en-US')} bytes`
}
