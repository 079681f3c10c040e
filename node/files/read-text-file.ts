import { pageLimits, type PageLimits } from '../../shared/lib/ingest/page-limits'
import { decodeBytes } from './decode-bytes'
import { readRegularFile } from './read-regular-file'

export type TextFileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

/**
 * Reads one text file the user named (the CLI's inputs) under the same checks and page size limit as a
 * library's pages, and decodes it. Messages name the file as given: "ko.txt does not exist."
 */
export async function readTextFile(file: string, limits: Pick<PageLimits, 'maxFileBytes'> = pageLimits): Promise<TextFileResult> {
  const read = await readRegularFile(file, { name: file, maxBytes: limits.maxFileBytes })
  if (!read.ok) return { ok: false, message: read.message }
  const decoded = decodeBytes(read.bytes)
  if (!decoded.ok) return { ok: false, message: `${file}: ${decoded.message}` }
  return { ok: true, text: decoded.text }
}
