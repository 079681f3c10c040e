import type { Language } from '../../models/language'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(lang: Language): Intl.Segmenter {
  const locale = lang === 'ko' ? 'ko' : 'en'
  let segmenter = segmenters.get(locale)
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

/**
 * Offsets where Intl.Segmenter starts a new sentence (excluding 0). ICU puts the whitespace after
 * a sentence into that sentence, so each offset is the first character of the next one.
 */
export function icuBreaks(text: string, lang: Language): number[] {
  const breaks: number[] = []
  for (const { index } of segmenterFor(lang).segment(text)) {
    if (index > 0) breaks.push(index)
  }
  return breaks
}
