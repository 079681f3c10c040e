// TEMPORARY stand-in until shared/lib/pairing/pair-articles.ts lands. Delete when it does.
import type { Article } from '../../models/article'
import type { ArticlePair } from '../../models/pair'

function tokens(a: Article): Set<string> {
  return new Set((a.paragraphs.join(' ').match(/\d[\d.,]*%?/g) ?? []).filter((t) => t.length > 1))
}

export function pairArticles(articles: readonly Article[]): ArticlePair[] {
  const ko = articles.filter((a) => a.lang === 'ko')
  const pairs: ArticlePair[] = []
  for (const en of articles.filter((a) => a.lang === 'en')) {
    const t = tokens(en)
    let best: { id: string; score: number } | null = null
    for (const k of ko) {
      const kt = tokens(k)
      let shared = 0
      for (const x of t) if (kt.has(x)) shared++
      const score = shared / Math.max(1, Math.min(t.size, kt.size))
      if (!best || score > best.score) best = { id: k.id, score }
    }
    if (best && best.score > 0.3) pairs.push({ ko: best.id, en: en.id, kind: 'full', confidence: Math.min(1, best.score), origin: 'auto' })
  }
  return pairs
}
