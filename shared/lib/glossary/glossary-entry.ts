/** One concept of the KO–EN glossary: Korean stems and English words that render it. */
export interface GlossaryEntry {
  readonly id: string
  readonly ko: readonly string[]
  readonly en: readonly string[]
}

/** Parses the `id | ko, … | en, …` line format used by the built-in glossary and by user glossaries. */
export function parseGlossary(source: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = []
  for (const raw of source.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const parts = line.split('|').map((p) => p.trim())
    if (parts.length !== 3 || !parts[0]) continue
    const list = (s: string): string[] => s.split(',').map((w) => w.trim()).filter(Boolean)
    entries.push({ id: parts[0], ko: list(parts[1]), en: list(parts[2]) })
  }
  return entries
}
