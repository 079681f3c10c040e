import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { openStore } from '../../../node/store/store'
import type { Comparison } from '../../../shared/models/comparison'
import { idOf } from './library-ids'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const seeds = path.resolve(__dirname, '../../../seeds')


async function setup() {
  const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
  const api = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null })
  const library = await api.getLibrary()
  return {
    api,
    store,
    ko: idOf(library, '딥시크 개인정보 유출 논란'),
    en: idOf(library, "DeepSeek's personal data leakage"),
    otherKo: idOf(library, '개혁신당 이준석'),
  }
}

/** Every sentence index of one side, in link order. */
function covered(comparison: Comparison, side: 'ko' | 'en'): number[] {
  return comparison.links.flatMap((link) => [...link[side]])
}

describe('comparePair', () => {
  it('aligns the DeepSeek seed pair: 27 Korean and 29 English sentences, each linked once in order', async () => {
    const { api, store, ko, en } = await setup()
    const comparison = await api.comparePair(ko, en)
    expect(comparison.ko).toHaveLength(27)
    expect(comparison.en).toHaveLength(29)
    expect(covered(comparison, 'ko')).toEqual([...Array(27).keys()])
    expect(covered(comparison, 'en')).toEqual([...Array(29).keys()])
    expect(comparison.ko[2].text).toMatch(/^2일 블룸버그 통신 등 외신에 따르면/)
    // The Irish DPC sentence is one Korean sentence that the English splits in two.
    const irish = comparison.links.find((link) => link.ko.includes(17))
    expect(comparison.ko[17].text).toMatch(/^아일랜드 데이터보호위원회\(DPC\)도/)
    expect(irish?.en).toHaveLength(2)
    store.close()
  })

  it('compares any Korean article with any English one, paired or not', async () => {
    const { api, store, otherKo, en } = await setup()
    const comparison = await api.comparePair(otherKo, en)
    expect(comparison.ko[0].text).not.toMatch(/딥시크/)
    expect(covered(comparison, 'ko')).toHaveLength(comparison.ko.length)
    expect(covered(comparison, 'en')).toHaveLength(comparison.en.length)
    store.close()
  })

  it('caches a comparison until the library is reloaded', async () => {
    const { api, store, ko, en } = await setup()
    const first = await api.comparePair(ko, en)
    expect(await api.comparePair(ko, en)).toBe(first)
    await api.reloadLibrary()
    const again = await api.comparePair(ko, en)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    store.close()
  })

  it('refuses ids that are not strings, unknown, or of the wrong language', async () => {
    const { api, store, ko, en } = await setup()
    await expect(invokeAppApi(api, 'comparePair', [7, en])).rejects.toThrow(/id of a Korean article/)
    await expect(invokeAppApi(api, 'comparePair', [ko, null])).rejects.toThrow(/id of an English article, got null/)
    await expect(invokeAppApi(api, 'comparePair', ['', en])).rejects.toThrow(/an empty string/)
    await expect(invokeAppApi(api, 'comparePair', [ko, 'x'.repeat(600)])).rejects.toThrow(/string of 600 characters/)
    await expect(api.comparePair('nope#1', en)).rejects.toThrow(/No article with id "nope#1"/)
    await expect(api.comparePair(en, ko)).rejects.toThrow(/is an English article, not a Korean one/)
    await expect(api.comparePair(ko, ko)).rejects.toThrow(/is a Korean article, not an English one/)
    store.close()
  })

  it('is reachable through invokeAppApi with exactly two arguments', async () => {
    const { api, store, ko, en } = await setup()
    await expect(invokeAppApi(api, 'comparePair', [ko])).rejects.toThrow(/takes 2 arguments, not 1/)
    const comparison = (await invokeAppApi(api, 'comparePair', [ko, en])) as Comparison
    expect(comparison.links.length).toBeGreaterThan(0)
    store.close()
  })
})
