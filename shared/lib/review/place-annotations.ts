import type { Annotation, AnnotationPlacement, PlacedAnnotation, TextAnchor } from '../../models/annotation'
import type { ArticleSentence, Comparison } from '../../models/comparison'
import { anchorTouches, placeTextAnchor } from './text-anchor'

/** The two bodies an annotation's anchors point into. */
export interface PairTexts {
  readonly ko: readonly string[]
  readonly en: readonly string[]
}

const orphaned: AnnotationPlacement = { orphaned: true, anchors: [], linkIds: [], findingId: null }

/** Sentences (by index) that share at least one character with the anchor. */
function sentencesUnder(anchor: TextAnchor, sentences: readonly ArticleSentence[]): number[] {
  const out: number[] = []
  sentences.forEach((s, i) => {
    if (anchorTouches(anchor, s)) out.push(i)
  })
  return out
}

/**
 * Places annotations in today's text and, given the pair's comparison, on its links and findings. The
 * comparison is optional: the library-wide list needs only to know whether each annotation is still placed.
 */
export function placeAnnotations(
  annotations: readonly Annotation[],
  texts: PairTexts,
  comparison: Comparison | null,
): PlacedAnnotation[] {
  return annotations.map((annotation) => ({ ...annotation, placement: placeOne(annotation, texts, comparison) }))
}

function placeOne(annotation: Annotation, texts: PairTexts, comparison: Comparison | null): AnnotationPlacement {
  if (annotation.anchors.length === 0) return orphaned
  const anchors: TextAnchor[] = []
  for (const anchor of annotation.anchors) {
    const placed = placeTextAnchor(anchor, texts[anchor.side])
    if (!placed) return orphaned
    anchors.push(placed)
  }
  if (!comparison) return { orphaned: false, anchors, linkIds: [], findingId: null }

  const koSentences = new Set(anchors.filter((a) => a.side === 'ko').flatMap((a) => sentencesUnder(a, comparison.ko)))
  const enSentences = new Set(anchors.filter((a) => a.side === 'en').flatMap((a) => sentencesUnder(a, comparison.en)))
  const touches = (item: { ko: readonly number[]; en: readonly number[] }) =>
    item.ko.some((i) => koSentences.has(i)) || item.en.some((j) => enSentences.has(j))
  const linkIds = comparison.links.filter(touches).map((l) => l.id)

  let findingId: string | null = null
  const target = annotation.target
  if (target.kind === 'finding') {
    const same = comparison.findings.find((f) => f.id === target.findingId)
    // After a re-alignment the finding may be named differently: the same kind on the same words is the same finding.
    const moved = same ?? comparison.findings.find((f) => f.kind === target.findingKind && touches(f))
    findingId = moved?.id ?? null
  }
  return { orphaned: false, anchors, linkIds, findingId }
}
