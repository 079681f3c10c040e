import type { ArticleSentence } from '../../models/comparison'
import type { Language } from '../../models/language'
import { segmentSentences } from '../segment/segment-sentences'

/** Sentences of every paragraph, in order, each knowing its paragraph. */
export function segmentParagraphs(paragraphs: readonly string[], lang: Language): ArticleSentence[] {
  const out: ArticleSentence[] = []
  paragraphs.forEach((text, paragraph) => {
    for (const s of segmentSentences(text, lang)) out.push({ ...s, paragraph })
  })
  return out
}

/** Each non-empty line is one sentence (the CLI's --presegmented input). */
export function presegmentedSentences(text: string): ArticleSentence[] {
  const out: ArticleSentence[] = []
  text.split('\n').forEach((line, paragraph) => {
    const trimmed = line.trim()
    if (!trimmed) return
    const start = line.indexOf(trimmed)
    out.push({ text: trimmed, start, end: start + trimmed.length, paragraph })
  })
  return out
}
