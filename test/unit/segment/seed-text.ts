import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SEEDS = path.resolve(__dirname, '../../../seeds')
const DEV = path.resolve(__dirname, '../../../../shared/bench/kpc-dev')

/** The kpc-dev bitext sits in shared/ beside the repository, not in it. */
export const hasDevSet = existsSync(DEV)

/** The line of seed file `NNN_*.txt` that starts with `firstWords`. */
export function seedLine(fileNumber: string, firstWords: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(`${fileNumber}_`))
  if (file === undefined) throw new Error(`no seed ${fileNumber}`)
  const line = readFileSync(path.join(SEEDS, file), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(firstWords))
  if (line === undefined) throw new Error(`no line starting "${firstWords}" in ${file}`)
  return line
}

/**
 * An article body as the segmenter receives it: the paragraph without Metro Seoul's translation note
 * (English) or reporter signature such as "/서예진기자 syj@metroseoul.co.kr" (Korean).
 */
export function seedBody(fileNumber: string, firstWords: string): string {
  return seedLine(fileNumber, firstWords)
    .replace(/\s*ChatGPT를 사용하여 번역한 기사입니다\.\s*$/u, '')
    .replace(/\s*\/\s*\S+\s*기자\s+\S+@\S+\s*$/u, '')
    .trim()
}

/** The sentence of `text` that starts with `start` and ends with `end` (both included). */
export function excerpt(text: string, start: string, end: string): string {
  const from = text.indexOf(start)
  const to = text.indexOf(end, from)
  if (from < 0 || to < 0) throw new Error(`no excerpt "${start}" … "${end}"`)
  return text.slice(from, to + end.length)
}

/** Line `n` (1-based) of the kpc-dev bitext. */
export function devLine(lang: 'ko' | 'en', n: number): string {
  return readFileSync(path.join(DEV, `korean-english-park.dev.${lang}`), 'utf8').split('\n')[n - 1]
}
