import type { AlignmentLink } from '../../shared/models/alignment'
import type { AlignmentDocument, GoldLink } from './alignment-documents'

export interface AlignmentScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly omissionRecall: number
  readonly documents: number
  /** Wrong links the aligner itself marked low-confidence, out of all wrong links; likewise for right ones. */
  readonly flaggedWrong: number
  readonly wrongLinks: number
  readonly flaggedRight: number
  readonly rightLinks: number
  /**
   * Gold links that count although part of one of their sentences sits in a one-sided link (half a corpus
   * line "not in the English"): right by the measure, but a false alarm a reader would see.
   */
  readonly partlyUnlinked: number
}

/** Which gold units (entries of the document's ko and en lists) each predicted sentence came from. */
export interface SentenceUnits {
  readonly ko: ReadonlyArray<readonly number[]>
  readonly en: ReadonlyArray<readonly number[]>
}

/** Counts of one document, summed by scoreAlignments. */
export interface DocumentCounts {
  readonly correctLinks: number
  readonly predictedLinks: number
  readonly goldLinks: number
  readonly correctGold: number
  readonly omissionFound: boolean
  readonly flaggedWrong: number
  readonly flaggedRight: number
  readonly partlyUnlinked: number
}

/** Presegmented input: sentence k is unit k. */
export function identityUnits(doc: AlignmentDocument): SentenceUnits {
  return { ko: doc.ko.map((_, i) => [i]), en: doc.en.map((_, j) => [j]) }
}

/** How each gold link and each predicted link of one document fared (see scoreDocument). */
export interface LinkOutcomes {
  /** Per gold link: whether the predicted links connect exactly its units. */
  readonly goldCounts: readonly boolean[]
  /** Per predicted link: whether all the units it touches belong to one gold link that counts. */
  readonly linkRight: readonly boolean[]
  /** Per gold link: whether a piece of one of its units sits in a link of another shape (one-sided or not). */
  readonly oneSidedOk: readonly boolean[]
}

/**
 * Matches one document's predicted links against its gold through the units each sentence came from. A gold
 * link counts when the predicted links connect exactly its units: the units its links (and the sentences
 * in them) join together are its units and no others. A predicted link is right when all the units it
 * touches belong to one gold link that counts. With one sentence per unit this is exact matching.
 */
export function linkOutcomes(doc: AlignmentDocument, units: SentenceUnits, links: readonly AlignmentLink[]): LinkOutcomes {
  const nKo = doc.ko.length
  const parent = Array.from({ length: nKo + doc.en.length }, (_, x) => x)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]]
    return x
  }
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b)
  }
  const touched = links.map((l) => [...l.ko.flatMap((s) => units.ko[s]), ...l.en.flatMap((s) => units.en[s].map((u) => nKo + u))])
  for (const nodes of touched) for (let k = 1; k < nodes.length; k++) union(nodes[0], nodes[k])
  const nodesOf = (g: GoldLink): number[] => [...g.ko, ...g.en.map((u) => nKo + u)]
  const componentSize = new Map<number, number>()
  for (let x = 0; x < parent.length; x++) componentSize.set(find(x), (componentSize.get(find(x)) ?? 0) + 1)
  // Gold links by node, and whether each counts.
  const goldOf = new Int32Array(parent.length).fill(-1)
  doc.gold.forEach((g, k) => nodesOf(g).forEach((x) => (goldOf[x] = k)))
  const oneSidedOk = doc.gold.map(() => true)
  links.forEach((l, k) => {
    for (const x of touched[k]) {
      const g = doc.gold[goldOf[x]]
      if ((l.ko.length === 0) !== (g.ko.length === 0) || (l.en.length === 0) !== (g.en.length === 0)) oneSidedOk[goldOf[x]] = false
    }
  })
  const goldCounts = doc.gold.map((g) => {
    const nodes = nodesOf(g)
    const root = find(nodes[0])
    return nodes.every((x) => find(x) === root) && componentSize.get(root) === nodes.length
  })
  const linkRight = links.map((_, k) => {
    const golds = new Set(touched[k].map((x) => goldOf[x]))
    return golds.size === 1 && goldCounts[[...golds][0]]
  })
  return { goldCounts, linkRight, oneSidedOk }
}

/**
 * Scores one document's predicted links against its gold (see linkOutcomes). Gold links that count while a
 * piece of one of their units sits in a one-sided link are counted apart (partlyUnlinked).
 */
export function scoreDocument(doc: AlignmentDocument, units: SentenceUnits, links: readonly AlignmentLink[]): DocumentCounts {
  const { goldCounts, linkRight, oneSidedOk } = linkOutcomes(doc, units, links)
  let flaggedWrong = 0
  let flaggedRight = 0
  links.forEach((l, k) => {
    if (l.lowConfidence) linkRight[k] ? flaggedRight++ : flaggedWrong++
  })
  const omitted = doc.gold.findIndex((g) => g.en.length === 0 && g.ko.length === 1 && g.ko[0] === doc.omittedKo)
  return {
    correctLinks: linkRight.filter(Boolean).length,
    predictedLinks: links.length,
    goldLinks: doc.gold.length,
    correctGold: goldCounts.filter(Boolean).length,
    omissionFound: omitted >= 0 && goldCounts[omitted],
    flaggedWrong,
    flaggedRight,
    partlyUnlinked: goldCounts.filter((c, k) => c && !oneSidedOk[k]).length,
  }
}

/** Sums the documents' counts; `units` defaults to one sentence per unit (presegmented). */
export function scoreAlignments(
  docs: readonly AlignmentDocument[],
  predicted: readonly AlignmentLink[][],
  units: readonly SentenceUnits[] = docs.map(identityUnits),
): AlignmentScore {
  return sumCounts(docs.map((doc, d) => scoreDocument(doc, units[d], predicted[d])))
}

export function sumCounts(all: readonly DocumentCounts[]): AlignmentScore {
  let correct = 0
  let predictedCount = 0
  let goldCount = 0
  let goldCorrect = 0
  let omissionsFound = 0
  let flaggedWrong = 0
  let flaggedRight = 0
  let partlyUnlinked = 0
  for (const c of all) {
    partlyUnlinked += c.partlyUnlinked
    correct += c.correctLinks
    predictedCount += c.predictedLinks
    goldCount += c.goldLinks
    goldCorrect += c.correctGold
    if (c.omissionFound) omissionsFound++
    flaggedWrong += c.flaggedWrong
    flaggedRight += c.flaggedRight
  }
  const precision = predictedCount ? correct / predictedCount : 0
  const recall = goldCount ? goldCorrect / goldCount : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {
    precision,
    recall,
    f1,
    omissionRecall: all.length ? omissionsFound / all.length : 0,
    documents: all.length,
    flaggedWrong,
    wrongLinks: predictedCount - correct,
    flaggedRight,
    rightLinks: correct,
    partlyUnlinked,
  }
}
