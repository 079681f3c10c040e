import type { Dirent } from 'node:fs'
import { readdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { LoadProblem } from '../../shared/models/library'
import type { PageBytes } from '../../shared/lib/library/build-library'
import { formatLimit, pageLimits, type PageLimits } from '../../shared/lib/ingest/page-limits'
import { readRegularFile } from './read-regular-file'

export interface PageFiles {
  readonly pages: PageBytes[]
  readonly problems: LoadProblem[]
}

interface Entry {
  /** The name's bytes, which open the file even when they are not valid UTF-8. */
  readonly raw: Buffer
  /** The name for messages and sources, invalid bytes shown as U+FFFD. */
  readonly name: string
}

/**
 * Reads the files directly inside `folder` (hidden files and subfolders skipped), in name order, within
 * the per-file, per-folder byte and file-count limits. Sources are named `<folder name>/<file name>` (or
 * `<prefix>/<file name>`), so ids stay the same wherever the folder lives. Nothing here throws: an unreadable folder or file becomes
 * a LoadProblem and the rest still loads.
 */
export async function readPageFiles(folder: string, limits: PageLimits = pageLimits, options: { readonly prefix?: string } = {}): Promise<PageFiles> {
  const pages: PageBytes[] = []
  const problems: LoadProblem[] = []
  let root: Buffer
  let dirents: Dirent<Buffer>[]
  try {
    root = await realpath(folder, { encoding: 'buffer' })
    dirents = await readdir(root, { withFileTypes: true, encoding: 'buffer' })
  } catch (error) {
    return { pages, problems: [{ source: folder, message: `The folder ${folder} could not be read (${folderReason(error)}).` }] }
  }
  const prefix = options.prefix ?? path.basename(path.resolve(folder))
  const entries = pageEntries(dirents)
  const kept = entries.slice(0, limits.maxFolderFiles)
  if (entries.length > kept.length) problems.push(tooManyFiles(prefix, entries, limits.maxFolderFiles))

  const sep = Buffer.from(path.sep)
  let used = 0
  for (const entry of kept) {
    const source = `${prefix}/${entry.name}`
    try {
      const room = limits.maxFolderBytes - used
      const read = await readRegularFile(Buffer.concat([root, sep, entry.raw]), {
        name: source,
        maxBytes: Math.min(limits.maxFileBytes, room),
        within: root,
      })
      if (read.ok) {
        used += read.bytes.byteLength
        pages.push({ source, bytes: read.bytes })
      } else if (read.refusal === 'folder') {
        continue // a link to a folder is a subfolder: skipped like the others
      } else if (read.refusal === 'too-large') {
        // The reader's cap may have been the folder's room left rather than the page limit.
        const overPage = (read.size ?? 0) > limits.maxFileBytes
        problems.push({ source, message: overPage ? tooLarge(source, limits.maxFileBytes) : overBudget(source, limits.maxFolderBytes) })
      } else {
        problems.push({ source, message: read.message })
      }
    } catch (error) {
      // readRegularFile does not throw; this keeps the promise anyway if something unforeseen does.
      problems.push({ source, message: `${source} could not be read (${error instanceof Error ? error.message : String(error)}).` })
    }
  }
  return { pages, problems }
}

function pageEntries(dirents: readonly Dirent<Buffer>[]): Entry[] {
  const decoder = new TextDecoder('utf-8')
  return dirents
    .filter((d) => !d.isDirectory() && d.name[0] !== 0x2e) // 0x2e: '.', a hidden file
    .map((d) => ({ raw: d.name, name: decoder.decode(d.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.raw, b.raw)))
}

function tooManyFiles(prefix: string, entries: readonly Entry[], max: number): LoadProblem {
  const first = entries[max].name
  const skipped = entries.length - max
  return {
    source: `${prefix}/${first}`,
    message: `${prefix} holds ${entries.length.toLocaleString('en-US')} files, more than the ${max.toLocaleString('en-US')} read from one folder; the last ${skipped.toLocaleString('en-US')} (from ${first} on) were skipped.`,
  }
}

function tooLarge(source: string, maxFileBytes: number): string {
  return `${source} is larger than ${formatLimit(maxFileBytes)}.`
}

function overBudget(source: string, maxFolderBytes: number): string {
  return `${source} was skipped: the folder's pages together pass ${formatLimit(maxFolderBytes)}, the most read from one folder.`
}

function folderReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return 'it does not exist or is a broken link'
    case 'ELOOP':
      return 'it is a symbolic link loop'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'not a folder'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
