import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { PairOverride } from '../../shared/models/pair-override'
import { CorruptStoreError, isCorruptionError, notDatabaseReason } from './corrupt-store'
import { storeMigrations } from './store-migrations'

export { CorruptStoreError, moveStoreAside } from './corrupt-store'

/** What the app keeps between runs. Keyed by library folder, since article ids are only unique within one. */
export interface Store {
  /** The folder's overrides, oldest first. */
  listPairOverrides(library: string): PairOverride[]
  /** Records an override; setting one for the same two articles again replaces it and moves it last. */
  setPairOverride(library: string, override: PairOverride): void
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

  const getSetting = db.prepare('SELECT value FROM settings WHERE key = ?')
  const putSetting = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )

  return {
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
