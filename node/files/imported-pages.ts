import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { formatLimit, pageLimits } from '../../shared/lib/ingest/page-limits'
import { importedPrefix } from '../../shared/models/import'

export { importedPrefix }

/** The source an imported file's articles carry. */
export function importedSource(fileName: string): string {
  return `${importedPrefix}/${fileName}`
}

/** Longest file name written, extension included: room below every file system's 255 bytes for a " (99)". */
const MAX_NAME_CHARS = 100
/** Names Windows refuses whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

/**
 * A file name safe to write on any system, from the name a browser or dialog gave: no folder part, no
 * control or reserved characters, no leading dot (a hidden file would not be read), bounded length
 * (extension kept), never empty.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  let clean = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/gu, '_')
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '')
  if (clean === '' || RESERVED.test(clean.replace(/\..*$/u, ''))) clean = `page${clean ? `-${clean}` : ''}`
  if ([...clean].length > MAX_NAME_CHARS) {
    const dot = clean.lastIndexOf('.')
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : ''
    clean = [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_NAME_CHARS - ext.length).join('') + ext
  }
  return clean
}

export type WriteImported = { ok: true; fileName: string; existed: boolean } | { ok: false; message: string }

/**
 * Writes a file into the import folder under a safe, unused name ("story (2).html" beside another
 * "story.html"); the same name with the same bytes is the file already there, not a copy. Pages over the
 * page limit and pages that would take the folder past its limit are refused with a message.
 */
export async function writeImportedFile(folder: string, name: string, bytes: Uint8Array): Promise<WriteImported> {
  const wanted = safeFileName(name)
  if (bytes.byteLength > pageLimits.maxFileBytes) {
    return { ok: false, message: `${name} is larger than ${formatLimit(pageLimits.maxFileBytes)}.` }
  }
  await mkdir(folder, { recursive: true })
  const used = await folderBytes(folder)
  if (used + bytes.byteLength > pageLimits.maxFolderBytes) {
    return { ok: false, message: `${name} was not imported: the imported pages together would pass ${formatLimit(pageLimits.maxFolderBytes)}. Remove some from ${folder}.` }
  }
  const dot = wanted.lastIndexOf('.')
  const [stem, ext] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, '']
  for (let n = 1; n < 1000; n++) {
    const fileName = n === 1 ? wanted : `${stem} (${n})${ext}`
    const file = path.join(folder, fileName)
    const existing = await readFile(file).catch(() => null)
    if (existing && Buffer.compare(existing, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) === 0) {
      return { ok: true, fileName, existed: true }
    }
    if (existing) continue
    try {
      await writeFile(file, bytes, { flag: 'wx' })
      return { ok: true, fileName, existed: false }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        return { ok: false, message: `${name} could not be saved (${error instanceof Error ? error.message : String(error)}).` }
      }
    }
  }
  return { ok: false, message: `${name} could not be saved: too many files of that name.` }
}

/** Names for a pasted pair's two pages: `pasted-20250202-162748-3f9a-ko.txt` and `…-en.txt`. */
export function pastedPairNames(now: Date = new Date()): { ko: string; en: string } {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const tag = `pasted-${stamp}-${randomBytes(2).toString('hex')}`
  return { ko: `${tag}-ko.txt`, en: `${tag}-en.txt` }
}

/** Removes an imported file that turned out not to be a page; a file already gone is no error. */
export async function removeImportedFile(folder: string, fileName: string): Promise<void> {
  await unlink(path.join(folder, safeFileName(fileName))).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
}

/** Bytes of the files directly inside the folder (the trash, a subfolder, is not counted). */
export async function folderBytes(folder: string): Promise<number> {
  let total = 0
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const info = await stat(path.join(folder, name)).catch(() => null)
    if (info?.isFile()) total += info.size
  }
  return total
}
