// The export method of the handlers, on worker threads as the desktop app and web mode run it: a whole library
// with progress events, the save dialog's answers, web mode's returned text, and bad requests refused.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { invokeAppApi } from '../../../node/api/invoke-app-api'
import { openStore } from '../../../node/store/store'
import { workerWork } from '../../../node/work/worker-work'
import type { AppEvent } from '../../../shared/models/app-event'
import type { ExportResult } from '../../../shared/models/export'
import { useTempDirs } from '../store/temp-dir'
import { hasXmllint, xmllint, xpathCount } from './xmllint'

const root = path.resolve(__dirname, '../../..')
const workerFile = path.join(root, 'out/node/work-worker.mjs')
const tempDir = useTempDirs()
const closing: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})

function handlers(events: AppEvent[], chooseSaveFile?: (name: string) => Promise<string | null>) {
  const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
  const api = createAppHandlers({
    libraryFolder: path.join(root, 'seeds'),
    store,
    chooseFolder: async () => null,
    work: workerWork(workerFile),
    onEvent: (e) => events.push(e),
    chooseSaveFile,
  })
  closing.push(() => api.close(), () => store.close())
  return api
}

describe('exportPairs handler', () => {
  it.runIf(hasXmllint())('exports the whole library off the main thread, reporting each pair, and returns the text in web mode', async () => {
    const events: AppEvent[] = []
    const api = handlers(events)
    const library = await api.getLibrary()
    const result = await api.exportPairs({ scope: 'library', format: 'tmx', only: 'all', bom: false })
    if (result.kind !== 'content') throw new Error(`expected content, got ${result.kind}`)
    expect(result).toMatchObject({ fileName: 'kobi-seeds.tmx', mimeType: 'application/x-tmx+xml', pairs: library.pairs.length })
    expect(xmllint(result.content, 'tmx').ok).toBe(true)
    expect(xpathCount(result.content, '//tu')).toBeGreaterThan(40)
    const progress = events.filter((e) => e.type === 'progress' && e.task === 'export')
    expect(progress.length).toBeGreaterThan(0)
    expect(events.filter((e) => e.type === 'progress-end' && e.task === 'export')).toHaveLength(1)
  })

  it('saves where the dialog says, or does nothing when it is cancelled', async () => {
    const target = path.join(tempDir(), 'out.csv')
    const asked: string[] = []
    const api = handlers([], async (name) => {
      asked.push(name)
      return asked.length === 1 ? target : null
    })
    const library = await api.getLibrary()
    const pair = library.pairs.find((p) => p.kind === 'full')!
    const request = { scope: { pair: { ko: pair.ko, en: pair.en } }, format: 'csv', only: 'flagged', bom: true } as const
    const saved = await api.exportPairs(request)
    expect(saved).toMatchObject({ kind: 'saved', file: target, pairs: 1 })
    expect(asked[0]).toMatch(/^kobi-000_77deed0654c30420\.txt-\d+-flagged\.csv$/)
    const text = readFileSync(target, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.split('\r\n')[0]).toContain('ko_article,en_article,link')
    const cancelled: ExportResult = await api.exportPairs(request)
    expect(cancelled).toEqual({ kind: 'cancelled' })
  })

  it('refuses bad requests with a clear message', async () => {
    const api = handlers([])
    await api.getLibrary()
    await expect(invokeAppApi(api, 'exportPairs', [{ scope: 'library', format: 'docx', only: 'all', bom: false }])).rejects.toThrow(
      'Expected an export format: tmx, xliff, csv, tsv, json, html.',
    )
    await expect(invokeAppApi(api, 'exportPairs', [{ scope: 'everything', format: 'csv', only: 'all', bom: false }])).rejects.toThrow(/scope/)
    await expect(invokeAppApi(api, 'exportPairs', [{ scope: 'library', format: 'csv', only: 'all' }])).rejects.toThrow(/bom/)
    await expect(
      invokeAppApi(api, 'exportPairs', [{ scope: { pair: { ko: 'nope', en: 'nope' } }, format: 'csv', only: 'all', bom: false }]),
    ).rejects.toThrow('No article with id "nope" in this library.')
  })
})
