import type { AlignmentLink } from '../../models/alignment'
import type { GivenLink } from './align-around'
import { LinkEditError } from './link-order'

/**
 * The reader's corrections to an alignment, as pure functions from the current links to the links to keep.
 * Rows the edit does not touch are kept as they are (with their scores); the edited rows are set by hand. A
 * result may leave sentences out (relink): alignAround aligns them again between the kept links.
 */
export type CurrentLink = AlignmentLink & { readonly hand?: boolean }

export type Side = 'ko' | 'en'

const keep = (link: CurrentLink): GivenLink => ({
  ko: link.ko,
  en: link.en,
  hand: link.hand === true,
  score: link.score,
  lowConfidence: link.lowConfidence,
})

const byHand = (ko: readonly number[], en: readonly number[]): GivenLink => ({ ko, en, hand: true })

function rowAt(links: readonly CurrentLink[], row: number): CurrentLink {
  const link = links[row]
  if (!link) throw new LinkEditError(`There is no row ${row + 1}.`)
  return link
}

/** Joins a row with the next one. */
export function mergeRows(links: readonly CurrentLink[], row: number): GivenLink[] {
  const first = rowAt(links, row)
  const second = links[row + 1]
  if (!second) throw new LinkEditError('The last row has no next row to merge with.')
  return [
    ...links.slice(0, row).map(keep),
    byHand([...first.ko, ...second.ko], [...first.en, ...second.en]),
    ...links.slice(row + 2).map(keep),
  ]
}

/**
 * Splits a row into its sentences: the n-th Korean sentence with the n-th English one, and those left over
 * on the longer side each on a row of its own.
 */
export function splitRow(links: readonly CurrentLink[], row: number): GivenLink[] {
  const link = rowAt(links, row)
  if (link.ko.length <= 1 && link.en.length <= 1) throw new LinkEditError('This row has only one sentence a side.')
  const pieces: GivenLink[] = []
  const paired = Math.min(link.ko.length, link.en.length)
  for (let k = 0; k < paired; k++) pieces.push(byHand([link.ko[k]], [link.en[k]]))
  for (let k = paired; k < link.ko.length; k++) pieces.push(byHand([link.ko[k]], []))
  for (let k = paired; k < link.en.length; k++) pieces.push(byHand([], [link.en[k]]))
  return [...links.slice(0, row).map(keep), ...pieces, ...links.slice(row + 1).map(keep)]
}

/** Which row holds a sentence. */
export function rowOfSentence(links: readonly CurrentLink[], side: Side, sentence: number): number {
  const row = links.findIndex((l) => l[side].includes(sentence))
  if (row === -1) throw new LinkEditError('That sentence is in no row.')
  return row
}

/**
 * Moves a sentence to the previous or the next row: only the first sentence of its side can move up and only
 * the last can move down, so the order of the text is kept. A row left empty disappears.
 */
export function moveSentence(links: readonly CurrentLink[], side: Side, sentence: number, direction: 'previous' | 'next'): GivenLink[] {
  const row = rowOfSentence(links, side, sentence)
  const link = links[row]
  const target = direction === 'previous' ? row - 1 : row + 1
  const neighbour = links[target]
  if (!neighbour) throw new LinkEditError(direction === 'previous' ? 'This is the first row.' : 'This is the last row.')
  const own = link[side]
  if (direction === 'previous' ? own[0] !== sentence : own[own.length - 1] !== sentence) {
    throw new LinkEditError(
      direction === 'previous'
        ? 'Only the first sentence of a row can move to the previous row.'
        : 'Only the last sentence of a row can move to the next row.',
    )
  }
  const remaining = own.filter((i) => i !== sentence)
  const moved = direction === 'previous' ? [...neighbour[side], sentence] : [sentence, ...neighbour[side]]
  const other: Side = side === 'ko' ? 'en' : 'ko'
  const edited = withSide(link, side, remaining, other)
  const grown = withSide(neighbour, side, moved, other)
  const [firstRow, secondRow] = direction === 'previous' ? [grown, edited] : [edited, grown]
  const middle = [firstRow, secondRow].filter((l) => l.ko.length + l.en.length > 0)
  const from = Math.min(row, target)
  return [...links.slice(0, from).map(keep), ...middle, ...links.slice(from + 2).map(keep)]
}

function withSide(link: CurrentLink, side: Side, sentences: readonly number[], other: Side): GivenLink {
  return side === 'ko' ? byHand(sentences, link[other]) : byHand(link[other], sentences)
}

/**
 * Marks a sentence as having no counterpart: it gets a row of its own. Sentences before it on its side keep the
 * row's counterpart; those after it are aligned again (they may belong with the next row).
 */
export function detachSentence(links: readonly CurrentLink[], side: Side, sentence: number): GivenLink[] {
  const row = rowOfSentence(links, side, sentence)
  const link = links[row]
  const other: Side = side === 'ko' ? 'en' : 'ko'
  if (link[other].length === 0 && link[side].length === 1) throw new LinkEditError('This sentence already has no counterpart.')
  const before = link[side].filter((i) => i < sentence)
  const alone = side === 'ko' ? byHand([sentence], []) : byHand([], [sentence])
  const pieces: GivenLink[] = []
  if (before.length > 0) pieces.push(withSide(link, side, before, other), alone)
  else {
    pieces.push(alone)
    // Its counterpart now stands alone too, unless sentences after it take it (realigned below).
    if (link[side].length === 1) pieces.push(...link[other].map((i) => (other === 'ko' ? byHand([i], []) : byHand([], [i]))))
  }
  return [...links.slice(0, row).map(keep), ...pieces, ...links.slice(row + 1).map(keep)]
}

/**
 * Links the given Korean sentences with the given English ones (either may be empty: no counterpart). Rows that
 * share a sentence with the new link or would cross it are dropped; their other sentences are aligned again.
 */
export function relink(links: readonly CurrentLink[], ko: readonly number[], en: readonly number[]): GivenLink[] {
  if (ko.length === 0 && en.length === 0) throw new LinkEditError('Choose at least one sentence to link.')
  const koSet = new Set(ko)
  const enSet = new Set(en)
  const koMin = ko.length ? ko[0] : null
  const koMax = ko.length ? ko[ko.length - 1] : null
  const enMin = en.length ? en[0] : null
  const enMax = en.length ? en[en.length - 1] : null
  /** -1 before the new link, 1 after it, 0 in conflict with it, null when they share no side to compare. */
  const place = (link: CurrentLink): number | null => {
    if (link.ko.some((i) => koSet.has(i)) || link.en.some((j) => enSet.has(j))) return 0
    const sides: number[] = []
    if (koMin !== null && koMax !== null && link.ko.length) sides.push(link.ko[0] > koMax ? 1 : link.ko[link.ko.length - 1] < koMin ? -1 : 0)
    if (enMin !== null && enMax !== null && link.en.length) sides.push(link.en[0] > enMax ? 1 : link.en[link.en.length - 1] < enMin ? -1 : 0)
    if (sides.length === 0) return null
    return sides.every((s) => s === sides[0]) ? sides[0] : 0
  }
  const before: GivenLink[] = []
  const after: GivenLink[] = []
  for (const link of links) {
    const p = place(link)
    if (p === null) (after.length > 0 ? after : before).push(keep(link))
    else if (p < 0 && after.length === 0) before.push(keep(link))
    else if (p > 0) after.push(keep(link))
    // A link before the new one found after a later one would cross: dropped like a conflict.
  }
  return [...before, byHand(ko, en), ...after]
}
