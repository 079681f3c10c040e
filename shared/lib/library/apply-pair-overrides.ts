import type { Article } from '../../models/article'
import type { ArticlePair } from '../../models/pair'
import type { PairOverride } from '../../models/pair-override'
import { legacyArticleId } from '../ingest/article-id'

/**
 * Combines the automatic pairs with the reader's overrides (replayed oldest first):
 * - a manual pair replaces every automatic pair of either of its articles, and an older manual pair of either;
 * - an unpair removes that pair, manual or automatic, and keeps the pairing engine from bringing it back.
 * Undoing a manual pair therefore lets the automatic pairs it had hidden come back, unless they were unpaired
 * themselves. Overrides naming an article that is not in the library (or of the wrong language) are skipped,
 * so a stale store never breaks a load. Overrides stored under the ids of version 0.1 (`stem#index`) are
 * matched to today's ids where that is unambiguous.
 */
export function applyPairOverrides(
  articles: readonly Article[],
  autoPairs: readonly ArticlePair[],
  overrides: readonly PairOverride[],
): ArticlePair[] {
  const langOf = new Map(articles.map((a) => [a.id, a.lang]))
  const current = currentIds(articles)
  let manual: ArticlePair[] = []
  const unpaired = new Set<string>()
  for (const stored of overrides) {
    const o = { ...stored, ko: current(stored.ko), en: current(stored.en) }
    if (langOf.get(o.ko) !== 'ko' || langOf.get(o.en) !== 'en') continue
    const key = pairKey(o)
    if (o.action === 'pair') {
      manual = manual.filter((m) => m.ko !== o.ko && m.en !== o.en)
      manual.push({ ko: o.ko, en: o.en, kind: 'full', confidence: 1, origin: 'manual' })
      unpaired.delete(key)
    } else {
      manual = manual.filter((m) => pairKey(m) !== key)
      unpaired.add(key)
    }
  }
  const claimed = new Set(manual.flatMap((m) => [m.ko, m.en]))
  const kept = autoPairs.filter((p) => !unpaired.has(pairKey(p)) && !claimed.has(p.ko) && !claimed.has(p.en))
  return [...kept, ...manual]
}

function pairKey(p: { readonly ko: string; readonly en: string }): string {
  return `${p.ko}\u0000${p.en}`
}

/** Maps an id to itself when an article has it, else a legacy `stem#index` id to the one article it names. */
function currentIds(articles: readonly Article[]): (id: string) => string {
  const ids = new Set(articles.map((a) => a.id))
  const legacy = new Map<string, string | null>()
  for (const a of articles) {
    const index = Number(a.id.slice(a.id.lastIndexOf('#') + 1))
    const old = legacyArticleId(a.source, index)
    // Two pages with one stem (story.txt, story.html) shared an old id: which one was meant is unknown.
    legacy.set(old, legacy.has(old) ? null : a.id)
  }
  return (id) => (ids.has(id) ? id : (legacy.get(id) ?? id))
}
