import type { Figure } from '../../models/figure'
import type { Language } from '../../models/language'
import { joinReadings } from './join-readings'
import { readEnglishFigures } from './read-english-figures'
import { readKoreanFigures } from './read-korean-figures'
import { dropOverlaps, toFigure, type Reading } from './reading'

/**
 * Every figure in `text`, in order, normalised so that a Korean figure and its English rendering compare
 * equal (6710억 and "671 billion" both have value 671e9). `text.slice(f.span.start, f.span.end) === f.text`.
 * Numbers inside names (GPT-4, H800, 코로나19) are not figures. Ranges keep the kind of their unit and
 * carry `high` (2~3% is a percent from 2 to 3). Text of another language is read as English. Never throws.
 */
export function readFigures(text: string, lang: Language): Figure[] {
  try {
    return readings(text, lang).map((r) => toFigure(r, text))
  } catch {
    return []
  }
}

/**
 * Texts read lately: the aligner reads every sentence's figures for its anchors, and the figure check reads
 * the same sentences again for a 1–1 link. Cleared when full, so memory stays bounded (the size holds a
 * 10,000-sentence document's two sides). One map a language, keyed by the text itself: a string caches its
 * hash, so the figure check finds the aligner's sentence in constant time, where a key built per call
 * ("ko\0" + text) was hashed anew, character by character, at every look-up.
 */
const recent: Record<Language, Map<string, readonly Reading[]>> = { ko: new Map(), en: new Map(), other: new Map() }
const maxRecent = 25_000

/** Readings of a text, joined and without overlaps; shared with figureKeys. Callers must not change them. */
export function readings(text: string, lang: Language): readonly Reading[] {
  if (text.length === 0) return []
  const cache = recent[lang]
  let found = cache.get(text)
  if (found === undefined) {
    const raw = lang === 'ko' ? readKoreanFigures(text) : readEnglishFigures(text)
    found = joinReadings(text, dropOverlaps(raw))
    if (recent.ko.size + recent.en.size + recent.other.size >= maxRecent) {
      for (const m of Object.values(recent)) m.clear()
    }
    cache.set(text, found)
  }
  return found
}
