import { parseGlossary } from './glossary-entry'
import { GlossaryMatcher } from './glossary-matcher'
import { NEWS_GLOSSARY_SOURCE } from './news-glossary'

let shared: GlossaryMatcher | undefined

/** The built-in news glossary, parsed once. */
export function defaultGlossaryMatcher(): GlossaryMatcher {
  shared ??= new GlossaryMatcher(parseGlossary(NEWS_GLOSSARY_SOURCE))
  return shared
}
