import type { Language } from '../../models/language'
import { figureKeys } from '../figures/figure-anchors'
import type { GlossaryMatcher } from '../glossary/glossary-matcher'
import { LATIN_TOKEN } from '../text/latin-token'

/**
 * The language-independent anchors of a text: normalised figures, Latin tokens (as written inside Korean
 * text, and every English word on the English side) and glossary concepts. Two texts that translate each
 * other share many of them; which ones matter is decided by their rarity in the library.
 */
export function textAnchors(text: string, lang: Language, glossary: GlossaryMatcher): Set<string> {
  const anchors = new Set<string>()
  for (const key of figureKeys(text, lang)) anchors.add(key)
  for (const token of text.match(LATIN_TOKEN) ?? []) {
    if (token.length >= 2 || /\d/.test(token)) anchors.add('lat:' + token.toLowerCase())
  }
  const concepts = lang === 'ko' ? glossary.koConcepts(text) : glossary.enConcepts(text)
  for (const c of concepts) anchors.add('g:' + c)
  return anchors
}
