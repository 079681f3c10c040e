/** One concept of the KO–EN glossary: Korean stems and English words that render it. */
export interface GlossaryEntry {
  readonly id: string
  readonly ko: readonly string[]
  readonly en: readonly string[]
}

/** Parses the `id | ko, … | en, …` line format used by the built-in glossary and by user glossaries. */
export function parseGlossary(source: string): GlossaryEntry[] {
  return readGlossary(source).entries
}

/** Like parseGlossary, and also says which lines (1-based) are not in the format. */
export function readGlossary(source: string): { entries: GlossaryEntry[]; badLines: number[] } {
  const entries: GlossaryEntry[] = []
  const badLines: number[] = []
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const parts = line.split('|').map((p) => p.trim())
    const list = (s: string): string[] => s.split(',').map((w) => w.trim()).filter(Boolean)
    // Each list split once: this runs on every line of the built-in glossary at every start.
    const ko = parts.length === 3 && parts[0] ? list(parts[1]) : []
    const en = ko.length > 0 ? list(parts[2]) : []
    if (en.length === 0) {
      badLines.push(index + 1)
      return
    }
    entries.push({ id: parts[0], ko, en })
  })
  return { entries, badLines }
}
