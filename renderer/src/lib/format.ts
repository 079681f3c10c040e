import type { ArticlePair } from '../../../shared/models/pair'
import type { Language } from '../../../shared/models/language'

/** "2025-02-02T16:14:19+09:00" → "2025.02.02 16:14", kept in the page's own (Seoul) time. */
export function formatPublished(iso: string | null): string | null {
  if (iso === null) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso)
  if (!m) return iso
  return m[4] ? `${m[1]}.${m[2]}.${m[3]} ${m[4]}:${m[5]}` : `${m[1]}.${m[2]}.${m[3]}`
}

export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`
}

export const languageLabel: Record<Language, string> = { ko: 'KO', en: 'EN', other: '··' }
export const languageName: Record<Language, string> = { ko: 'Korean', en: 'English', other: 'Other language' }

export function describePair(pair: ArticlePair): string {
  return pair.origin === 'manual' ? 'Paired by hand' : `Found automatically · ${formatConfidence(pair.confidence)} confidence`
}

/** The page file name without its folder, for group headings. */
export function sourceLabel(source: string): string {
  return source.split('/').pop() ?? source
}
