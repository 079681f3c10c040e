import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { LoadProblem } from '../../shared/models/library'
import type { PageBytes } from '../../shared/lib/library/build-library'

/** Pages beyond this size are not news pages; reading them would only stall the app. */
export const maxPageBytes = 50 * 1024 * 1024

export interface PageFiles {
  readonly pages: PageBytes[]
  readonly problems: LoadProblem[]
}

/**
 * Reads the files directly inside `folder` (hidden files and subfolders skipped), in name order.
 * Sources are named `<folder name>/<file name>`, so ids stay the same wherever the folder lives.
 * Nothing here throws: an unreadable folder or file becomes a LoadProblem.
 */
export async function readPageFiles(folder: string, limit = maxPageBytes): Promise<PageFiles> {
  const pages: PageBytes[] = []
  const problems: LoadProblem[] = []
  let names: string[]
  try {
    names = (await readdir(folder)).filter((n) => !n.startsWith('.')).sort()
  } catch (error) {
    return { pages, problems: [{ source: folder, message: `The folder ${folder} could not be read (${reason(error)}).` }] }
  }
  const prefix = path.basename(path.resolve(folder))
  for (const name of names) {
    const source = `${prefix}/${name}`
    const file = path.join(folder, name)
    try {
      const info = await stat(file)
      if (!info.isFile()) continue
      if (info.size > limit) {
        problems.push(tooLarge(source, limit))
        continue
      }
      const bytes = await readFile(file)
      // The file may have grown between stat and read.
      if (bytes.byteLength > limit) {
        problems.push(tooLarge(source, limit))
        continue
      }
      pages.push({ source, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    } catch (error) {
      problems.push({ source, message: `${source} could not be read (${reason(error)}).` })
    }
  }
  return { pages, problems }
}

function tooLarge(source: string, limit: number): LoadProblem {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${limit} bytes`
  return { source, message: `${source} is larger than ${size}; it was skipped.` }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'it does not exist or is a broken link'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'not a folder'
    case 'EISDIR':
      return 'it is a folder'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
