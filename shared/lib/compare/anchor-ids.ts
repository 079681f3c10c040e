import type { AlignmentLink } from '../../models/alignment'
import type { ArticleSentence } from '../../models/comparison'
import type { Finding } from '../../models/finding'
import type { TextSpan } from '../../models/span'

/** A sentence's address in its article, `paragraph:start-end`: it does not move when other sentences do. */
export function sentenceAnchor(s: ArticleSentence): string {
  return `${s.paragraph}:${s.start}-${s.end}`
}

function side(indices: readonly number[], sentences: readonly ArticleSentence[]): string {
  // Most links hold one sentence a side: its anchor as it is, without an array to join.
  if (indices.length === 1) return sentenceAnchor(sentences[indices[0]])
  return indices.map((i) => sentenceAnchor(sentences[i])).join(',')
}

/** `ko[0:0-45,0:46-80] en[0:0-51]`: the sentences a link joins, by their anchors. */
export function linkId(link: Pick<AlignmentLink, 'ko' | 'en'>, ko: readonly ArticleSentence[], en: readonly ArticleSentence[]): string {
  return `ko[${side(link.ko, ko)}] en[${side(link.en, en)}]`
}

const span = (s: TextSpan | undefined): string => (s ? `${s.start}-${s.end}` : '')

/** `figure-mismatch ko[…] en[…] @12-17/3-9`: the finding's kind, its sentences and the spans inside them. */
export function findingId(finding: Finding, ko: readonly ArticleSentence[], en: readonly ArticleSentence[]): string {
  const spans = finding.koSpan || finding.enSpan ? ` @${span(finding.koSpan)}/${span(finding.enSpan)}` : ''
  return `${finding.kind} ${linkId(finding, ko, en)}${spans}`
}
