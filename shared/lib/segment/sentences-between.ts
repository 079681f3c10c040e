import type { Sentence } from '../../models/sentence'

/** Cuts `text` at the sorted offsets, trims each piece and drops the empty ones. */
export function sentencesBetween(text: string, breaks: readonly number[]): Sentence[] {
  const sentences: Sentence[] = []
  let from = 0
  for (const to of [...breaks, text.length]) {
    let start = from
    let end = to
    while (start < end && /\s/u.test(text[start])) start++
    while (end > start && /\s/u.test(text[end - 1])) end--
    if (end > start) sentences.push({ text: text.slice(start, end), start, end })
    from = to
  }
  return sentences
}
