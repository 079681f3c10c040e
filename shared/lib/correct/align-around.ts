import type { AlignmentLink } from '../../models/alignment'
import type { IndexLink } from '../../models/link-edit'
import type { MaybeHandLink } from '../compare/compare-links'
import { checkLinkOrder } from './link-order'

/** Aligns sentence texts (an aligner with the pair's glossary and options bound). */
export type AlignTexts = (ko: readonly string[], en: readonly string[]) => AlignmentLink[]

export interface AlignAroundInput {
  readonly koTexts: readonly string[]
  readonly enTexts: readonly string[]
  /** Links to keep as they are, in order (hand-set ones and, after an edit, the rows the edit left alone). */
  readonly given: readonly GivenLink[]
  /** A complete alignment to reuse wherever it tiles a gap exactly (the automatic one, or the one before an edit). */
  readonly fallback: readonly AlignmentLink[] | null
  readonly align: AlignTexts
}

/** A link to keep; an automatic one keeps its score. */
export type GivenLink = IndexLink & Partial<Pick<AlignmentLink, 'score' | 'lowConfidence'>>

interface Gap {
  readonly ko: number[]
  readonly en: number[]
  /** One-sided given links inside the gap: their sentences stay out of the alignment of the rest. */
  readonly oneSided: GivenLink[]
}

/**
 * Completes an alignment around fixed links: two-sided given links cut the pair into gaps; each gap takes the
 * fallback's links when they cover it exactly, and is aligned on its own otherwise (a reader's anchor never
 * moves, and only the text between two anchors can change). One-sided given links ("no counterpart") stay out
 * of their gap's alignment and are put back at their place. Throws when the given links overlap or cross.
 */
export function alignAround(input: AlignAroundInput): MaybeHandLink[] {
  const { koTexts, enTexts, given } = input
  checkLinkOrder(given, koTexts.length, enTexts.length)
  const out: MaybeHandLink[] = []
  let koNext = 0
  let enNext = 0
  let pendingOneSided: GivenLink[] = []

  const closeGap = (koEnd: number, enEnd: number): void => {
    const gap: Gap = { ko: [], en: [], oneSided: pendingOneSided }
    const excludedKo = new Set(pendingOneSided.flatMap((l) => l.ko))
    const excludedEn = new Set(pendingOneSided.flatMap((l) => l.en))
    for (let i = koNext; i < koEnd; i++) if (!excludedKo.has(i)) gap.ko.push(i)
    for (let j = enNext; j < enEnd; j++) if (!excludedEn.has(j)) gap.en.push(j)
    out.push(...fillGap(gap, koNext, koEnd, enNext, enEnd, input))
    pendingOneSided = []
  }

  for (const link of given) {
    if (link.ko.length === 0 || link.en.length === 0) {
      pendingOneSided.push(link)
      continue
    }
    closeGap(link.ko[0], link.en[0])
    out.push(asLink(link))
    koNext = link.ko[link.ko.length - 1] + 1
    enNext = link.en[link.en.length - 1] + 1
  }
  closeGap(koTexts.length, enTexts.length)
  return out
}

function fillGap(gap: Gap, koStart: number, koEnd: number, enStart: number, enEnd: number, input: AlignAroundInput): MaybeHandLink[] {
  const inner = reuseFallback(gap, koStart, koEnd, enStart, enEnd, input.fallback) ?? alignGap(gap, input)
  return insertOneSided(inner, gap.oneSided)
}

/** The fallback's links inside the gap, when they cover exactly its sentences and none of the excluded ones. */
function reuseFallback(
  gap: Gap,
  koStart: number,
  koEnd: number,
  enStart: number,
  enEnd: number,
  fallback: readonly AlignmentLink[] | null,
): AlignmentLink[] | null {
  if (gap.ko.length === 0 && gap.en.length === 0) return []
  if (!fallback) return null
  const inKo = new Set(gap.ko)
  const inEn = new Set(gap.en)
  const taken: AlignmentLink[] = []
  let covered = 0
  for (const link of fallback) {
    const touches =
      link.ko.some((i) => i >= koStart && i < koEnd) || link.en.some((j) => j >= enStart && j < enEnd)
    if (!touches) continue
    if (!link.ko.every((i) => inKo.has(i)) || !link.en.every((j) => inEn.has(j))) return null
    taken.push(link)
    covered += link.ko.length + link.en.length
  }
  return covered === gap.ko.length + gap.en.length ? taken : null
}

/** Aligns the gap's own sentences and maps the links back to the pair's indices. */
function alignGap(gap: Gap, input: AlignAroundInput): AlignmentLink[] {
  if (gap.ko.length === 0 || gap.en.length === 0) {
    // Nothing on the other side to link with: each sentence stands alone, for certain.
    return [
      ...gap.ko.map((i) => ({ ko: [i], en: [], score: 1, lowConfidence: false })),
      ...gap.en.map((j) => ({ ko: [], en: [j], score: 1, lowConfidence: false })),
    ]
  }
  const links = input.align(
    gap.ko.map((i) => input.koTexts[i]),
    gap.en.map((j) => input.enTexts[j]),
  )
  return links.map((link) => ({ ...link, ko: link.ko.map((i) => gap.ko[i]), en: link.en.map((j) => gap.en[j]) }))
}

/** Puts one-sided given links back among the gap's links, each before the first link that comes after it. */
function insertOneSided(links: AlignmentLink[], oneSided: readonly GivenLink[]): MaybeHandLink[] {
  const out: MaybeHandLink[] = [...links]
  for (const single of oneSided) {
    const side = single.ko.length > 0 ? 'ko' : 'en'
    const at = single[side][0]
    const index = out.findIndex((l) => l[side].length > 0 && l[side][0] > at)
    out.splice(index === -1 ? out.length : index, 0, asLink(single))
  }
  return out
}

function asLink(link: GivenLink): MaybeHandLink {
  // A hand-set link is the reader's certainty; an automatic one keeps the aligner's.
  const score = link.hand ? 1 : (link.score ?? 1)
  const base = { ko: [...link.ko], en: [...link.en], score, lowConfidence: link.hand ? false : (link.lowConfidence ?? false) }
  return link.hand ? { ...base, hand: true } : base
}
