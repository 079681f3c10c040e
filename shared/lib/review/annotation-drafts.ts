import type { AnnotationDraft, AnnotationStatus, TextAnchor } from '../../models/annotation'
import type { ArticleSentence, Comparison, ComparisonFinding, ComparisonLink } from '../../models/comparison'
import { makeTextAnchor } from './text-anchor'

/** The two bodies annotations anchor into, with the pair's ids. */
export interface DraftPair {
  readonly ko: string
  readonly en: string
  readonly koParagraphs: readonly string[]
  readonly enParagraphs: readonly string[]
}

type Side = 'ko' | 'en'

function paragraphsOf(pair: DraftPair, side: Side): readonly string[] {
  return side === 'ko' ? pair.koParagraphs : pair.enParagraphs
}

const blank = (pair: DraftPair, anchors: TextAnchor[], target: AnnotationDraft['target'], status: AnnotationStatus | null = null): AnnotationDraft => ({
  id: null,
  ko: pair.ko,
  en: pair.en,
  target,
  anchors,
  note: '',
  tags: [],
  status,
})

/** An anchor over sentences of one side, cut to the first sentence's paragraph (an anchor lives in one). */
function sentencesAnchor(pair: DraftPair, side: Side, sentences: readonly ArticleSentence[]): TextAnchor | null {
  if (sentences.length === 0) return null
  const first = sentences[0]
  const inParagraph = sentences.filter((s) => s.paragraph === first.paragraph)
  const last = inParagraph[inParagraph.length - 1]
  return makeTextAnchor(paragraphsOf(pair, side), side, first.paragraph, first.start, last.end)
}

/** A note on a stretch of one sentence: offsets inside the sentence's text. */
export function spanDraft(pair: DraftPair, side: Side, sentence: ArticleSentence, start: number, end: number): AnnotationDraft {
  const anchor = makeTextAnchor(paragraphsOf(pair, side), side, sentence.paragraph, sentence.start + start, sentence.start + end)
  return blank(pair, [anchor], { kind: 'text' })
}

/** A note on whole sentences of one side (one, or several the reader selected). */
export function sentencesDraft(pair: DraftPair, side: Side, sentences: readonly ArticleSentence[]): AnnotationDraft | null {
  const anchor = sentencesAnchor(pair, side, sentences)
  return anchor ? blank(pair, [anchor], { kind: 'text' }) : null
}

/** A note on a whole row: both sides' sentences. */
export function linkDraft(pair: DraftPair, comparison: Comparison, link: ComparisonLink): AnnotationDraft | null {
  const anchors = [
    sentencesAnchor(pair, 'ko', link.ko.map((i) => comparison.ko[i])),
    sentencesAnchor(pair, 'en', link.en.map((j) => comparison.en[j])),
  ].filter((a): a is TextAnchor => a !== null)
  return anchors.length ? blank(pair, anchors, { kind: 'link', linkId: link.id }) : null
}

/**
 * A verdict on a finding: anchored on the exact span it points at when it has one (a figure), else on its
 * sentences, so it finds the finding again after a re-alignment.
 */
export function findingDraft(pair: DraftPair, comparison: Comparison, finding: ComparisonFinding, status: AnnotationStatus): AnnotationDraft | null {
  const anchors: TextAnchor[] = []
  for (const side of ['ko', 'en'] as const) {
    const indices = finding[side]
    if (indices.length === 0) continue
    const sentences = comparison[side]
    const span = side === 'ko' ? finding.koSpan : finding.enSpan
    const first = sentences[indices[0]]
    const anchor =
      span && span.end > span.start
        ? makeTextAnchor(paragraphsOf(pair, side), side, first.paragraph, first.start + span.start, first.start + span.end)
        : sentencesAnchor(
            pair,
            side,
            indices.map((i) => sentences[i]),
          )
    if (anchor) anchors.push(anchor)
  }
  if (anchors.length === 0) return null
  return blank(pair, anchors, { kind: 'finding', findingId: finding.id, findingKind: finding.kind }, status)
}
