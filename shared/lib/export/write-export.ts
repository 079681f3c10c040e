import type { ExportFormat, ExportOptions, ExportPair } from '../../models/export'
import { writeDelimited } from './write-delimited'
import { writeHtml } from './write-html'
import { writeJson } from './write-json'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

/** Writes the pairs in `format`: the one entry the CLI, the handlers and the worker call. */
export function writeExport(pairs: readonly ExportPair[], format: ExportFormat, options: ExportOptions): string {
  switch (format) {
    case 'tmx':
      return writeTmx(pairs, options)
    case 'xliff':
      return writeXliff(pairs, options)
    case 'csv':
      return writeDelimited(pairs, options, ',')
    case 'tsv':
      return writeDelimited(pairs, options, '\t')
    case 'json':
      return writeJson(pairs, options)
    case 'html':
      return writeHtml(pairs, options)
  }
}
