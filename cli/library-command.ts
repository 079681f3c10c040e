import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import type { Library } from '../shared/models/library'
import { loadLibrary } from './load-library'
import { padCells } from './text-table'

/** `library DIR [--json]`: the articles of a folder and the Korean–English pairs among them. */
export async function libraryCommand(folder: string, json: boolean, glossary?: GlossaryMatcher): Promise<number> {
  const library = await loadLibrary(folder, glossary)
  for (const p of library.problems) process.stderr.write(`warning: ${p.message}\n`)
  process.stdout.write(json ? JSON.stringify(libraryJson(library)) + '\n' : libraryReport(library))
  return library.problems.length > 0 && library.articles.length === 0 ? 1 : 0
}

/** The stable JSON contract (README.md, "JSON contract"). */
export function libraryJson(library: Library): unknown {
  return {
    articles: library.articles.map((a) => ({
      id: a.id,
      source: a.source,
      title: a.title,
      lang: a.lang,
      publishedAt: a.publishedAt,
      byline: a.byline,
      translator: a.translator,
      paragraphs: a.paragraphs,
    })),
    pairs: library.pairs.map((p) => ({ ko: p.ko, en: p.en, kind: p.kind, confidence: p.confidence })),
  }
}

function libraryReport(library: Library): string {
  const pairOf = new Map<string, string>()
  for (const p of library.pairs) {
    const label = `${p.kind} ${p.confidence.toFixed(2)}`
    pairOf.set(p.ko, pairOf.has(p.ko) ? `${pairOf.get(p.ko)}, ${label}` : label)
    pairOf.set(p.en, label)
  }
  const rows = library.articles.map((a) => [
    a.id,
    a.lang.toUpperCase(),
    a.publishedAt?.slice(0, 16).replace('T', ' ') ?? '—',
    pairOf.get(a.id) ?? '—',
    a.title.length > 60 ? a.title.slice(0, 59) + '…' : a.title,
  ])
  const table = padCells([['ID', 'LANG', 'PUBLISHED', 'PAIR', 'TITLE'], ...rows])
  const byId = new Map(library.articles.map((a) => [a.id, a]))
  const pairs = library.pairs.map((p) => `  ${p.kind.padEnd(7)} ${p.confidence.toFixed(2)}  ${byId.get(p.ko)?.title ?? p.ko}  ↔  ${byId.get(p.en)?.title ?? p.en}`)
  return [
    table,
    '',
    `${library.articles.length} articles, ${library.pairs.length} pairs${library.problems.length ? `, ${library.problems.length} problems` : ''}`,
    ...pairs,
    '',
  ].join('\n')
}
