// Libraries for the reader's UI tests: the seed pages, plus (when the kpc-dev bitext is beside the project) a
// pair of about 5,000 sentences a side made of it repeated.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from './app-harness'

/** ../shared/bench/kpc-dev from the project: never copied into the repository. */
export const kpcDevDir = path.resolve(projectRoot, '../shared/bench/kpc-dev')
export const hasKpcDev = existsSync(path.join(kpcDevDir, 'korean-english-park.dev.ko')) && existsSync(path.join(kpcDevDir, 'korean-english-park.dev.en'))

export const longKoTitle = '장문 시험: 수퍼컴퓨터와 세계 소식 모음'
export const longEnTitle = 'Long test: the supercomputer and other world news'

/** A temp folder with the five seed pages; `withLong` adds the kpc-dev pair repeated `times` (1,000 lines each). */
export function makeReaderLibrary(withLong: boolean, times = 5): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kobi-reader-'))
  const seeds = path.join(projectRoot, 'seeds')
  for (const f of readdirSync(seeds)) cpSync(path.join(seeds, f), path.join(dir, f))
  if (withLong) {
    const lines = (ext: string) =>
      readFileSync(path.join(kpcDevDir, `korean-english-park.dev.${ext}`), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    writeFileSync(path.join(dir, 'long-ko.txt'), page(longKoTitle, lines('ko'), times))
    writeFileSync(path.join(dir, 'long-en.txt'), page(longEnTitle, lines('en'), times))
  }
  return dir
}

/** A generic page the loader accepts: a title line, then paragraphs of four lines, blank-line separated. */
function page(title: string, lines: readonly string[], times: number): string {
  const all = Array.from({ length: times }, () => lines).flat()
  const paragraphs: string[] = []
  for (let i = 0; i < all.length; i += 4) paragraphs.push(all.slice(i, i + 4).join(' '))
  return `${title}\n\n${paragraphs.join('\n\n')}\n`
}
