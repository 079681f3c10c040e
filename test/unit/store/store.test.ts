import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../node/store/store'
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
})
