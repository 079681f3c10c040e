import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { openStore } from '../../../node/store/store'
import { mergeRows, splitRow } from '../../../shared/lib/correct/link-edits'
import { toLinkSpec } from '../../../shared/lib/correct/link-specs'
import type { AnnotationDraft } from '../../../shared/models/annotation'
import { textNoteDraft } from './text-note-draft'
import type { Comparison } from '../../../shared/models/comparison'
import type { GivenLink } from '../../../shared/lib/correct/align-around'
import { idOf } from '../store/library-ids'
import { useTempDirs } from '../store/temp-dir'

const tempDir = useTempDirs()
const seedsDir = path.resolve(__dirname, '../../../seeds')
const deepSeekPage = '000_77deed0654c30420.txt'

/** A library folder of its own holding the seed page, so the test can edit the page. */
function seedCopy(): string {
  const folder = path.join(tempDir(), 'library')
  mkdirSync(folder)
  copyFileSync(path.join(seedsDir, deepSeekPage), path.join(folder, deepSeekPage))
  return folder
}

async function open(folder: string, storeFile: string) {
  const store = openStore(storeFile)
  const api = createAppHandlers({ libraryFolder: folder, store, chooseFolder: async () => null })
  const library = await api.getLibrary()
  const ko = idOf(library, '딥시크 개인정보 유출 논란')
  const en = idOf(library, "DeepSeek's personal data leakage")
  return { api, store, ko, en, library }
}

const handOnly = (links: readonly GivenLink[], c: Comparison) =>
  links.filter((l) => l.hand).map((l) => toLinkSpec(l, c.ko, c.en))
const shape = (c: Comparison) => c.links.map((l) => `${l.ko.join('+')}|${l.en.join('+')}${l.hand ? '*' : ''}`)

describe('link corrections through the handlers', () => {
  it('merges two rows, recomputes findings, persists the hand-set link across a restart, and undoes and redoes exactly', async () => {
    const folder = seedCopy()
    const storeFile = path.join(tempDir(), 'kobi.sqlite')
    const first = await open(folder, storeFile)
    const auto = await first.api.comparePair(first.ko, first.en)
    // Row 2 holds the "2일" sentence; merging it with row 3 joins two sentence pairs.
    const row = auto.links.findIndex((l) => l.ko.includes(2))
    const merged = mergeRows(auto.links, row)
    const result = await first.api.editLinks(first.ko, first.en, handOnly(merged, auto), 'Merge rows')
    expect(result.history).toEqual({ undo: 'Merge rows', redo: null })
    const mergedLink = result.comparison.links[row]
    expect(mergedLink.hand).toBe(true)
    expect(mergedLink.ko).toEqual([...auto.links[row].ko, ...auto.links[row + 1].ko])
    expect(result.comparison.links).toHaveLength(auto.links.length - 1)
    // Findings are those of the new links: none may point across the merged row's old boundary as two rows.
    expect(result.comparison.findings.every((f) => f.id.length > 0)).toBe(true)
    first.store.close()
    await first.api.close()

    // A new start re-aligns the pair from scratch, around the stored hand-set link.
    const second = await open(folder, storeFile)
    const again = await second.api.comparePair(second.ko, second.en)
    expect(again.links[row]).toMatchObject({ ko: mergedLink.ko, en: mergedLink.en, hand: true })
    expect(again.correctionsLost).toBe(0)
    // The undo stack lives as long as the app: the new start has none.
    expect(await second.api.getEditHistory(second.ko, second.en)).toEqual({ undo: null, redo: null })

    const split = splitRow(again.links, row)
    const afterSplit = await second.api.editLinks(second.ko, second.en, handOnly(split, again), 'Split row')
    expect(afterSplit.comparison.links.length).toBeGreaterThan(again.links.length)
    const undone = await second.api.undoEdit(second.ko, second.en)
    expect(shape(undone.comparison!)).toEqual(shape(again))
    expect(undone.history).toEqual({ undo: null, redo: 'Split row' })
    const redone = await second.api.redoEdit(second.ko, second.en)
    expect(shape(redone.comparison!)).toEqual(shape(afterSplit.comparison))
    await expect(second.api.redoEdit(second.ko, second.en)).rejects.toThrow(/nothing to redo/)

    const reset = await second.api.resetLinks(second.ko, second.en)
    expect(shape(reset.comparison)).toEqual(shape(auto))
    expect(second.store.getLinkCorrections(folder, second.ko, second.en)).toEqual([])
    second.store.close()
    await second.api.close()
  })

  it('undoes an unpair', async () => {
    const { api, store, ko, en } = await open(seedCopy(), path.join(tempDir(), 'kobi.sqlite'))
    const unpaired = await api.unpairArticles(ko, en)
    expect(unpaired.pairs.some((p) => p.ko === ko && p.en === en)).toBe(false)
    expect(await api.getEditHistory(ko, en)).toEqual({ undo: 'Unpair', redo: null })
    const undone = await api.undoEdit(ko, en)
    expect(undone.library?.pairs.some((p) => p.ko === ko && p.en === en && p.origin === 'auto')).toBe(true)
    store.close()
    await api.close()
  })

  it('refuses links that cross, and ids from another pair', async () => {
    const { api, store, ko, en } = await open(seedCopy(), path.join(tempDir(), 'kobi.sqlite'))
    const c = await api.comparePair(ko, en)
    const crossing = [
      toLinkSpec({ ko: [3], en: [1], hand: true }, c.ko, c.en),
      toLinkSpec({ ko: [1], en: [3], hand: true }, c.ko, c.en),
    ]
    await expect(api.editLinks(ko, en, crossing, 'Relink')).rejects.toThrow(/cross/)
    await expect(invokeAppApi(api, 'editLinks', [ko, en, [{ ko: ['x'], en: [], hand: true }], 'Relink'])).rejects.toThrow(/sentence anchor/)
    store.close()
    await api.close()
  })
})

describe('annotations through the handlers', () => {
  const draft = (ko: string, en: string, paragraphs: readonly string[], quote: string, extra: Partial<AnnotationDraft> = {}): AnnotationDraft =>
    textNoteDraft(ko, en, paragraphs, quote, { tags: ['figures'], ...extra })

  it('keeps a note and a verdict across a restart and lists them library-wide', async () => {
    const folder = seedCopy()
    const storeFile = path.join(tempDir(), 'kobi.sqlite')
    const first = await open(folder, storeFile)
    const koArticle = first.library.articles.find((a) => a.id === first.ko)!
    const comparison = await first.api.comparePair(first.ko, first.en)
    const dropped = comparison.findings.find((f) => f.koValue === '2일')
    expect(dropped).toBeDefined()
    await first.api.saveAnnotation(draft(first.ko, first.en, koArticle.paragraphs, '6710억개의 매개변수'))
    const sentence = comparison.ko[dropped!.ko[0]]
    const verdict: AnnotationDraft = {
      ...draft(first.ko, first.en, koArticle.paragraphs, sentence.text),
      target: { kind: 'finding', findingId: dropped!.id, findingKind: dropped!.kind },
      note: '',
      tags: [],
      status: 'error',
    }
    const listed = await first.api.saveAnnotation(verdict)
    expect(listed).toHaveLength(2)
    expect(listed[1].placement).toMatchObject({ orphaned: false, findingId: dropped!.id })
    expect(listed[1].placement.linkIds.length).toBeGreaterThan(0)
    first.store.close()
    await first.api.close()

    const second = await open(folder, storeFile)
    const again = await second.api.listAnnotations(second.ko, second.en)
    expect(again.map((a) => a.status)).toEqual(['question', 'error'])
    expect(again[0].note).toBe('Check this figure')
    const all = await second.api.listLibraryAnnotations()
    expect(all).toHaveLength(2)
    // The app's exports carry the review: the verdict on its finding, the note on its link.
    const exported = await second.api.exportPairs({ scope: { pair: { ko: second.ko, en: second.en } }, format: 'json', only: 'confirmed', bom: false })
    if (exported.kind !== 'content') throw new Error('web-style export expected')
    const json = JSON.parse(exported.content) as { pairs: { findings: { verdict: string | null }[]; links: { notes: { note: string }[] }[] }[] }
    expect(json.pairs[0].findings.map((f) => f.verdict)).toEqual(['confirmed'])
    const allLinks = await second.api.exportPairs({ scope: { pair: { ko: second.ko, en: second.en } }, format: 'json', only: 'all', bom: false })
    expect(allLinks.kind === 'content' && allLinks.content).toContain('Check this figure')
    // Changing a note keeps its id and creation time.
    const changed = await second.api.saveAnnotation({ ...draft(second.ko, second.en, koArticle.paragraphs, '6710억개의 매개변수'), id: again[0].id, note: 'Fine' })
    expect(changed[0]).toMatchObject({ id: again[0].id, note: 'Fine', createdAt: again[0].createdAt })
    second.store.close()
    const db = new DatabaseSync(storeFile)
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    db.close()
    await second.api.close()
  })

  it('stays on its words when the page changes around them, and is orphaned when they are deleted', async () => {
    const folder = seedCopy()
    const page = path.join(folder, deepSeekPage)
    const { api, store, ko, en, library } = await open(folder, path.join(tempDir(), 'kobi.sqlite'))
    const koArticle = library.articles.find((a) => a.id === ko)!
    const quote = '자사 고객사 중 52%가 이미 딥시크 접속을 완전히 차단했다'
    await api.saveAnnotation(draft(ko, en, koArticle.paragraphs, quote))

    const original = readFileSync(page, 'utf8')
    const edited = original
      .replace('기업 차원에서도 딥시크 차단 움직임이 확산하고 있다.', '새로 추가된 문장이다. 기업 차원에서도 딥시크 차단 움직임이 확산하고 있다.')
      .replace('미 해군과 국방부도', '미국 해군과 국방부도')
    expect(edited).not.toBe(original)
    writeFileSync(page, edited)
    await api.reloadLibrary()
    const placed = await api.listAnnotations(ko, en)
    expect(placed[0].placement.orphaned).toBe(false)
    const anchor = placed[0].placement.anchors[0]
    const reloaded = (await api.getLibrary()).articles.find((a) => a.id === ko)!
    expect(reloaded.paragraphs[anchor.paragraph].slice(anchor.start, anchor.end)).toBe(quote)
    expect(anchor.start).toBeGreaterThan(placed[0].anchors[0].start)

    writeFileSync(page, edited.replace(`네트워크 보안 업체 넷스코프에 따르면, ${quote}.`, ''))
    await api.reloadLibrary()
    const orphaned = await api.listAnnotations(ko, en)
    expect(orphaned).toHaveLength(1)
    expect(orphaned[0].placement.orphaned).toBe(true)
    expect(orphaned[0].anchors[0].quote).toBe(quote)
    expect((await api.listLibraryAnnotations())[0].placement.orphaned).toBe(true)
    store.close()
    await api.close()
  })
})
