import type { Language } from '../../models/language'
import { figureKeys } from '../figures/figure-anchors'
import { defaultGlossaryMatcher } from '../glossary/default-glossary'
import type { GlossaryMatcher } from '../glossary/glossary-matcher'
import { nameSkeletons } from '../names/name-skeletons'
import { contentLength } from './length-model'
import { LATIN_TOKEN } from '../text/latin-token'
import { DOUBLE_QUOTE_MARK } from '../text/quote-marks'
import { NameVocabulary } from './name-vocabulary'
import { type SentenceProfile, toIdSet } from './sentence-profile'
import { splitPoints } from './split-points'

const DAY_REFERENCE = /^(?:day:|rel:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow))/
/** A Latin token with a capital or a digit somewhere (DeepSeek, o3, GPT-4), not an ordinary word. */
const NAME_LIKE_TOKEN = /\b(?=[A-Za-z0-9.-]*?[A-Z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g

/**
 * Interns anchor strings to ids shared by both sides of one alignment. Each kind of anchor has its own
 * table, so keys need no prefix (and no string is built per anchor).
 */
export class AnchorVocabulary {
  private next = 0
  private readonly tables = new Map<string, Map<string, number>>()

  table(kind: string): Map<string, number> {
    let t = this.tables.get(kind)
    if (!t) this.tables.set(kind, (t = new Map()))
    return t
  }

  intern(table: Map<string, number>, key: string): number {
    let id = table.get(key)
    if (id === undefined) table.set(key, (id = this.next++))
    return id
  }
}

export interface ProfileOptions {
  readonly glossary?: GlossaryMatcher
}

/**
 * Profiles for both sides of an alignment. Korean Latin tokens are interned first so that the English
 * side counts only the Latin words the Korean text also has (every English word is Latin).
 */
export function buildProfiles(
  ko: readonly string[],
  en: readonly string[],
  options: ProfileOptions = {},
): { ko: SentenceProfile[]; en: SentenceProfile[] } {
  const vocab = new AnchorVocabulary()
  const names = new NameVocabulary()
  const glossary = options.glossary ?? defaultGlossaryMatcher()
  // A sentence that recurs (a standfirst, a boilerplate line) gets the profile it got the first time: by then
  // its anchors are interned and its names known, so computing it again would give the same ids.
  const side = (texts: readonly string[], lang: Language): SentenceProfile[] => {
    const memo = new Map<string, SentenceProfile>()
    return texts.map((text) => {
      let p = memo.get(text)
      if (!p) memo.set(text, (p = profile(text, lang, vocab, names, glossary)))
      return p
    })
  }
  const koProfiles = side(ko, 'ko')
  const enProfiles = side(en, 'en')
  return { ko: koProfiles, en: enProfiles }
}

function profile(
  text: string,
  lang: Language,
  vocab: AnchorVocabulary,
  nameVocab: NameVocabulary,
  glossary: GlossaryMatcher,
): SentenceProfile {
  const strong: number[] = []
  const weak: number[] = []
  const figures = vocab.table('figure')
  for (const key of figureKeys(text, lang)) {
    // News translations trade a day of the month for a weekday (29일 ↔ Tuesday): both just say "a day".
    if (DAY_REFERENCE.test(key)) weak.push(vocab.intern(figures, 'when:day'))
    else strong.push(vocab.intern(figures, key))
  }
  const latinTable = vocab.table('latin')
  if (lang === 'ko') {
    for (const token of text.match(LATIN_TOKEN) ?? []) {
      if (token.length >= 2) strong.push(vocab.intern(latinTable, token.toLowerCase()))
    }
  } else if (latinTable.size > 0) {
    // Only names, acronyms and model numbers: a Korean gloss such as "(Joint Typhoon Warning Center)"
    // must not turn every English "center" into evidence.
    for (const token of text.match(NAME_LIKE_TOKEN) ?? []) {
      const id = latinTable.get(token.toLowerCase())
      if (id !== undefined) strong.push(id)
    }
  }
  // A direct quotation is kept as one in translation.
  if (DOUBLE_QUOTE_MARK.test(text)) weak.push(vocab.intern(vocab.table('mark'), 'quote'))
  const concepts = vocab.table('concept')
  for (const c of lang === 'ko' ? glossary.koConcepts(text) : glossary.enConcepts(text)) weak.push(vocab.intern(concepts, c))
  const names: number[] = []
  const nameTable = vocab.table('name')
  for (const skeleton of nameSkeletons(text, lang)) {
    // Korean words define the name vocabulary; an English name no Korean word sounds like is no evidence.
    if (lang === 'ko') {
      nameVocab.addKorean(skeleton)
      names.push(vocab.intern(nameTable, skeleton))
    } else {
      const ko = nameVocab.resolve(skeleton)
      if (ko !== null) names.push(vocab.intern(nameTable, ko))
    }
  }
  return { length: contentLength(text), strong: toIdSet(strong), weak: toIdSet(weak), names: toIdSet(names), splits: splitPoints(text, lang) }
}
