import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers, type AppHandlerOptions } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { openStore, type Store } from '../../../node/store/store'
import { articleText, loadSeed } from '../ingest/seed-pages'
import { useTempDirs } from '../store/temp-dir'
import { newsPageHtml } from './news-page-html'

const tempDir = useTempDirs()
const seeds = path.resolve(__dirname, '../../../seeds')
const encodings = path.resolve(__dirname, '../../fixtures/import/encodings')
const metro = loadSeed('000_')
const dsKo = metro.articles[7]
const dsEn = metro.articles[3]
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64')

function setup(extra: Partial<AppHandlerOptions> = {}, store: Store = openStore(path.join(tempDir(), 'kobi.sqlite'))) {
  const importFolder = path.join(tempDir(), 'imported')
  const api = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null, importFolder, ...extra })
  return { api, store, importFolder }
}

describe('importing files', () => {
  it('imports text, CP949 and HTML pages, and names and removes the files that are not pages', async () => {
    const { api, store, importFolder } = setup()
    const before = await api.getLibrary()
    const result = await api.importFiles([
      { name: 'ko.cp949.txt', bytes: b64(readFileSync(path.join(encodings, 'ko.cp949.txt'))) },
      { name: 'ds-en.html', bytes: b64(newsPageHtml(dsEn)) },
      { name: 'photo.png', bytes: b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])) },
      { name: 'empty.txt', bytes: '' },
      { name: 'menu.html', bytes: b64('<!DOCTYPE html><html><body><nav><a href="/">홈</a> <a href="/b">경제</a></nav></body></html>') },
      { name: 'ko.utf-16le-bom.txt', bytes: b64(readFileSync(path.join(encodings, 'ko.utf-16le-bom.txt'))) },
    ])
    expect(result.articles).toEqual(['imported/ko.cp949.txt#0', 'imported/ds-en.html#0', 'imported/ko.utf-16le-bom.txt#0'])
    const byId = new Map(result.library.articles.map((a) => [a.id, a]))
    expect(byId.get('imported/ko.cp949.txt#0')?.title).toBe('똠방각하 햏자, 뷁 소리에 놀라다')
    expect(byId.get('imported/ds-en.html#0')?.paragraphs).toEqual(dsEn.paragraphs)
    expect(result.problems.map((p) => p.source)).toEqual(['photo.png', 'empty.txt', 'menu.html'])
    expect(result.problems[0].message).toMatch(/^photo\.png: .*binary file \(a PNG image\)/)
    expect(result.problems[1].message).toBe('empty.txt: This page is empty.')
    expect(result.problems[2].message).toMatch(/menu\.html holds no article/)
    // The library folder's articles are all still there, and the refused files are gone from the import folder.
    expect(result.library.articles.length).toBe(before.articles.length + 3)
    expect(readdirSync(importFolder).sort()).toEqual(['ds-en.html', 'ko.cp949.txt', 'ko.utf-16le-bom.txt'])
    store.close()
  })

  it('keeps the import across a restart, reads the same file once, and writes only safe names inside the folder', async () => {
    const { api, store, importFolder } = setup()
    const page = { name: '../../evil/..\\ds-en.html', bytes: b64(newsPageHtml(dsEn)) }
    const first = await api.importFiles([page])
    expect(first.articles).toEqual(['imported/ds-en.html#0'])
    const again = await api.importFiles([page, { name: 'ds-en.html', bytes: b64(newsPageHtml(dsKo)) }])
    expect(again.articles).toEqual(['imported/ds-en.html#0', 'imported/ds-en (2).html#0'])
    expect(readdirSync(importFolder).sort()).toEqual(['ds-en (2).html', 'ds-en.html'])
    expect(existsSync(path.join(importFolder, '..', 'evil'))).toBe(false)
    const restarted = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null, importFolder })
    expect((await restarted.getLibrary()).articles.filter((a) => a.id.startsWith('imported/')).map((a) => a.id)).toEqual([
      'imported/ds-en (2).html#0',
      'imported/ds-en.html#0',
    ])
    store.close()
  })

  it('opens files the dialog names (desktop), refusing what is not a regular file', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ds-ko.html'), newsPageHtml(dsKo))
    const { api, store } = setup({ chooseFiles: async () => [path.join(dir, 'ds-ko.html'), path.join(dir, 'missing.txt'), '/dev/zero'] })
    const result = await api.openFiles()
    expect(result?.articles).toEqual(['imported/ds-ko.html#0'])
    expect(result?.problems.map((p) => p.message)).toEqual(['missing.txt does not exist.', 'zero is not a regular file (it is a device).'])
    // The window's banner names them too.
    expect(result?.library.problems.map((p) => p.message)).toEqual(expect.arrayContaining(['missing.txt does not exist.']))
    const cancelled = setup({ chooseFiles: async () => null })
    expect(await cancelled.api.openFiles()).toBeNull()
    store.close()
    cancelled.store.close()
  })

  it('names a page over the size limit and imports the others', async () => {
    const { api, store, importFolder } = setup()
    const huge = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41)
    const dir = tempDir()
    writeFileSync(path.join(dir, 'huge.txt'), huge)
    writeFileSync(path.join(dir, 'ds-ko.html'), newsPageHtml(dsKo))
    const opener = setup({ chooseFiles: async () => [path.join(dir, 'huge.txt'), path.join(dir, 'ds-ko.html')] }, store)
    const result = await opener.api.openFiles()
    expect(result?.articles).toEqual(['imported/ds-ko.html#0'])
    expect(result?.problems).toEqual([{ source: 'huge.txt', message: 'huge.txt is larger than 50 MB.' }])
    // The same through the renderer's call.
    const sent = await api.importFiles([{ name: 'huge.txt', bytes: Buffer.from(huge).toString('base64') }])
    expect(sent.problems).toEqual([{ source: 'huge.txt', message: 'huge.txt is larger than 50 MB.' }])
    expect(existsSync(importFolder) ? readdirSync(importFolder) : []).toEqual([])
    store.close()
  })

  it('refuses bad arguments at the boundary', async () => {
    const { api, store } = setup()
    await expect(invokeAppApi(api, 'importFiles', [[{ name: 'a.txt', bytes: 'not base64!' }]])).rejects.toThrow('base64')
    await expect(invokeAppApi(api, 'importFiles', [[]])).rejects.toThrow('no files')
    await expect(invokeAppApi(api, 'importFiles', [[{ name: '', bytes: '' }]])).rejects.toThrow('needs a name')
    await expect(invokeAppApi(api, 'createPastedPair', ['한국어', 5])).rejects.toThrow('English text')
    await expect(invokeAppApi(api, 'openRecentFolder', [''])).rejects.toThrow('Expected a folder')
    store.close()
  })
})

describe('pasting a new pair', () => {
  it('makes the two texts a pair, aligned like the seed pair, that survives a restart', async () => {
    const { api, store, importFolder } = setup()
    const pasted = await api.createPastedPair(articleText(dsKo), articleText(dsEn))
    expect(pasted.ko).toMatch(/^imported\/pasted-\d{8}-\d{6}-[0-9a-f]{4}-ko\.txt#0$/)
    expect(pasted.library.pairs).toContainEqual(expect.objectContaining({ ko: pasted.ko, en: pasted.en, origin: 'manual' }))
    const comparison = await api.comparePair(pasted.ko, pasted.en)
    expect(comparison.links.length).toBeGreaterThan(10)
    expect(comparison.links.filter((l) => l.ko.length > 0 && l.en.length > 0).length).toBeGreaterThan(10)

    const restarted = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null, importFolder })
    expect((await restarted.getLibrary()).pairs).toContainEqual(expect.objectContaining({ ko: pasted.ko, en: pasted.en, origin: 'manual' }))
    store.close()
  })

  it('refuses an empty side, and swapped texts, leaving no file behind', async () => {
    const { api, store, importFolder } = setup()
    await expect(api.createPastedPair('  \n ', articleText(dsEn))).rejects.toThrow('The Korean text is empty.')
    await expect(api.createPastedPair(articleText(dsEn), articleText(dsKo))).rejects.toThrow('The Korean text reads as English. Did the two texts trade places?')
    expect(existsSync(importFolder) ? readdirSync(importFolder) : []).toEqual([])
    expect((await api.getLibrary()).articles.some((a) => a.id.startsWith('imported/'))).toBe(false)
    store.close()
  })
})

describe('recent folders', () => {
  it('lists opened folders newest first, reopens the last one at start, and forgets one that is gone', async () => {
    const a = path.join(tempDir(), 'a')
    const b = path.join(tempDir(), 'b')
    for (const dir of [a, b]) {
      mkdirSync(dir)
      writeFileSync(path.join(dir, 'ds-ko.txt'), articleText(dsKo))
    }
    let next = a
    const { api, store } = setup({ chooseFolder: async () => next })
    expect(await api.getRecentFolders()).toEqual([])
    await api.openFolder()
    next = b
    await api.openFolder()
    expect(await api.getRecentFolders()).toEqual([b, a])
    expect((await api.openRecentFolder(a)).folder).toBe(a)
    expect(await api.getRecentFolders()).toEqual([a, b])

    const restarted = setup({ reopenLastFolder: true }, store)
    expect((await restarted.api.getLibrary()).folder).toBe(a)
    const notReopening = setup({}, store)
    expect((await notReopening.api.getLibrary()).folder).toBe(seeds)

    await expect(api.openRecentFolder('/etc')).rejects.toThrow('/etc is not one of the recent folders.')
    rmSync(b, { recursive: true })
    await expect(api.openRecentFolder(b)).rejects.toThrow(`The folder ${b} no longer exists`)
    expect(await api.getRecentFolders()).toEqual([a])
    store.close()
  })
})
