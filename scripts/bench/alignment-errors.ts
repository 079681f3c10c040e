import type { AlignmentLink } from '../../shared/models/alignment'
import { alignDocument, inTuningHalf, type InputMode } from './alignment-bench'
import type { GoldLink } from './alignment-documents'
import { buildAlignmentDocuments } from './alignment-documents'
import { linkOutcomes, type SentenceUnits } from './alignment-score'
import type { Bitext } from './kpc-dev'

/** A gold link the aligner missed, with what it linked the link's units to instead. */
export interface MissedGoldLink {
  readonly document: number
  readonly gold: GoldLink
  readonly ko: readonly string[]
  readonly en: readonly string[]
  /** The predicted links touching the gold link's units, written in units: `ko 3 ↔ en 2+3`, `ko 4 ↔ (none)`. */
  readonly predicted: readonly string[]
}

/**
 * The gold links of one half that the aligner does not get, for reading by hand: on kpc-dev many are corpus
 * lines that are not translations of each other, which no aligner should link, and the figures alone can't
 * tell those from real errors.
 */
export function missedGoldLinks(bitext: Bitext, mode: InputMode, half: 'tuned' | 'heldOut'): MissedGoldLink[] {
  const docs = buildAlignmentDocuments(bitext)
  const missed: MissedGoldLink[] = []
  for (const doc of docs) {
    if (inTuningHalf(doc, docs.length) !== (half === 'tuned')) continue
    const { links, units } = alignDocument(doc, mode)
    const { goldCounts } = linkOutcomes(doc, units, links)
    doc.gold.forEach((g, k) => {
      if (goldCounts[k]) return
      missed.push({
        document: doc.index,
        gold: g,
        ko: g.ko.map((u) => doc.ko[u]),
        en: g.en.map((u) => doc.en[u]),
        predicted: touchingLinks(g, units, links).map((l) => describeLink(l, units)),
      })
    })
  }
  return missed
}

function touchingLinks(g: GoldLink, units: SentenceUnits, links: readonly AlignmentLink[]): AlignmentLink[] {
  return links.filter((l) => l.ko.some((s) => units.ko[s].some((u) => g.ko.includes(u))) || l.en.some((s) => units.en[s].some((u) => g.en.includes(u))))
}

function describeLink(l: AlignmentLink, units: SentenceUnits): string {
  const side = (sentences: readonly number[], of: ReadonlyArray<readonly number[]>): string =>
    sentences.length === 0 ? '(none)' : sentences.map((s) => of[s].join('+')).join(', ')
  return `ko ${side(l.ko, units.ko)} ↔ en ${side(l.en, units.en)}`
}
