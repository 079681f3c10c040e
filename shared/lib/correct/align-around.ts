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
  /**
   * Whether the fallback's one-sided links (its omissions and additions) stay too. Off after an edit or a
   * reload, since a sentence freed by the edit may be their counterpart; on to restore an alignment exactly (undo).
   */
  readonly keepFallbackOneSided?: boolean
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
 * Completes an alignment around fixed links: the given links stay, every fallback link that still fits among
 * them stays, and only the sentences left over are aligned again, gap by gap between two-sided links (a
 * reader's anchor never moves, and only the text between two anchors can change). One-sided links ("no
 * counterpart") stay out of their gap's alignment and are put back at their place. Throws when the given
 * links overlap or cross.
 */
export function alignAround(input: AlignAroundInput): MaybeHandLink[] {
  const { koTexts, enTexts } = input
  checkLinkOrder(input.given, koTexts.length, enTexts.length)
  const given = withFallback(input.given, input.fallback, input.keepFallbackOneSided === true)
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
    out.push(...fillGap(gap, input))
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

function fillGap(gap: Gap, input: AlignAroundInput): MaybeHandLink[] {
  return insertOneSided(alignGap(gap, input), gap.oneSided)
}

/** Whether `link` comes wholly before (-1) or after (1) `fixed` on every side they share, or neither (0). */
function order(link: AlignmentLink, fixed: GivenLink): number {
  const sides: number[] = []
  for (const side of ['ko', 'en'] as const) {
    const a = link[side]
    const b = fixed[side]
    if (a.length === 0 || b.length === 0) continue
    sides.push(a[a.length - 1] < b[0] ? -1 : a[0] > b[b.length - 1] ? 1 : 0)
  }
  if (sides.length === 0) return -2
  return sides.every((x) => x === sides[0]) ? sides[0] : 0
}

/**
 * The given links with every fallback link that fits among them (shares no sentence with one and crosses
 * none), in reading order: the fallback's rows survive wherever the given links leave room for them.
 */
function withFallback(given: readonly GivenLink[], fallback: readonly AlignmentLink[] | null, keepOneSided: boolean): GivenLink[] {
  if (!fallback || fallback.length === 0) return [...given]
  const usedKo = new Set(given.flatMap((l) => l.ko))
  const usedEn = new Set(given.flatMap((l) => l.en))
  const out: GivenLink[] = []
  let g = 0
  for (const link of fallback) {
    // Given links that come before this fallback link go first.
    while (g < given.length && order(link, given[g]) === 1) out.push(given[g++])
    if (link.ko.some((i) => usedKo.has(i)) || link.en.some((j) => usedEn.has(j))) continue
    if (!keepOneSided && (link.ko.length === 0 || link.en.length === 0)) continue
    const fits = given.every((fixed, k) => {
      const o = order(link, fixed)
      return o === -2 || (k < g ? o === 1 : o === -1)
    })
    if (fits) out.push({ ko: link.ko, en: link.en, hand: false, score: link.score, lowConfidence: link.lowConfidence })
  }
  out.push(...given.slice(g))
  return out
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
