// Long documents for tests of background work, made from the seeds' DeepSeek pair (27/27 sentences).
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildLibrary } from '../../../shared/lib/library/build-library'
import type { Article } from '../../../shared/models/article'
import { seedPages } from '../library/seed-pages'
import { readPage } from '../../../node/files/read-page'

/** The DeepSeek Korean article and its English version, as the seed library reads them. */
export function deepSeekPair(): { ko: Article; en: Article } {
  const library = buildLibrary('seeds', seedPages(), [], { readPage })
  const byId = (id: string) => library.articles.find((a) => a.id === id)!
  const pair = library.pairs.find((p) => p.kind === 'full' && byId(p.en).title.startsWith('DeepSeek'))!
  return { ko: byId(pair.ko), en: byId(pair.en) }
}

/** A generic page: a title line, then the paragraphs `times` over, blank-line separated. */
function page(title: string, paragraphs: readonly string[], times: number): string {
  return `${title}\n\n${Array.from({ length: times }, () => paragraphs).flat().join('\n\n')}\n`
}

/**
 * Writes `<name>-ko.txt` and `<name>-en.txt` into `dir`: the DeepSeek pair repeated `times` over, titled
 * `koTitle` and `enTitle`. 38 times is about 1,000 sentences a side.
 */
export function writeRepeatedPair(dir: string, name: string, times: number, koTitle: string, enTitle: string): void {
  const { ko, en } = deepSeekPair()
  writeFileSync(path.join(dir, `${name}-ko.txt`), page(koTitle, ko.paragraphs, times))
  writeFileSync(path.join(dir, `${name}-en.txt`), page(enTitle, en.paragraphs, times))
}
