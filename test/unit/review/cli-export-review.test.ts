// The CLI's export carries the review the app keeps: made through the real handlers and store, read back by
// `kobi export --library DIR --store FILE` in a process of its own.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { openStore } from '../../../node/store/store'
import { mergeRows } from '../../../shared/lib/correct/link-edits'
import { toLinkSpec } from '../../../shared/lib/correct/link-specs'
import { findingDraft } from '../../../shared/lib/review/annotation-drafts'
import { idOf } from '../store/library-ids'
import { useTempDirs } from '../store/temp-dir'

const tempDir = useTempDirs()
const root = path.resolve(__dirname, '../../..')
const seeds = path.join(root, 'seeds')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'out/node/kobi.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

interface ExportedJson {
  pairs: { links: { ko: number[]; en: number[] }[]; findings: { verdict: string | null }[] }[]
}

describe('kobi export --store', () => {
  it('exports the verdicts and hand-set links kept in the app’s data file', async () => {
    const storeFile = path.join(tempDir(), 'kobi.sqlite')
    const store = openStore(storeFile)
    const api = createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null })
    const library = await api.getLibrary()
    const ko = idOf(library, '딥시크 개인정보 유출 논란')
    const en = idOf(library, "DeepSeek's personal data leakage")
    const c = await api.comparePair(ko, en)
    const merged = mergeRows(c.links, 0).filter((l) => l.hand)
    await api.editLinks(ko, en, merged.map((l) => toLinkSpec(l, c.ko, c.en)), 'Merge rows')
    const after = await api.comparePair(ko, en)
    const koArticle = library.articles.find((a) => a.id === ko)!
    const enArticle = library.articles.find((a) => a.id === en)!
    const draft = findingDraft({ ko, en, koParagraphs: koArticle.paragraphs, enParagraphs: enArticle.paragraphs }, after, after.findings[0], 'error')
    await api.saveAnnotation(draft!)
    store.close()
    await api.close()

    const plain = cli('export', '--library', 'seeds', '--pair', ko, '--format', 'json')
    expect(plain.code, plain.stderr).toBe(0)
    const withReview = cli('export', '--library', 'seeds', '--pair', ko, '--format', 'json', '--store', storeFile)
    expect(withReview.code, withReview.stderr).toBe(0)
    const before = JSON.parse(plain.stdout) as ExportedJson
    const reviewed = JSON.parse(withReview.stdout) as ExportedJson
    expect(before.pairs[0].findings.map((f) => f.verdict)).toEqual([null])
    expect(reviewed.pairs[0].findings.map((f) => f.verdict)).toEqual(['confirmed'])
    // The merged first two rows are one link in the export, as in the app.
    expect(reviewed.pairs[0].links).toHaveLength(before.pairs[0].links.length - 1)
    expect(reviewed.pairs[0].links[0].ko).toEqual([0, 1])
  })

  it('names a missing data file and refuses --store without --library', () => {
    const missing = cli('export', '--library', 'seeds', '--format', 'json', '--store', path.join(tempDir(), 'none.sqlite'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/does not exist/)
    const files = cli('export', 'seeds/000_77deed0654c30420.txt', 'seeds/000_77deed0654c30420.txt', '--format', 'json', '--store', 'x.sqlite')
    expect(files.code).toBe(2)
    expect(files.stderr).toMatch(/--store goes with --library/)
  })
})
