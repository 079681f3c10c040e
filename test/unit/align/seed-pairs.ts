import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'
import type { Article } from '../../../shared/models/article'

const seeds = path.resolve(__dirname, '../../../seeds')

function articlesOf(file: string): Article[] {
  return extractArticles(readFileSync(path.join(seeds, file), 'utf8'), `seeds/${file}`)
}

function byTitle(articles: readonly Article[], start: string): Article {
  const found = articles.find((a) => a.title.startsWith(start))
  if (!found) throw new Error(`no seed article titled ${start}…`)
  return found
}

/** The two Korean–English pairs of the seeds, as the ingestion reads them. */
export function seedPair(which: 'deepseek' | 'openai'): { ko: Article; en: Article } {
  if (which === 'deepseek') {
    const page = articlesOf('000_77deed0654c30420.txt')
    return { ko: byTitle(page, '딥시크 개인정보 유출 논란'), en: byTitle(page, "DeepSeek's personal data leakage") }
  }
  const page = articlesOf('001_a4d954c87a070d39.txt')
  return { ko: byTitle(page, '"오픈AI도 흔들렸다"'), en: byTitle(page, '"OpenAI also shaken"') }
}
