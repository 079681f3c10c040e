import type { PlacedAnnotation } from './annotation'
import type { Article } from './article'
import type { Comparison } from './comparison'

/** The app's version as exports name their creator (TMX creationtoolversion); a test keeps it equal to package.json's. */
export const kobiVersion = '0.1.0'

/** The formats the aligned pairs can be written in. */
export type ExportFormat = 'tmx' | 'xliff' | 'csv' | 'tsv' | 'json' | 'html'

export const exportFormats: readonly ExportFormat[] = ['tmx', 'xliff', 'csv', 'tsv', 'json', 'html']

/** Which links go out: all of them, those with a finding, or those with a finding a reviewer confirmed. */
export type ExportOnly = 'all' | 'flagged' | 'confirmed'

export const exportOnlyChoices: readonly ExportOnly[] = ['all', 'flagged', 'confirmed']

export interface ExportOptions {
  readonly only: ExportOnly
  /** CSV/TSV only: start with a UTF-8 byte-order mark, which spreadsheets need to read UTF-8. */
  readonly bom?: boolean
  /** ISO 8601 time of the export, written where a format has a place for it; omitted when not given. */
  readonly createdAt?: string
  /**
   * HTML only: @font-face rules (with data: sources) the report inlines, e.g. Noto Sans KR subset to the
   * report's characters; without them the report uses the installed Korean fonts.
   */
  readonly fontCss?: string
}

/** One aligned pair with everything an export carries: both articles, their comparison and its annotations. */
export interface ExportPair {
  readonly ko: Article
  readonly en: Article
  readonly comparison: Comparison
  /** The review's annotations placed on this comparison; [] before the review exists. */
  readonly annotations: readonly PlacedAnnotation[]
}

/** What a format's file is called and served as. */
export interface ExportFormatInfo {
  readonly label: string
  readonly extension: string
  readonly mimeType: string
}

export const exportFormatInfo: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  tmx: { label: 'TMX 1.4b (translation memory)', extension: 'tmx', mimeType: 'application/x-tmx+xml' },
  xliff: { label: 'XLIFF 2.0', extension: 'xlf', mimeType: 'application/xliff+xml' },
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mimeType: 'text/csv' },
  tsv: { label: 'TSV (tab-separated)', extension: 'tsv', mimeType: 'text/tab-separated-values' },
  json: { label: 'JSON', extension: 'json', mimeType: 'application/json' },
  html: { label: 'HTML report', extension: 'html', mimeType: 'text/html' },
}

/** What to export from the app: one pair of the current library, or all its pairs. */
export interface ExportRequest {
  readonly scope: { readonly pair: { readonly ko: string; readonly en: string } } | 'library'
  readonly format: ExportFormat
  readonly only: ExportOnly
  readonly bom: boolean
}

/** How many pairs and links went out. */
export interface ExportCounts {
  readonly pairs: number
  readonly links: number
}

/**
 * What an export call gives back. The desktop app asks where to save and writes the file (`saved`, or
 * `cancelled` when the user closed the dialog); web mode, which has no save dialog, returns the text for
 * the page to offer as a download (`content`).
 */
export type ExportResult =
  | ({ readonly kind: 'saved'; readonly file: string } & ExportCounts)
  | { readonly kind: 'cancelled' }
  | ({ readonly kind: 'content'; readonly fileName: string; readonly mimeType: string; readonly content: string } & ExportCounts)
