import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

/**
 * Removed imported pages wait here for an Undo: a hidden folder inside the import folder, so the library
 * never reads it (subfolders and hidden names are skipped) and a removal and its undo are renames on one file
 * system, which give back the very file (bytes, name, times).
 */
export const trashFolderName = '.trash'

/** A trash entry's id: its removal time and a random tag, e.g. `20250202T162748123Z-3f9a1b2c`. */
export const trashIdPattern = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/

/** A removed page cannot come back as it was: the trash lost it, or another file took its name. */
export class RestoreError extends Error {
  override readonly name = 'RestoreError'
}

function entryFolder(importFolder: string, id: string): string {
  if (!trashIdPattern.test(id)) throw new RestoreError('That is not a removal of imported pages.')
  return path.join(importFolder, trashFolderName, id)
}

/**
 * Moves the named files (each directly inside the import folder) into a new trash entry, all of them or none,
 * and resolves with the entry's id.
 */
export async function moveToTrash(importFolder: string, names: readonly string[], now: Date = new Date()): Promise<string> {
  const id = `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`
  const entry = entryFolder(importFolder, id)
  await mkdir(entry, { recursive: true })
  const moved: string[] = []
  try {
    for (const name of names) {
      await rename(path.join(importFolder, name), path.join(entry, name))
      moved.push(name)
    }
  } catch (error) {
    for (const name of moved) await rename(path.join(entry, name), path.join(importFolder, name)).catch(() => {})
    // Only an empty entry goes: a file that could not be moved back stays in the trash rather than be lost.
    await rmdir(entry).catch(() => {})
    throw error
  }
  return id
}

/**
 * Moves a trash entry's files back into the import folder under their names. A name taken since by a file with
 * the same bytes is that page already; by other bytes, nothing is moved and a RestoreError says so.
 */
export async function restoreFromTrash(importFolder: string, id: string, names: readonly string[]): Promise<void> {
  const entry = entryFolder(importFolder, id)
  const present = new Set<string>()
  for (const name of names) {
    const kept = path.join(entry, name)
    if (!(await lstat(kept).catch(() => null))?.isFile()) {
      throw new RestoreError(`${name} is no longer in the trash of the imported pages, so it cannot be put back.`)
    }
    const there = await readFile(path.join(importFolder, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (there === null) continue
    if (!there.equals(await readFile(kept))) {
      throw new RestoreError(`Another page named ${name} was imported since; remove it first to bring this one back.`)
    }
    present.add(name)
  }
  for (const name of names) {
    if (present.has(name)) await unlink(path.join(entry, name))
    else await rename(path.join(entry, name), path.join(importFolder, name))
  }
  await rmdir(entry).catch(() => {})
}

/** Deletes a trash entry for good (its removal can no longer be undone). */
export async function deleteTrashEntry(importFolder: string, id: string): Promise<void> {
  await rm(entryFolder(importFolder, id), { recursive: true, force: true })
}

/**
 * Deletes the trash entries older than `maxAgeMs`, and anything else found in the trash: run at start, since
 * Undo lives only as long as the app that removed the pages (the age spares another window's recent ones).
 */
export async function sweepTrash(importFolder: string, maxAgeMs: number, now: number = Date.now()): Promise<void> {
  const trash = path.join(importFolder, trashFolderName)
  for (const name of await readdir(trash).catch(() => [] as string[])) {
    const full = path.join(trash, name)
    const info = await stat(full).catch(() => null)
    if (info && trashIdPattern.test(name) && info.isDirectory() && now - info.mtimeMs <= maxAgeMs) continue
    await rm(full, { recursive: true, force: true }).catch(() => {})
  }
}
