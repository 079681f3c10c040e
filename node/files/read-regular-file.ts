import { constants, type Stats } from 'node:fs'
import { lstat, open, realpath, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { formatLimit } from '../../shared/lib/ingest/page-limits'

/** A Buffer path reaches files whose names are not valid UTF-8. */
export type FilePath = string | Buffer

export interface ReadFileOptions {
  /** How messages name the file: its source path in the library, or the path the user typed. */
  readonly name: string
  /** Largest file accepted. At most maxBytes + 1 bytes are ever read, so a growing file cannot exhaust memory. */
  readonly maxBytes: number
  /** The real path of a folder the file must stay in once its links are followed. */
  readonly within?: Buffer
}

export type ReadRefusal =
  | 'missing'
  | 'broken-link'
  | 'link-loop'
  | 'outside'
  | 'folder'
  | 'not-regular'
  | 'too-large'
  | 'denied'
  | 'unreadable'

export type ReadFileResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly refusal: ReadRefusal; readonly message: string; readonly size?: number }

// O_NONBLOCK: a FIFO swapped in after the checks opens at once instead of blocking forever.
// O_NOFOLLOW: the checked path is opened, not a link put in its place. Both are 0 where the OS lacks them.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)
/** How much a file may grow past its stated size per read step (files in /proc state 0). */
const GROW_STEP = 64 * 1024

/**
 * Reads one regular file, refusing what is not one (a FIFO, socket or device is never opened), a link
 * that leaves `within`, and a file over `maxBytes`. Never throws: every problem is a short message.
 */
export async function readRegularFile(file: FilePath, options: ReadFileOptions): Promise<ReadFileResult> {
  const { name } = options
  let real: Buffer | undefined
  try {
    const link = await lstat(file)
    if (link.isSymbolicLink() || options.within) real = await resolveLink(file, link.isSymbolicLink())
  } catch (error) {
    if (error instanceof LinkError) return refuse(error.refusal, name)
    return refuse(refusalOf(error), name, error)
  }
  const target = real ?? file
  try {
    const info = await stat(target)
    if (info.isDirectory()) return refuse('folder', name)
    if (options.within && !(real && isInside(real, options.within))) return refuse('outside', name)
    const notRegular = checkRegular(info, name, options.maxBytes)
    if (notRegular) return notRegular
    const handle = await open(target, OPEN_FLAGS)
    try {
      const opened = await handle.stat()
      // Re-check on the handle: the path may have been swapped for something else after the checks above.
      if (opened.dev !== info.dev || opened.ino !== info.ino) {
        return { ok: false, refusal: 'unreadable', message: `${name} changed while it was being read.` }
      }
      return (checkRegular(opened, name, options.maxBytes) ?? (await readCapped(handle, opened.size, options)))
    } finally {
      await handle.close()
    }
  } catch (error) {
    return refuse(refusalOf(error), name, error)
  }
}

class LinkError extends Error {
  constructor(readonly refusal: ReadRefusal) {
    super(refusal)
  }
}

/** The real path; a dangling link or loop named as such rather than as a raw ENOENT or ELOOP. */
async function resolveLink(file: FilePath, isLink: boolean): Promise<Buffer> {
  try {
    return await realpath(file, { encoding: 'buffer' })
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ELOOP') throw new LinkError('link-loop')
    if (code === 'ENOENT' && isLink) throw new LinkError('broken-link')
    throw error
  }
}

function isInside(real: Buffer, root: Buffer): boolean {
  const sep = path.sep.charCodeAt(0)
  const base = root[root.length - 1] === sep ? root.length - 1 : root.length
  return real.length > base + 1 && real[base] === sep && real.subarray(0, base).equals(root.subarray(0, base))
}

function checkRegular(info: Stats, name: string, maxBytes: number): ReadFileResult | null {
  if (!info.isFile()) {
    return { ok: false, refusal: 'not-regular', message: `${name} is not a regular file (it is ${kindOf(info)}).` }
  }
  if (info.size > maxBytes) return tooLarge(name, maxBytes, info.size)
  return null
}

/** Reads through the handle, never more than maxBytes + 1 bytes, whatever the file claims or becomes. */
async function readCapped(handle: FileHandle, size: number, options: ReadFileOptions): Promise<ReadFileResult> {
  const cap = options.maxBytes + 1
  let buffer = Buffer.alloc(Math.min(cap, size + 1))
  let total = 0
  for (;;) {
    if (total === buffer.length) {
      if (buffer.length >= cap) break
      const bigger = Buffer.alloc(Math.min(cap, buffer.length + Math.max(buffer.length, GROW_STEP)))
      buffer.copy(bigger, 0, 0, total)
      buffer = bigger
    }
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total)
    if (bytesRead === 0) break
    total += bytesRead
  }
  if (total > options.maxBytes) return tooLarge(options.name, options.maxBytes, Math.max(size, total))
  // A file that grew leaves spare room; copy so thousands of pages don't each hold unused memory.
  const bytes = buffer.length - total > GROW_STEP ? Buffer.from(buffer.subarray(0, total)) : buffer
  return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, total) }
}

function tooLarge(name: string, maxBytes: number, size: number): ReadFileResult {
  return { ok: false, refusal: 'too-large', size, message: `${name} is larger than ${formatLimit(maxBytes)}.` }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a file'
}

function refuse(refusal: ReadRefusal, name: string, error?: unknown): ReadFileResult {
  return { ok: false, refusal, message: messageFor(refusal, name, error) }
}

function messageFor(refusal: ReadRefusal, name: string, error: unknown): string {
  switch (refusal) {
    case 'missing':
      return `${name} does not exist.`
    case 'broken-link':
      return `${name} is a link to a file that does not exist.`
    case 'link-loop':
      return `${name} is a symbolic link loop.`
    case 'outside':
      return `${name} points outside the library folder.`
    case 'folder':
      return `${name} is a folder, not a file.`
    case 'denied':
      return `${name} could not be read (permission denied).`
    default:
      return `${name} could not be read (${error instanceof Error ? error.message : String(error)}).`
  }
}

function refusalOf(error: unknown): ReadRefusal {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing'
    case 'ELOOP':
      return 'link-loop'
    case 'EACCES':
    case 'EPERM':
      return 'denied'
    case 'EISDIR':
      return 'folder'
    default:
      return 'unreadable'
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}
