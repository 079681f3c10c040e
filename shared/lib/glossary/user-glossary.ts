import { defaultGlossaryMatcher } from './default-glossary'
import { parseGlossary, readGlossary } from './glossary-entry'
import { GlossaryMatcher } from './glossary-matcher'
import { NEWS_GLOSSARY_SOURCE } from './news-glossary'

/** A glossary matcher for the built-in news glossary extended by a user's entries, and what was wrong with them. */
export interface UserGlossary {
  readonly matcher: GlossaryMatcher
  /** Entries the user's text added. */
  readonly entries: number
  /** 1-based lines of the user's text that are not `id | 한국어, … | English, …`. */
  readonly badLines: readonly number[]
}

/** An explanatory header for a new user glossary file. */
export const USER_GLOSSARY_TEMPLATE = `# KoBi Reader glossary: your own Korean–English terms, used when pairing and aligning.
# One concept a line: id | Korean stems, … | English words, …
# Korean stems match inside words (카카오 matches 카카오는); English words match their plurals and
# past tenses; an English word with a capital letter is matched with its case.
# An id that the built-in glossary already has adds your words to that concept.
#
# kakao | 카카오 | Kakao
# chip-act | 반도체특별법 | Semiconductor Special Act, chips act
`

/**
 * The built-in glossary plus a user's entries. A user entry with a built-in id extends that concept.
 * Without user text, the shared built-in matcher is returned.
 */
export function userGlossary(userSource: string | undefined): UserGlossary {
  if (!userSource || !userSource.trim()) return { matcher: defaultGlossaryMatcher(), entries: 0, badLines: [] }
  const user = readGlossary(userSource)
  const merged = new Map(parseGlossary(NEWS_GLOSSARY_SOURCE).map((e) => [e.id, e]))
  for (const entry of user.entries) {
    const base = merged.get(entry.id)
    merged.set(entry.id, base ? { id: entry.id, ko: [...base.ko, ...entry.ko], en: [...base.en, ...entry.en] } : entry)
  }
  return { matcher: new GlossaryMatcher([...merged.values()]), entries: user.entries.length, badLines: user.badLines }
}
