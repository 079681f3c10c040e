import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { CorruptStoreError, moveStoreAside, openStore } from '../../../node/store/store'
import { storeMigrations } from '../../../node/store/store-migrations'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const seeds = '/home/reader/seeds'

describe('store', () => {
  it('creates its file (and folder) and starts empty', () => {
    const file = path.join(tempDir(), 'nested', 'kobi.sqlite')
    const store = openStore(file)
    expect(store.listPairOverrides(seeds)).toEqual([])
    store.close()
    const db = new DatabaseSync(file)
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: storeMigrations.length })
    db.close()
  })

  it('keeps overrides across reopening, oldest first, per library folder', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    const first = openStore(file)
    first.setPairOverride(seeds, { action: 'unpair', ko: '000_77deed0654c30420#7', en: '000_77deed0654c30420#3' })
    first.setPairOverride(seeds, { action: 'pair', ko: '000_77deed0654c30420#8', en: '000_77deed0654c30420#3' })
    first.setPairOverride('/elsewhere/seeds', { action: 'pair', ko: '000_77deed0654c30420#2', en: '000_77deed0654c30420#4' })
    first.close()

    const again = openStore(file)
    expect(again.listPairOverrides(seeds)).toEqual([
      { action: 'unpair', ko: '000_77deed0654c30420#7', en: '000_77deed0654c30420#3' },
      { action: 'pair', ko: '000_77deed0654c30420#8', en: '000_77deed0654c30420#3' },
    ])
    expect(again.listPairOverrides('/elsewhere/seeds')).toHaveLength(1)
    again.close()
  })

  it('replaces an override for the same two articles and moves it last', () => {
    const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
    store.setPairOverride(seeds, { action: 'pair', ko: 'k1', en: 'e1' })
    store.setPairOverride(seeds, { action: 'pair', ko: 'k2', en: 'e2' })
    store.setPairOverride(seeds, { action: 'unpair', ko: 'k1', en: 'e1' })
    expect(store.listPairOverrides(seeds)).toEqual([
      { action: 'pair', ko: 'k2', en: 'e2' },
      { action: 'unpair', ko: 'k1', en: 'e1' },
    ])
    store.close()
  })

  it('keeps settings as JSON values', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    const store = openStore(file)
    expect(store.getSetting('recentFolders')).toBeUndefined()
    store.setSetting('recentFolders', ['/a', '/b'])
    store.setSetting('recentFolders', ['/b'])
    store.close()
    const again = openStore(file)
    expect(again.getSetting('recentFolders')).toEqual(['/b'])
    again.close()
  })

  it('migrates a schema-1 file (pair overrides only) and keeps its overrides', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    const db = new DatabaseSync(file)
    db.exec(storeMigrations[0])
    db.exec('PRAGMA user_version = 1')
    db.prepare("INSERT INTO pair_overrides VALUES (?, 'k1', 'e1', 'pair', 1, '2026-11-01T00:00:00Z')").run(seeds)
    db.close()
    const store = openStore(file)
    expect(store.listPairOverrides(seeds)).toEqual([{ action: 'pair', ko: 'k1', en: 'e1' }])
    store.setSetting('lastPair', { ko: 'k1', en: 'e1' })
    store.close()
    const check = new DatabaseSync(file)
    expect(check.prepare('PRAGMA user_version').get()).toEqual({ user_version: storeMigrations.length })
    expect(check.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    check.close()
  })

  it('refuses a file written by a newer schema', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    const db = new DatabaseSync(file)
    db.exec(`PRAGMA user_version = ${storeMigrations.length + 1}`)
    db.close()
    expect(() => openStore(file)).toThrow(/newer version of KoBi Reader/)
  })

  it('rejects an unknown action at the database level', () => {
    const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
    expect(() => store.setPairOverride(seeds, { action: 'merge' as 'pair', ko: 'k', en: 'e' })).toThrow(/CHECK constraint/)
    store.close()
  })

  it('names a file that is not a database and says what to do, as a CorruptStoreError', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    writeFileSync(file, randomBytes(4096))
    let thrown: unknown
    try {
      openStore(file)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CorruptStoreError)
    expect((thrown as CorruptStoreError).file).toBe(file)
    expect((thrown as Error).message).toContain(file)
    expect((thrown as Error).message).toMatch(/not a database.*Move it aside to start fresh/)
  })

  it('also names a file that starts like SQLite but is damaged inside', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080, 0xab)]))
    expect(() => openStore(file)).toThrow(CorruptStoreError)
    expect(() => openStore(file)).toThrow(file)
  })

  it('moves a corrupt file (and its -wal, -shm) aside, keeping its bytes, so the store starts fresh', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    const junk = randomBytes(4096)
    writeFileSync(file, junk)
    writeFileSync(`${file}-wal`, 'old wal')
    writeFileSync(`${file}-shm`, 'old shm')
    expect(() => openStore(file)).toThrow(CorruptStoreError)

    const aside = moveStoreAside(file, new Date('2025-02-02T16:27:48.123Z'))
    expect(aside).toBe(`${file}.corrupt-2025-02-02T16-27-48-123Z`)
    expect(readFileSync(aside).equals(junk)).toBe(true)
    expect(readFileSync(`${aside}-wal`, 'utf8')).toBe('old wal')
    expect(readFileSync(`${aside}-shm`, 'utf8')).toBe('old shm')
    expect(existsSync(`${file}-wal`)).toBe(false)

    const store = openStore(file)
    store.setPairOverride(seeds, { action: 'pair', ko: 'k', en: 'e' })
    expect(store.listPairOverrides(seeds)).toHaveLength(1)
    store.close()
    // A second move in the same millisecond does not overwrite the first.
    expect(moveStoreAside(file, new Date('2025-02-02T16:27:48.123Z'))).toBe(`${aside}-2`)
    expect(readFileSync(aside).equals(junk)).toBe(true)
  })

  it('leaves other errors as they are (a newer schema is not corruption)', () => {
    const file = path.join(tempDir(), 'kobi.sqlite')
    const db = new DatabaseSync(file)
    db.exec(`PRAGMA user_version = ${storeMigrations.length + 1}`)
    db.close()
    expect(() => openStore(file)).not.toThrow(CorruptStoreError)
  })
})

