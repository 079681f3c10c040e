import { compareArticles } from '../shared/lib/compare/compare-articles'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import type { Finding } from '../shared/models/finding'
import { loadLibrary } from './load-library'

interface PairCheck {
  readonly ko: string
  readonly en: string
  readonly koTitle: string
  readonly enTitle: string
  readonly counts: Record<Finding['kind'], number>
  readonly findings: readonly Finding[]
}

/** `check DIR [--json]`: checks every full pair of a library. Exit 1 when anything was found, 0 when clean. */
export async function checkCommand(folder: string, json: boolean, glossary?: GlossaryMatcher): Promise<number> {
  const library = await loadLibrary(folder, glossary)
  for (const p of library.problems) process.stderr.write(`warning: ${p.message}\n`)
  const byId = new Map(library.articles.map((a) => [a.id, a]))
  const checks: PairCheck[] = []
  for (const pair of library.pairs) {
    if (pair.kind !== 'full') continue
    const ko = byId.get(pair.ko)!
    const en = byId.get(pair.en)!
    const { findings } = compareArticles(ko, en, { glossary })
    const counts = { 'figure-mismatch': 0, omission: 0, addition: 0 }
    for (const f of findings) counts[f.kind]++
    checks.push({ ko: ko.id, en: en.id, koTitle: ko.title, enTitle: en.title, counts, findings })
  }
  const total = checks.reduce((n, c) => n + c.findings.length, 0)
  if (json) process.stdout.write(JSON.stringify({ pairs: checks, findings: total }) + '\n')
  else {
    const lines: string[] = []
    for (const c of checks) {
      lines.push(`${c.koTitle}  ↔  ${c.enTitle}`)
      lines.push(`  ${c.counts['figure-mismatch']} figure mismatches, ${c.counts.omission} omissions, ${c.counts.addition} additions`)
      for (const f of c.findings) lines.push(`  - [${f.kind}] KO ${f.ko.map((i) => i + 1).join('+') || '∅'} / EN ${f.en.map((j) => j + 1).join('+') || '∅'}: ${f.message}`)
      lines.push('')
    }
    lines.push(`${checks.length} pairs checked, ${total} findings`)
    process.stdout.write(lines.join('\n') + '\n')
  }
  return total > 0 ? 1 : 0
}
