import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { openStore } from '../../../node/store/store'
import { defaultReaderSettings, maxSecondVersionLength, type ReaderSettings } from '../../../shared/models/reader-settings'
import { idOf } from './library-ids'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const seeds = path.resolve(__dirname, '../../../seeds')

async function setup(file = path.join(tempDir(), 'kobi.sqlite')) {
  const store = openStore(file)
  const api = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null })
  const library = await api.getLibrary()
  const ko = idOf(library, '딥시크 개인정보 유출 논란')
  const en = library.articles.find((a) => a.id === idOf(library, "DeepSeek's personal data leakage"))!
  return { api, store, ko, en, file }
}

describe('reader settings', () => {
  it('are the defaults until set, then survive a restart of the backend', async () => {
    const first = await setup()
    expect(await first.api.getReaderSettings()).toEqual(defaultReaderSettings)
    const settings: ReaderSettings = { theme: 'dark', fontScale: 1.2, lineSpacing: 1.12, findingsListHeight: 240, lastRead: { folder: seeds, articleId: first.ko } }
    expect(await invokeAppApi(first.api, 'setReaderSettings', [settings])).toEqual(settings)
    first.store.close()
    const again = await setup(first.file)
    expect(await again.api.getReaderSettings()).toEqual(settings)
    again.store.close()
  })

  it('refuses settings of the wrong shape with a message, and ignores a damaged stored value', async () => {
    const { api, store } = await setup()
    const bad = [
      [{ ...defaultReaderSettings, theme: 'sepia' }, /theme/],
      [{ ...defaultReaderSettings, fontScale: 7 }, /font scale/],
      [{ ...defaultReaderSettings, findingsListHeight: 1e6 }, /at most 520/],
      [{ ...defaultReaderSettings, extra: 1 }, /not valid/],
      [{ ...defaultReaderSettings, lastRead: { folder: seeds, articleId: 'x'.repeat(10_000) } }, /article/],
    ] as const
    for (const [settings, message] of bad) await expect(invokeAppApi(api, 'setReaderSettings', [settings])).rejects.toThrow(message)
    store.setSetting('reader-settings', { theme: 42 })
    expect(await api.getReaderSettings()).toEqual(defaultReaderSettings)
    store.close()
  })
})

describe('compareSecondVersion', () => {
  it('aligns the Korean article with another English text and checks it', async () => {
    const { api, store, ko, en } = await setup()
    const text = en.paragraphs.join('\n').replace('including Bloomberg,', 'including Bloomberg, on the 2nd,')
    const second = await invokeAppApi(api, 'compareSecondVersion', [ko, text])
    const first = await api.comparePair(ko, en.id)
    const dated = (c: typeof first) => c.findings.filter((f) => f.koValue === '2일')
    expect(dated(first)).toHaveLength(1)
    expect(dated(second as typeof first)).toHaveLength(0)
    expect((second as typeof first).ko).toHaveLength(27)
    store.close()
  })

  it('refuses an empty, a Korean or an oversized text, and a non-Korean article, with clear messages', async () => {
    const { api, store, ko, en } = await setup()
    await expect(invokeAppApi(api, 'compareSecondVersion', [ko, ' \n '])).rejects.toThrow('The English text is empty.')
    await expect(invokeAppApi(api, 'compareSecondVersion', [ko, '딥시크의 충격파가 전 세계를 강타하고 있다.'])).rejects.toThrow(/Korean/)
    await expect(invokeAppApi(api, 'compareSecondVersion', [ko, 'a'.repeat(maxSecondVersionLength + 1)])).rejects.toThrow(/at most 60,000/)
    await expect(invokeAppApi(api, 'compareSecondVersion', [en.id, 'Some English.'])).rejects.toThrow(/not a Korean one/)
    store.close()
  })
})
