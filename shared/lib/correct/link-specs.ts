import type { ArticleSentence } from '../../models/comparison'
import type { IndexLink, LinkSpec } from '../../models/link-edit'
import { sentenceAnchor } from '../compare/anchor-ids'

/** A link by sentence anchors, for the store and the API. */
export function toLinkSpec(link: IndexLink, ko: readonly ArticleSentence[], en: readonly ArticleSentence[]): LinkSpec {
  return { ko: link.ko.map((i) => sentenceAnchor(ko[i])), en: link.en.map((j) => sentenceAnchor(en[j])), hand: link.hand }
}

/**
 * Finds the sentences of stored links again. A link whose sentences are gone (the page text changed there) is
 * left out and counted, so the caller can say so; the rest keep their order.
 */
export function fromLinkSpecs(
  specs: readonly LinkSpec[],
  ko: readonly ArticleSentence[],
  en: readonly ArticleSentence[],
): { links: IndexLink[]; lost: number } {
  const koAt = new Map(ko.map((s, i) => [sentenceAnchor(s), i]))
  const enAt = new Map(en.map((s, i) => [sentenceAnchor(s), i]))
  const links: IndexLink[] = []
  let lost = 0
  for (const spec of specs) {
    const koIdx = spec.ko.map((a) => koAt.get(a))
    const enIdx = spec.en.map((a) => enAt.get(a))
    if (koIdx.some((i) => i === undefined) || enIdx.some((i) => i === undefined)) {
      lost++
      continue
    }
    links.push({ ko: koIdx as number[], en: enIdx as number[], hand: spec.hand })
  }
  return { links, lost }
}

/** Keeps the links that fit in reading order after the ones kept before them; the rest are counted as lost. */
export function inReadingOrder(links: readonly IndexLink[]): { links: IndexLink[]; lost: number } {
  const kept: IndexLink[] = []
  let koLast = -1
  let enLast = -1
  let lost = 0
  for (const link of links) {
    const runs = (xs: readonly number[]) => xs.every((x, k) => k === 0 || x === xs[k - 1] + 1)
    const ok = (link.ko.length + link.en.length > 0) && runs(link.ko) && runs(link.en) &&
      (link.ko.length === 0 || link.ko[0] > koLast) && (link.en.length === 0 || link.en[0] > enLast)
    if (!ok) {
      lost++
      continue
    }
    kept.push(link)
    if (link.ko.length) koLast = link.ko[link.ko.length - 1]
    if (link.en.length) enLast = link.en[link.en.length - 1]
  }
  return { links: kept, lost }
}
