import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extractArticles } from '../../shared/lib/ingest/extract-articles'
import type { Article } from '../../shared/models/article'
import { PROJECT_ROOT } from './project-root'

const SEEDS = path.join(PROJECT_ROOT, 'seeds')

export type SeedPairName = 'deepseek' | 'openai'

/** The two translated pairs of the seeds, with their hand-checked gold alignment. */
export const SEED_PAIRS: Record<SeedPairName, { file: string; ko: string; en: string; sentences: [number, number]; gold: string[] }> = {
  deepseek: {
    file: '000_77deed0654c30420.txt',
    ko: '딥시크 개인정보 유출 논란',
    en: "DeepSeek's personal data leakage",
    sentences: [27, 29],
    // 1–1 throughout, except that the English splits Korean 17 (the Irish DPC letter) and 26 (the closing quote) in two.
    gold: diagonalGold(27, { 17: [17, 18], 26: [27, 28] }),
  },
  openai: {
    file: '001_a4d954c87a070d39.txt',
    ko: '"오픈AI도 흔들렸다"',
    en: '"OpenAI also shaken"',
    sentences: [22, 22],
    gold: diagonalGold(22, {}),
  },
}

export function seedPair(name: SeedPairName): { ko: Article; en: Article } {
  const spec = SEED_PAIRS[name]
  const articles = extractArticles(readFileSync(path.join(SEEDS, spec.file), 'utf8'), `seeds/${spec.file}`)
  const find = (start: string): Article => {
    const a = articles.find((x) => x.title.startsWith(start))
    if (!a) throw new Error(`seed article ${start}… not found`)
    return a
  }
  return { ko: find(spec.ko), en: find(spec.en) }
}

/** Links as "ko+ko:en+en" strings: 1–1 down the diagonal except where `exceptions` names the English. */
export function diagonalGold(n: number, exceptions: Record<number, number[]>): string[] {
  const out: string[] = []
  let j = 0
  for (let i = 0; i < n; i++) {
    const en = exceptions[i] ?? [j]
    out.push(`${i}:${en.join('+')}`)
    j = en[en.length - 1] + 1
  }
  return out
}

export const linkKey = (l: { ko: readonly number[]; en: readonly number[] }): string => `${l.ko.join('+')}:${l.en.join('+')}`
