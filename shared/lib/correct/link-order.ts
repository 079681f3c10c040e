import type { IndexLink } from '../../models/link-edit'

/** A correction that cannot be applied as asked; the message is for the reader. */
export class LinkEditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LinkEditError'
  }
}

/**
 * Checks that links are in reading order on both sides: each side of a link is a run of consecutive
 * sentences, no sentence is in two links, and no link crosses another (a later link never starts before an
 * earlier one on either side). Links need not cover every sentence.
 */
export function checkLinkOrder(links: readonly Pick<IndexLink, 'ko' | 'en'>[], koCount: number, enCount: number): void {
  let koLast = -1
  let enLast = -1
  for (const link of links) {
    if (link.ko.length === 0 && link.en.length === 0) throw new LinkEditError('A link needs at least one sentence.')
    koLast = checkSide(link.ko, koLast, koCount, 'Korean')
    enLast = checkSide(link.en, enLast, enCount, 'English')
  }
}

function checkSide(indices: readonly number[], last: number, count: number, language: string): number {
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]
    if (!Number.isInteger(i) || i < 0 || i >= count) throw new LinkEditError(`No ${language} sentence ${i + 1} in this pair.`)
    if (k > 0 && i !== indices[k - 1] + 1) throw new LinkEditError(`A link's ${language} sentences must follow one another.`)
    if (i <= last) throw new LinkEditError(`The ${language} sentences would cross or repeat another link.`)
  }
  return indices.length > 0 ? indices[indices.length - 1] : last
}
