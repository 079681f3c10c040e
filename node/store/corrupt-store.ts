import { closeSync, existsSync, openSync, readSync, renameSync } from 'node:fs'

// SQLite's primary result codes for a damaged file and for one that is not a database at all.
const SQLITE_CORRUPT = 11
const SQLITE_NOTADB = 26

/** The store file cannot be used as it is; the shells offer to move it aside (moveStoreAside) and start fresh. */
export class CorruptStoreError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The data file ${file} is damaged or is not a KoBi Reader data file (${detail}). Move it aside to start fresh; the old file is kept.`)
    this.name = 'CorruptStoreError'
  }
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * What is wrong with a file that exists but does not start like an SQLite database, or null. Checked
 * before SQLite opens it: SQLite deletes the -wal and -shm beside a file it cannot read when it closes it.
 */
export function notDatabaseReason(file: string): string | null {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return null // missing (it will be created) or unreadable: SQLite says which
  }
  try {
    const head = Buffer.alloc(HEADER.length)
    const n = readSync(fd, head, 0, head.length, 0)
    if (n === 0) return null // an empty file is an empty database
    return head.subarray(0, n).equals(HEADER) ? null : 'file is not a database'
  } finally {
    closeSync(fd)
  }
}

/** Whether an error from node:sqlite means the file itself is bad (rather than, say, a locked or newer file). */
export function isCorruptionError(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | null)?.errcode
  if (typeof errcode !== 'number') return false
  const primary = errcode & 0xff // extended codes carry the primary code in the low byte
  return primary === SQLITE_CORRUPT || primary === SQLITE_NOTADB
}

/**
 * Renames a bad store file, with its -wal and -shm, to `<file>.corrupt-<timestamp>` so the next openStore
 * starts empty while the old bytes stay on disk for rescue. Returns the new path of the file.
 */
export function moveStoreAside(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  let aside = `${file}.corrupt-${stamp}`
  for (let n = 2; existsSync(aside); n++) aside = `${file}.corrupt-${stamp}-${n}`
  renameSync(file, aside)
  // The journal files belong to the old bytes; left behind, SQLite could replay them into the new file.
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix)
  }
  return aside
}
