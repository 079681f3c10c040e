import type { Language } from '../../models/language'
import { figureKeys } from '../figures/figure-anchors'
import { defaultGlossaryMatcher } from '../glossary/default-glossary'
import type { GlossaryMatcher } from '../glossary/glossary-matcher'
import { nameSkeletons } from '../names/name-skeletons'
import { contentLength } from './length-model'
import { NameVocabulary } from './name-vocabulary'
import { type SentenceProfile, toIdSet } from './sentence-profile'

// Latin words inside Korean text (DeepSeek, GPT-4, CNIL) survive translation as they are.
const QUOTE = /["“”]/
const DAY_REFERENCE = /^(?:day:|rel:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow))/
const NAME_LIKE = /[A-Z0-9]/
const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g

/** Interns anchor strings to ids shared by both sides of one alignment. */
export class AnchorVocabulary {
  private readonly ids = new Map<string, number>()

  intern(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
    }
    return id
  }

  lookup(key: string): number | undefined {
    return this.ids.get(key)
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
  const koProfiles = ko.map((s) => profile(s, 'ko', vocab, names, glossary))
  const enProfiles = en.map((s) => profile(s, 'en', vocab, names, glossary))
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
  for (const key of figureKeys(text, lang)) {
    // News translations trade a day of the month for a weekday (29일 ↔ Tuesday): both just say "a day".
    if (DAY_REFERENCE.test(key)) weak.push(vocab.intern('when:day'))
    else strong.push(vocab.intern(key))
  }
  const latin = text.match(LATIN_TOKEN)
  if (latin) {
    for (const token of latin) {
      if (token.length < 2 && lang === 'ko') continue
      const key = 'lat:' + token.toLowerCase()
      if (lang === 'ko') strong.push(vocab.intern(key))
      else if (NAME_LIKE.test(token)) {
        // Only names, acronyms and model numbers: a Korean gloss such as "(Joint Typhoon Warning
        // Center)" must not turn every English "center" into evidence.
        const id = vocab.lookup(key)
        if (id !== undefined) strong.push(id)
      }
    }
  }
  // A direct quotation is kept as one in translation.
  if (QUOTE.test(text)) weak.push(vocab.intern('p:quote'))
  const concepts = lang === 'ko' ? glossary.koConcepts(text) : glossary.enConcepts(text)
  for (const c of concepts) weak.push(vocab.intern('g:' + c))
  const names: number[] = []
  for (const skeleton of nameSkeletons(text, lang)) {
    // Korean words define the name vocabulary; an English name no Korean word sounds like is no evidence.
    if (lang === 'ko') {
      nameVocab.addKorean(skeleton)
      names.push(vocab.intern('nm:' + skeleton))
    } else {
      const ko = nameVocab.resolve(skeleton)
      if (ko !== null) names.push(vocab.intern('nm:' + ko))
    }
  }
  return { length: contentLength(text), strong: toIdSet(strong), weak: toIdSet(weak), names: toIdSet(names) }
}
