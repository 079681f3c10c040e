import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { openStore } from '../../../node/store/store'
import type { Library } from '../../../shared/models/library'
import { appApiMethods } from '../../../shared/models/app-api'
import { idOf } from './library-ids'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const seeds = path.resolve(__dirname, '../../../seeds')


function setup(chooseFolder: () => Promise<string | null> = async () => null) {
  const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
  return { store, api: createAppHandlers({ libraryFolder: seeds, store, chooseFolder }) }
}

describe('app handlers', () => {
  it('loads the seeds folder', async () => {
    const { api, store } = setup()
    const library = await api.getLibrary()
    expect(library.folder).toBe(seeds)
    expect(library.articles.some((a) => a.source === 'seeds/000_77deed0654c30420.txt')).toBe(true)
    store.close()
  })

  it('pairs and unpairs by hand, persisting through the store', async () => {
    const { api, store } = setup()
    const library = await api.getLibrary()
    const ko = idOf(library, '개혁신당 이준석')
    const en = idOf(library, "DeepSeek's personal data leakage")
    const paired = await api.pairArticles(ko, en)
    expect(paired.pairs).toContainEqual(expect.objectContaining({ ko, en, origin: 'manual' }))
    expect(store.listPairOverrides(seeds)).toEqual([{ action: 'pair', ko, en }])

    // A second handler on the same store sees the manual pair.
    const other = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null })
    expect((await other.getLibrary()).pairs).toContainEqual(expect.objectContaining({ ko, en, origin: 'manual' }))

    const unpaired = await api.unpairArticles(ko, en)
    expect(unpaired.pairs.some((p) => p.ko === ko && p.en === en)).toBe(false)
    store.close()
  })

  it('refuses ids that are not strings, too long, unknown or of the wrong language', async () => {
    const { api, store } = setup()
    const library = await api.getLibrary()
    const ko = idOf(library, '딥시크 개인정보 유출 논란')
    const en = idOf(library, "DeepSeek's personal data leakage")
    await expect(invokeAppApi(api, 'pairArticles', [42, en])).rejects.toThrow(/id of a Korean article/)
    await expect(invokeAppApi(api, 'pairArticles', ['x'.repeat(5000), en])).rejects.toThrow(/string of 5000 characters/)
    await expect(api.pairArticles('nope#1', en)).rejects.toThrow(/No article with id "nope#1"/)
    await expect(api.pairArticles(en, ko)).rejects.toThrow(/is an English article, not a Korean one/)
    await expect(api.unpairArticles(idOf(library, '개혁신당 이준석'), en)).rejects.toThrow(/not paired/)
    expect(store.listPairOverrides(seeds)).toEqual([])
    store.close()
  })

  it('switches folders through chooseFolder and keeps the folder on cancel', async () => {
    const empty = tempDir()
    let answer: string | null = empty
    const { api, store } = setup(async () => answer)
    const opened = await api.openFolder()
    expect(opened?.folder).toBe(empty)
    expect(opened?.articles).toEqual([])
    answer = null
    expect(await api.openFolder()).toBeNull()
    expect((await api.getLibrary()).folder).toBe(empty)
    store.close()
  })
})

describe('invokeAppApi', () => {
  it('calls a known method with the right number of arguments', async () => {
    const { api, store } = setup()
    const library = (await invokeAppApi(api, 'getLibrary', [])) as Library
    expect(library.articles.length).toBeGreaterThan(0)
    store.close()
  })

  it('rejects unknown methods, inherited names and wrong arity', async () => {
    const { api, store } = setup()
    await expect(invokeAppApi(api, 'deleteEverything', [])).rejects.toThrow(/Unknown method "deleteEverything"/)
    await expect(invokeAppApi(api, 'toString', [])).rejects.toThrow(/Unknown method/)
    await expect(invokeAppApi(api, 'getLibrary', ['x'])).rejects.toThrow(/takes 0 arguments, not 1/)
    await expect(invokeAppApi(api, 'pairArticles', 'a,b')).rejects.toThrow(/must be a list/)
    store.close()
  })

  it('knows every method of the API', () => {
    expect([...appApiMethods].sort()).toEqual([
      'cancelComparison',
      'comparePair',
      'compareSecondVersion',
      'getLibrary',
      'getReaderSettings',
      'openFolder',
      'pairArticles',
      'reloadLibrary',
      'setReaderSettings',
      'unpairArticles',
    ])
  })
})
