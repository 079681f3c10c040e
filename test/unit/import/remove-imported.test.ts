// Removing imported pages through the handlers, with real files in a temp folder and the real store: the file
// moves to the import folder's trash, the review stays, Undo brings both back; nothing else can be removed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { trashFolderName } from '../../../node/files/import-trash'
import { openStore } from '../../../node/store/store'
import { mergeRows } from '../../../shared/lib/correct/link-edits'
import { toLinkSpec } from '../../../shared/lib/correct/link-specs'
import { textNoteDraft } from '../review/text-note-draft'
import { articleText, loadSeed } from '../ingest/seed-pages'
import { useTempDirs } from '../store/temp-dir'
import { newsPageHtml } from './news-page-html'

const tempDir = useTempDirs()
const seedsDir = path.resolve(__dirname, '../../../seeds')
const ownPage = '001_4f4fd2a4a2ebd49e.txt'
const metro = loadSeed('000_')
const dsKo = metro.articles[7]
const dsEn = metro.articles[3]
const b64 = (text: string) => Buffer.from(text).toString('base64')

/** A library folder of the user's own (one seed page), an import folder and a store, all in temp folders. */
function setup(libraryName = 'library') {
  const libraryFolder = path.join(tempDir(), libraryName)
  mkdirSync(libraryFolder)
  const seedPage = readdirSync(seedsDir).find((name) => name.startsWith('001_'))!
  copyFileSync(path.join(seedsDir, seedPage), path.join(libraryFolder, ownPage))
  const importFolder = path.join(tempDir(), 'imported')
  const storeFile = path.join(tempDir(), 'kobi.sqlite')
  const store = openStore(storeFile)
  const api = createAppHandlers({ libraryFolder, store, chooseFolder: async () => null, importFolder })
  return { api, store, libraryFolder, importFolder, storeFile }
}

/** A pasted pair with two notes, a verdict and a hand-set link. */
async function reviewedPastedPair(api: ReturnType<typeof setup>['api']) {
  const pasted = await api.createPastedPair(articleText(dsKo), articleText(dsEn))
  const koArticle = pasted.library.articles.find((a) => a.id === pasted.ko)!
  const comparison = await api.comparePair(pasted.ko, pasted.en)
  await api.saveAnnotation(textNoteDraft(pasted.ko, pasted.en, koArticle.paragraphs, '6710억개의 매개변수'))
  await api.saveAnnotation(textNoteDraft(pasted.ko, pasted.en, koArticle.paragraphs, '딥시크', { note: 'Name' }))
  const dropped = comparison.findings.find((f) => f.koValue === '2일')!
  await api.saveAnnotation({
    ...textNoteDraft(pasted.ko, pasted.en, koArticle.paragraphs, comparison.ko[dropped.ko[0]].text),
    target: { kind: 'finding', findingId: dropped.id, findingKind: dropped.kind },
    note: 'Verdict',
    status: 'error',
  })
  const merged = mergeRows(comparison.links, 1).filter((l) => l.hand)
  await api.editLinks(pasted.ko, pasted.en, merged.map((l) => toLinkSpec(l, comparison.ko, comparison.en)), 'Merge rows')
  const sources = { ko: koArticle.source, en: pasted.library.articles.find((a) => a.id === pasted.en)!.source }
  return { ...pasted, sources }
}

const files = (folder: string) => readdirSync(folder).filter((name) => name !== trashFolderName).sort()

describe('removing an imported page', () => {
  it('moves its file out of the import folder, reads the library again, and keeps the pair’s review', async () => {
    const { api, store, importFolder } = setup()
    const pasted = await reviewedPastedPair(api)
    expect(files(importFolder)).toHaveLength(2)

    const preview = await api.previewRemoveImportedPages([pasted.sources.ko])
    expect(preview.pages).toEqual([{ source: pasted.sources.ko, name: path.basename(pasted.sources.ko), articles: [{ id: pasted.ko, title: dsKo.title }] }])
    expect(preview.kept).toEqual({ notes: 2, verdicts: 1, handLinkedPairs: 1, pairs: 1 })
    // A preview changes nothing.
    expect(files(importFolder)).toHaveLength(2)

    const removed = await api.removeImportedPages([pasted.sources.ko])
    expect(removed.kept).toEqual(preview.kept)
    expect(removed.library.articles.map((a) => a.id)).not.toContain(pasted.ko)
    expect(removed.library.articles.map((a) => a.id)).toContain(pasted.en)
    expect(removed.library.pairs.some((p) => p.ko === pasted.ko)).toBe(false)
    expect(files(importFolder)).toEqual([path.basename(pasted.sources.en)])
    // The library as loaded afterwards agrees.
    expect((await api.getLibrary()).articles.some((a) => a.id === pasted.ko)).toBe(false)

    // Nothing of the review is destroyed: the Notes panel's library view still lists the notes, orphaned.
    const listed = (await api.listLibraryAnnotations()).filter((a) => a.ko === pasted.ko)
    expect(listed).toHaveLength(3)
    expect(listed.every((a) => a.placement.orphaned)).toBe(true)
    const folder = removed.library.folder
    expect(store.getLinkCorrections(folder, pasted.ko, pasted.en)).toHaveLength(1)
    store.close()
    await api.close()
  })

  it('undoes the removal: the same file again, the pair paired, its notes placed and its hand-set link in force', async () => {
    const { api, store, importFolder } = setup()
    const pasted = await reviewedPastedPair(api)
    const koFile = path.join(importFolder, path.basename(pasted.sources.ko))
    const bytes = readFileSync(koFile)
    const mtime = statSync(koFile).mtimeMs

    const removed = await api.removeImportedPages([pasted.sources.ko, pasted.sources.en])
    expect(files(importFolder)).toEqual([])
    expect(removed.library.articles.some((a) => a.id.startsWith('imported/'))).toBe(false)

    const restored = await invokeAppApi(api, 'restoreImportedPages', [removed.removalId]) as Awaited<ReturnType<typeof api.restoreImportedPages>>
    expect([...restored.articles].sort()).toEqual([pasted.en, pasted.ko].sort())
    expect(readFileSync(koFile).equals(bytes)).toBe(true)
    expect(statSync(koFile).mtimeMs).toBe(mtime)
    expect(restored.library.pairs).toContainEqual(expect.objectContaining({ ko: pasted.ko, en: pasted.en, origin: 'manual' }))

    const notes = await api.listAnnotations(pasted.ko, pasted.en)
    expect(notes.map((a) => a.note).sort()).toEqual(['Check this figure', 'Name', 'Verdict'])
    expect(notes.every((a) => !a.placement.orphaned)).toBe(true)
    expect(notes.find((a) => a.note === 'Verdict')?.placement.findingId).not.toBeNull()
    const comparison = await api.comparePair(pasted.ko, pasted.en)
    expect(comparison.links.filter((l) => l.hand)).toHaveLength(1)
    // The trash entry is used up: a second Undo has nothing to restore.
    await expect(api.restoreImportedPages(removed.removalId)).rejects.toThrow(/can no longer be undone/)
    expect(readdirSync(path.join(importFolder, trashFolderName))).toEqual([])
    store.close()
    await api.close()
  })

  it('brings the notes back when the same file is imported again', async () => {
    const { api, store } = setup()
    const imported = await api.importFiles([{ name: 'ds-ko.html', bytes: b64(newsPageHtml(dsKo)) }, { name: 'ds-en.html', bytes: b64(newsPageHtml(dsEn)) }])
    const [ko, en] = imported.articles
    await api.pairArticles(ko, en)
    const koArticle = imported.library.articles.find((a) => a.id === ko)!
    await api.saveAnnotation(textNoteDraft(ko, en, koArticle.paragraphs, '6710억개의 매개변수'))
    await api.removeImportedPages(['imported/ds-ko.html'])
    const again = await api.importFiles([{ name: 'ds-ko.html', bytes: b64(newsPageHtml(dsKo)) }])
    expect(again.articles).toEqual([ko])
    expect((await api.listAnnotations(ko, en)).map((a) => a.placement.orphaned)).toEqual([false])
    store.close()
    await api.close()
  })

  it('refuses a page of the library folder, and never touches it', async () => {
    const { api, store, libraryFolder } = setup()
    const own = (await api.getLibrary()).articles.find((a) => !a.id.startsWith('imported/'))!
    expect(own.source).toBe(`library/${ownPage}`)
    for (const call of [
      () => invokeAppApi(api, 'removeImportedPages', [[own.source]]),
      () => api.removeImportedPages([own.source]),
      () => invokeAppApi(api, 'previewRemoveImportedPages', [[own.source]]),
    ]) {
      await expect(call()).rejects.toThrow(/is not an imported page; only imported pages can be removed \(the pages of your library folder are your own files/)
    }
    expect(readdirSync(libraryFolder)).toEqual([ownPage])
    store.close()
    await api.close()
  })

  it('refuses a library folder that happens to be named "imported": its pages are not in the import folder', async () => {
    const { api, store, libraryFolder } = setup('imported')
    const own = (await api.getLibrary()).articles[0]
    expect(own.source).toBe(`imported/${ownPage}`)
    await expect(api.removeImportedPages([own.source])).rejects.toThrow(/is not among the imported pages/)
    expect(readdirSync(libraryFolder)).toEqual([ownPage])
    store.close()
    await api.close()
  })

  it('refuses sources that try to leave the import folder or reach its trash', async () => {
    const { api, store, importFolder, storeFile } = setup()
    await api.importFiles([{ name: 'ds-ko.html', bytes: b64(newsPageHtml(dsKo)) }])
    // A file beside the import folder, as the store is.
    const beside = path.join(path.dirname(importFolder), 'secret.txt')
    writeFileSync(beside, '비밀\n\n내용이 있는 문서입니다.\n')
    const removed = await api.removeImportedPages(['imported/ds-ko.html'])
    const escapes = [
      'imported/../secret.txt',
      `imported/../${path.basename(storeFile)}`,
      'imported/..',
      'imported/.',
      'imported/',
      'imported/..\\secret.txt',
      `imported/${trashFolderName}`,
      `imported/${trashFolderName}/${removed.removalId}/ds-ko.html`,
      '../imported/ds-ko.html',
      `imported/${beside}`,
      'imported/ds-ko.html\u0000.txt',
    ]
    for (const source of escapes) {
      await expect(invokeAppApi(api, 'removeImportedPages', [[source]]), source).rejects.toThrow(/is not an imported page/)
      // The handler checks again without the boundary's schema.
      await expect(api.removeImportedPages([source]), source).rejects.toThrow(/is not an imported page/)
    }
    await expect(invokeAppApi(api, 'removeImportedPages', [[]])).rejects.toThrow('There are no pages to remove.')
    await expect(invokeAppApi(api, 'restoreImportedPages', ['../../x'])).rejects.toThrow('Expected a removal to undo.')
    await expect(api.restoreImportedPages('../../x')).rejects.toThrow(/can no longer be undone/)
    expect(existsSync(beside)).toBe(true)
    expect(existsSync(storeFile)).toBe(true)
    expect(readdirSync(path.join(importFolder, trashFolderName, removed.removalId))).toEqual(['ds-ko.html'])
    // A page already removed is not there to remove again.
    await expect(api.removeImportedPages(['imported/ds-ko.html'])).rejects.toThrow(/not among the imported pages \(it may have been removed already\)/)
    store.close()
    await api.close()
  })

  it('does not put a page back over another one imported under its name since', async () => {
    const { api, store, importFolder } = setup()
    await api.importFiles([{ name: 'story.html', bytes: b64(newsPageHtml(dsKo)) }])
    const removed = await api.removeImportedPages(['imported/story.html'])
    await api.importFiles([{ name: 'story.html', bytes: b64(newsPageHtml(dsEn)) }])
    await expect(api.restoreImportedPages(removed.removalId)).rejects.toThrow('Another page named story.html was imported since; remove it first to bring this one back.')
    expect(readFileSync(path.join(importFolder, 'story.html'), 'utf8')).toBe(newsPageHtml(dsEn))
    // Once that one is removed, Undo works.
    await api.removeImportedPages(['imported/story.html'])
    const restored = await api.restoreImportedPages(removed.removalId)
    expect(restored.library.articles.find((a) => a.id === restored.articles[0])?.title).toBe(dsKo.title)
    store.close()
    await api.close()
  })
})

describe('the trash of removed pages', () => {
  it('keeps the last 20 removals undoable and lets older ones go', async () => {
    const { api, store, importFolder } = setup()
    const ids: string[] = []
    for (let i = 0; i < 21; i++) {
      await api.importFiles([{ name: `page-${i}.txt`, bytes: b64(articleText({ title: `${dsKo.title} ${i}`, paragraphs: dsKo.paragraphs })) }])
      ids.push((await api.removeImportedPages([`imported/page-${i}.txt`])).removalId)
    }
    expect(readdirSync(path.join(importFolder, trashFolderName))).toHaveLength(20)
    await expect(api.restoreImportedPages(ids[0])).rejects.toThrow(/can no longer be undone/)
    expect((await api.restoreImportedPages(ids[1])).articles).toEqual(['imported/page-1.txt#0'])
    store.close()
    await api.close()
  })

  it('is emptied of old entries at start, keeping a recent one', async () => {
    const importFolder = path.join(tempDir(), 'imported')
    const trash = path.join(importFolder, trashFolderName)
    const old = path.join(trash, '20250101T000000000Z-00000000')
    const recent = path.join(trash, '20250102T000000000Z-11111111')
    for (const dir of [old, recent]) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, 'page.txt'), 'x')
    }
    writeFileSync(path.join(trash, 'stray.txt'), 'x')
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000)
    utimesSync(old, twoDaysAgo, twoDaysAgo)
    const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
    const api = createAppHandlers({ libraryFolder: seedsDir, store, chooseFolder: async () => null, importFolder })
    // The sweep runs at start; a call that uses the trash waits for it.
    await expect(api.previewRemoveImportedPages(['imported/none.txt'])).rejects.toThrow(/not among the imported pages/)
    expect(readdirSync(trash)).toEqual([path.basename(recent)])
    store.close()
    await api.close()
  })
})
