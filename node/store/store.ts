import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Annotation } from '../../shared/models/annotation'
import type { LinkSpec } from '../../shared/models/link-edit'
import type { PairOverride } from '../../shared/models/pair-override'
import { annotationFromRow, type AnnotationRow } from './annotation-row'
import { CorruptStoreError, isCorruptionError, notDatabaseReason } from './corrupt-store'
import { storeMigrations } from './store-migrations'

export { CorruptStoreError, moveStoreAside } from './corrupt-store'

/** What the app keeps between runs. Keyed by library folder, since article ids are only unique within one. */
export interface Store {
  /** The folder's overrides, oldest first. */
  listPairOverrides(library: string): PairOverride[]
  /** Records an override; setting one for the same two articles again replaces it and moves it last. */
  setPairOverride(library: string, override: PairOverride): void
  /** Forgets the override of these two articles (undoing a pair or unpair that had none before). */
  deletePairOverride(library: string, ko: string, en: string): void
  /** The override of these two articles, or null. */
  getPairOverride(library: string, ko: string, en: string): PairOverride | null
  /** The pair's annotations, oldest first. */
  listAnnotations(library: string, ko: string, en: string): Annotation[]
  /** Every annotation of the folder, oldest first. */
  listLibraryAnnotations(library: string): Annotation[]
  getAnnotation(library: string, id: string): Annotation | null
  /** Inserts or replaces (by id). */
  saveAnnotation(library: string, annotation: Annotation): void
  deleteAnnotation(library: string, id: string): void
  /** The pair's hand-set links, in reading order. */
  getLinkCorrections(library: string, ko: string, en: string): LinkSpec[]
  /** Replaces the pair's hand-set links; an empty list forgets them. */
  setLinkCorrections(library: string, ko: string, en: string, links: readonly LinkSpec[]): void
  /** The folder's pairs that have hand-set links. */
  listHandLinkedPairs(library: string): { ko: string; en: string }[]
  /** An app setting (JSON value), or undefined when never set. Callers validate what they read. */
  getSetting(key: string): unknown
  setSetting(key: string, value: unknown): void
  close(): void
}

interface OverrideRow {
  action: string
  ko: string
  en: string
}

/**
 * Opens (creating if needed) the SQLite store at `file` and brings its schema up to date. A file that is
 * damaged or not a database throws CorruptStoreError, which names the file; see moveStoreAside.
 */
export function openStore(file: string): Store {
  mkdirSync(path.dirname(file), { recursive: true })
  const notDatabase = notDatabaseReason(file)
  if (notDatabase) throw new CorruptStoreError(file, notDatabase)
  let db: DatabaseSync
  try {
    db = new DatabaseSync(file)
  } catch (error) {
    throw isCorruptionError(error) ? new CorruptStoreError(file, sqliteMessage(error)) : error
  }
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 2000;')
    migrate(db, file)
  } catch (error) {
    db.close()
    throw isCorruptionError(error) ? new CorruptStoreError(file, sqliteMessage(error)) : error
  }

  const list = db.prepare('SELECT action, ko, en FROM pair_overrides WHERE library = ? ORDER BY seq')
  const upsert = db.prepare(
    `INSERT INTO pair_overrides (library, ko, en, action, seq, updated_at)
     VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM pair_overrides), ?)
     ON CONFLICT (library, ko, en) DO UPDATE SET action = excluded.action, seq = excluded.seq, updated_at = excluded.updated_at`,
  )

  const getOverride = db.prepare('SELECT action, ko, en FROM pair_overrides WHERE library = ? AND ko = ? AND en = ?')
  const deleteOverride = db.prepare('DELETE FROM pair_overrides WHERE library = ? AND ko = ? AND en = ?')
  const annotationColumns = 'id, ko, en, target, anchors, note, tags, status, created_at, updated_at'
  const listPairAnnotations = db.prepare(
    `SELECT ${annotationColumns} FROM annotations WHERE library = ? AND ko = ? AND en = ? ORDER BY created_at, id`,
  )
  const listAllAnnotations = db.prepare(`SELECT ${annotationColumns} FROM annotations WHERE library = ? ORDER BY created_at, id`)
  const getOneAnnotation = db.prepare(`SELECT ${annotationColumns} FROM annotations WHERE library = ? AND id = ?`)
  const putAnnotation = db.prepare(
    `INSERT INTO annotations (id, library, ko, en, target, anchors, note, tags, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET target = excluded.target, anchors = excluded.anchors, note = excluded.note,
       tags = excluded.tags, status = excluded.status, updated_at = excluded.updated_at`,
  )
  const removeAnnotation = db.prepare('DELETE FROM annotations WHERE library = ? AND id = ?')
  const getLinks = db.prepare('SELECT links FROM link_corrections WHERE library = ? AND ko = ? AND en = ?')
  const putLinks = db.prepare(
    `INSERT INTO link_corrections (library, ko, en, links, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (library, ko, en) DO UPDATE SET links = excluded.links, updated_at = excluded.updated_at`,
  )
  const removeLinks = db.prepare('DELETE FROM link_corrections WHERE library = ? AND ko = ? AND en = ?')
  const listLinked = db.prepare('SELECT ko, en FROM link_corrections WHERE library = ? ORDER BY ko, en')
  const getSetting = db.prepare('SELECT value FROM settings WHERE key = ?')
  const putSetting = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )

  const rows = (result: unknown) => (result as AnnotationRow[]).flatMap((row) => annotationFromRow(row) ?? [])

  return {
    deletePairOverride(library, ko, en) {
      deleteOverride.run(library, ko, en)
    },
    getPairOverride(library, ko, en) {
      const row = getOverride.get(library, ko, en) as OverrideRow | undefined
      return row ? { action: row.action === 'pair' ? 'pair' : 'unpair', ko: row.ko, en: row.en } : null
    },
    listAnnotations(library, ko, en) {
      return rows(listPairAnnotations.all(library, ko, en))
    },
    listLibraryAnnotations(library) {
      return rows(listAllAnnotations.all(library))
    },
    getAnnotation(library, id) {
      return rows([getOneAnnotation.get(library, id)].filter(Boolean))[0] ?? null
    },
    saveAnnotation(library, a) {
      putAnnotation.run(
        a.id,
        library,
        a.ko,
        a.en,
        JSON.stringify(a.target),
        JSON.stringify(a.anchors),
        a.note,
        JSON.stringify(a.tags),
        a.status,
        a.createdAt,
        a.updatedAt,
      )
    },
    deleteAnnotation(library, id) {
      removeAnnotation.run(library, id)
    },
    getLinkCorrections(library, ko, en) {
      const row = getLinks.get(library, ko, en) as { links: string } | undefined
      if (!row) return []
      try {
        const parsed = JSON.parse(row.links) as unknown
        return Array.isArray(parsed) ? (parsed as LinkSpec[]) : []
      } catch {
        return []
      }
    },
    setLinkCorrections(library, ko, en, links) {
      if (links.length === 0) removeLinks.run(library, ko, en)
      else putLinks.run(library, ko, en, JSON.stringify(links), new Date().toISOString())
    },
    listHandLinkedPairs(library) {
      return (listLinked.all(library) as unknown as { ko: string; en: string }[]).map(({ ko, en }) => ({ ko, en }))
    },
    getSetting(key) {
      const row = getSetting.get(key) as { value: string } | undefined
      if (!row) return undefined
      try {
        return JSON.parse(row.value) as unknown
      } catch {
        return undefined
      }
    },
    setSetting(key, value) {
      putSetting.run(key, JSON.stringify(value))
    },
    listPairOverrides(library) {
      return (list.all(library) as unknown as OverrideRow[]).map((row) => ({
        action: row.action === 'pair' ? 'pair' : 'unpair',
        ko: row.ko,
        en: row.en,
      }))
    },
    setPairOverride(library, o) {
      upsert.run(library, o.ko, o.en, o.action, new Date().toISOString())
    },
    close() {
      db.close()
    },
  }
}

function sqliteMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function migrate(db: DatabaseSync, file: string): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined
  const version = row?.user_version ?? 0
  if (version > storeMigrations.length) {
    throw new Error(`The data file ${file} was written by a newer version of KoBi Reader (schema ${version}); please update the app.`)
  }
  for (let v = version; v < storeMigrations.length; v++) {
    // Each step and its version bump commit together, so a crash never leaves a half-migrated file.
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(storeMigrations[v])
      db.exec(`PRAGMA user_version = ${v + 1}`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }
}
