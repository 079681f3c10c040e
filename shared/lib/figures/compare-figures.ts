import type { Figure } from '../../models/figure'
import {
  counterpartBucket,
  counterpartCandidates,
  equivalenceBucket,
  equivalenceCandidates,
  nearestValuePairs,
} from './candidate-pairs'
import { describeFigure, isVague } from './describe-figure'
import { missingFigureType, withChangedCounts, type FigureMismatch } from './figure-mismatch'
import { typeConfidence } from '../findings/finding-confidence'
import { figuresMatch } from './figures-match'
import { counterparts, reportable } from './counterparts'
import { tidy } from './number-text'
import { readFigures } from './read-figures'
import { decodePairs, Nearby, neighbourPairs, pairLeftovers, positionOf, type FigureSide } from './nearby-pairs'
import { SpanCover } from './span-cover'
import { inconsistentConversions } from './unit-conversions'
import { withoutEquivalentRenderings } from './equivalent-leftovers'

/**
 * Most candidate pairs one linked sentence pair may score in a pass before that pass falls back to scoring each
 * figure against a few neighbours in its buckets (NEIGHBOURS). Calibrated on kpc-dev, the seeds and the figure bench: the densest comparison there
 * (two whole seed articles compared as one text) has 54 figures a side and 2,376 pairs in all, candidates or
 * not; 50,000 is twenty times that, keeps "1개, 2개, … 5000개" against "1, 2, … 5000" exact (about 27,000
 * candidates counted, 16,710 distinct), and at the ~2 µs a scoring measured there, three scorings of each pair
 * (equivalence, "≠", repetition) stay near a third of a second.
 */
export const MAX_CANDIDATE_PAIRS = 50_000

/**
 * Past the cap, how many figures each figure is scored against in each of its buckets: those of equal value
 * nearest in relative position, and the nearest values that may match (and, for a repetition, the nearest paired
 * figures of equal value). Calibrated on bombs of 300 figures a side compared with and without the cap: four
 * gives the exact answer on equal values with one changed or four dropped, on shuffled and on two alternating
 * values (eight does no better), at about six scorings per figure on 5,000 equal values a side.
 */
const NEIGHBOURS = 4

/** What one compareFigures call did: pairs of figures scored (figuresMatch or counterparts). */
export interface FigureWork {
  pairs: number
}

type Side = FigureSide

/** Whether an unpaired figure is said on the other side all the same. */
interface SaidElsewhere {
  /** It matches a figure the other side already paired: a repetition, not a missing figure. */
  repeated(i: number): boolean
  /** It matches some figure of the other side, paired or not. */
  matchesAny(i: number): boolean
}

/** What pairEquivalents says of every figure when the other side has none. */
const NOWHERE: SaidElsewhere = { repeated: () => false, matchesAny: () => false }

/**
 * Figures of a Korean text and its English translation that do not correspond one to one: a figure with no
 * equivalent on the other side, or two figures that evidently render each other but differ (52% vs 25%,
 * 6710억 vs 67.1 billion). Figures are paired greedily, best equivalence first and then nearest position;
 * unpaired figures of the same kind (both percents, money in one currency, both days of a month, or
 * magnitudes with the same digits, 6710억 and "67.1 billion") are then paired as "≠". Lone counts of one (한 명, "one", "first") are not
 * reported: English says "a", Korean says 처음.
 *
 * Past a few figures a side (SCORE_EVERY_PAIR_UP_TO), only figures that share a bucket (a value within rounding,
 * a date part, a currency, the same digits) are scored against each other, which gives the same answer as
 * scoring every pair. A sentence pair with more than
 * `maxPairs` such pairs in a pass (a table pasted as one sentence) scores each figure against a few neighbours
 * in its buckets instead, so that thousands of figures a side stay near-linear in time and memory; Infinity
 * keeps every pair. `work` counts the pairs scored.
 */
export function compareFigures(
  koText: string,
  enText: string,
  maxPairs = MAX_CANDIDATE_PAIRS,
  work: FigureWork = { pairs: 0 },
): FigureMismatch[] {
  const ko: Side = side(readFigures(koText, 'ko'), koText.length)
  const en: Side = side(readFigures(enText, 'en'), enText.length)
  let mismatches: FigureMismatch[] = []

  // Nearly half the linked pairs of news text have no figure on one side or both: nothing can pair there,
  // so the candidate passes (maps and typed arrays for nothing) are skipped; what they would say is NOWHERE.
  const bothSides = ko.figures.length > 0 && en.figures.length > 0
  const [koSaid, enSaid] = bothSides ? pairEquivalents(ko, en, maxPairs, work) : [NOWHERE, NOWHERE]
  if (bothSides) pairCounterparts(ko, en, (a, b) => mismatches.push(differ(a, b)), maxPairs, work)

  ko.figures.forEach((f, i) => {
    if (!ko.used[i] && reportable(f) && !isGloss(ko, i, koText) && !koSaid.repeated(i)) mismatches.push(missing(f, 'ko', koSaid.matchesAny(i)))
  })
  en.figures.forEach((f, j) => {
    if (!en.used[j] && reportable(f) && !isGloss(en, j, enText) && !enSaid.repeated(j)) mismatches.push(missing(f, 'en', enSaid.matchesAny(j)))
  })
  // It drops mismatches only: with none (most sentence pairs) there is nothing to look at.
  if (mismatches.length > 0) mismatches = withChangedCounts(withoutEquivalentRenderings(mismatches, koText, enText, ko.figures, en.figures))
  // "15 meters (490 feet)": the restatement contradicts the measure. Blame the side the Korean does not back.
  const conflicts = inconsistentConversions(enText)
  if (conflicts.length > 0) {
    const paired = new SpanCover(en.figures.filter((_, j) => en.used[j]).map((g) => g.span))
    const reported = new SpanCover(mismatches.flatMap((m) => (m.en ? [m.en.span] : [])))
    // Conflicts come in text order, so the ones added here stay sorted in a cover of their own.
    const added = new SpanCover()
    for (const c of conflicts) {
      const backed = (f: Figure): boolean => paired.covers(f.span.start)
      const restatedWrong = !backed(c.restated) || backed(c.stated)
      const wrong = restatedWrong ? c.restated : c.stated
      if (reported.covers(wrong.span.start) || added.covers(wrong.span.start)) continue
      added.add(wrong.span)
      mismatches.push({
        side: 'en',
        en: wrong,
        message: restatedWrong
          ? `${c.restated.text} ≠ ${c.stated.text} (about ${c.restatedShouldBe})`
          : `${c.stated.text} ≠ ${c.restated.text} (about ${c.statedShouldBe})`,
        type: 'restated-conflict',
        confidence: typeConfidence('restated-conflict'),
      })
    }
  }
  return mismatches.sort((a, b) => start(a) - start(b))
}

function side(figures: Figure[], length: number): Side {
  return { figures, length: Math.max(1, length), used: figures.map(() => false) }
}

function start(m: FigureMismatch): number {
  return m.ko?.span.start ?? (m.en ? 1e9 + m.en.span.start : 0)
}

interface Candidate {
  readonly i: number
  readonly j: number
  readonly score: number
}

/** How far apart two figures sit, as shares of their texts. */
function distance(ko: Side, en: Side, a: Figure, b: Figure): number {
  return Math.abs(a.span.start / ko.length - b.span.start / en.length)
}

/**
 * Pairs unused figures by score, ties broken by how close their relative positions are. Candidates come in
 * (Korean, English) index order and the sort is stable, as when every pair was tried in that order.
 */
function takeGreedily(ko: Side, en: Side, candidates: Candidate[], paired: (a: Figure, b: Figure) => void): void {
  candidates.sort((x, y) => y.score - x.score)
  for (const c of candidates) {
    if (ko.used[c.i] || en.used[c.j]) continue
    ko.used[c.i] = true
    en.used[c.j] = true
    paired(ko.figures[c.i], en.figures[c.j])
  }
}

/**
 * Pairs equivalent figures (figuresMatch), best first, and says for each side which unpaired figures the other
 * side says all the same. The Korean side reuses the scores of the pairing; the English side scores its own
 * candidates the other way round (figuresMatch(en, ko)), as a repetition check always did. Past the cap, the
 * candidates are each figure's nearest neighbours of equal value and its nearest values that may match, and a
 * repetition is looked for among those and the nearest paired figures of equal value.
 */
function pairEquivalents(ko: Side, en: Side, maxPairs: number, work: FigureWork): [SaidElsewhere, SaidElsewhere] {
  const match = (a: Figure, b: Figure): boolean => {
    work.pairs++
    return figuresMatch(a, b)
  }
  const few = fewPairs(ko, en, maxPairs)
  const codes = few ? null : equivalenceCandidates(ko.figures, en.figures, maxPairs)
  // Every pair that can match was scored: no fallback past the cap.
  const exhaustive = few || codes !== null
  const pairs = few
    ? everyPair(ko, en)
    : codes
    ? decodePairs(codes, Math.max(1, en.figures.length))
    : neighbourPairs(ko, en, equivalenceBucket, NEIGHBOURS, undefined, undefined, nearestValuePairs(ko.figures, en.figures, NEIGHBOURS))
  const koMatches: number[][] = ko.figures.map(() => [])
  const enCandidates: number[][] = en.figures.map(() => [])
  const candidates: Candidate[] = []
  for (const [i, j] of pairs) {
    enCandidates[j].push(i)
    const a = ko.figures[i]
    const b = en.figures[j]
    if (!match(a, b)) continue
    koMatches[i].push(j)
    candidates.push({ i, j, score: 2 + equalityBonus(a, b) - distance(ko, en, a, b) })
  }
  takeGreedily(ko, en, candidates, () => {})
  if (!exhaustive) pairLeftovers(ko, en, equivalenceBucket, match, () => {})
  const enMatches = new Map<number, number[]>()
  const enMatchesOf = (j: number): number[] => {
    let found = enMatches.get(j)
    if (!found) {
      found = enCandidates[j].filter((i) => match(en.figures[j], ko.figures[i]))
      enMatches.set(j, found)
    }
    return found
  }
  // Past the cap the candidates are few, so the paired figures of equal value nearest in position are asked too.
  const pairedKo = exhaustive ? null : new Nearby(ko, equivalenceBucket, (i) => ko.used[i])
  const pairedEn = exhaustive ? null : new Nearby(en, equivalenceBucket, (j) => en.used[j])
  const nearbyPaired = (own: Side, i: number, other: Side, paired: Nearby | null): boolean =>
    paired !== null &&
    paired.near(equivalenceBucket(own.figures[i]), positionOf(own, i), NEIGHBOURS).some((k) => match(own.figures[i], other.figures[k]))
  return [
    {
      repeated: (i) => koMatches[i].some((j) => en.used[j]) || nearbyPaired(ko, i, en, pairedEn),
      matchesAny: (i) => koMatches[i].length > 0,
    },
    {
      repeated: (j) => enMatchesOf(j).some((i) => ko.used[i]) || nearbyPaired(en, j, ko, pairedKo),
      matchesAny: (j) => enMatchesOf(j).length > 0,
    },
  ]
}

/** Pairs unpaired figures that are evidently the same one but differ ("≠"), nearest first. */
function pairCounterparts(ko: Side, en: Side, paired: (a: Figure, b: Figure) => void, maxPairs: number, work: FigureWork): void {
  const accept = (a: Figure, b: Figure): boolean => {
    work.pairs++
    return counterparts(a, b)
  }
  // counterparts never pairs a vague or unreportable figure.
  const eligible = (s: Side) => (i: number): boolean => !s.used[i] && !isVague(s.figures[i]) && reportable(s.figures[i])
  const few = fewPairs(ko, en, maxPairs)
  const codes = few ? null : counterpartCandidates(ko.figures, en.figures, eligible(ko), eligible(en), maxPairs)
  const pairs = few
    ? everyPair(ko, en, eligible(ko), eligible(en))
    : codes
    ? decodePairs(codes, Math.max(1, en.figures.length))
    : neighbourPairs(ko, en, counterpartBucket, NEIGHBOURS, eligible(ko), eligible(en))
  const candidates: Candidate[] = []
  for (const [i, j] of pairs) {
    const a = ko.figures[i]
    const b = en.figures[j]
    if (accept(a, b)) candidates.push({ i, j, score: 1 - distance(ko, en, a, b) })
  }
  takeGreedily(ko, en, candidates, paired)
  if (!few && !codes) pairLeftovers(ko, en, counterpartBucket, accept, paired, eligible(ko), eligible(en))
}

/**
 * Up to this many (Korean, English) pairs a pass scores every pair, in the order the candidate codes come in:
 * the buckets would find every pair that can be accepted among them (candidate-pairs.test.ts), so the answer is
 * the same, but their maps and typed arrays cost more than a sentence's few figures repay. Calibrated on the
 * 10,000 linked pairs of kpc-dev repeated (the CLI bench), where a linked pair has at most 35 (95% at most 15):
 * compareFigures over all of them took half the time of the buckets alone (≈ 100 vs 200 ms in a fresh process),
 * about the same from 16 to 144; 64 is eight figures a side.
 */
const SCORE_EVERY_PAIR_UP_TO = 64

/** Few enough figures to score every pair; never past `maxPairs`, where the buckets' fallback takes over. */
function fewPairs(ko: Side, en: Side, maxPairs: number): boolean {
  return ko.figures.length * en.figures.length <= Math.min(SCORE_EVERY_PAIR_UP_TO, maxPairs)
}

/** Every (Korean, English) pair of admitted figures, Korean index first: the order of sorted candidate codes. */
function everyPair(ko: Side, en: Side, admitKo: (i: number) => boolean = () => true, admitEn: (j: number) => boolean = () => true): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < ko.figures.length; i++) {
    if (!admitKo(i)) continue
    for (let j = 0; j < en.figures.length; j++) if (admitEn(j)) pairs.push([i, j])
  }
  return pairs
}

/** Prefers the exact rendering (same kind, same value) over a looser one when both are available. */
function equalityBonus(a: Figure, b: Figure): number {
  let bonus = 0
  if (tidy(a.value) === tidy(b.value)) bonus += 0.5
  if (a.kind === b.kind) bonus += 0.25
  return bonus
}

/**
 * "29,000 feet (8,840 meters)", "15 meters (49 feet)", "€114 ($179)": a figure restated in parentheses
 * next to one that has its counterpart is a conversion, not a figure of its own.
 */
function isGloss(s: Side, i: number, text: string): boolean {
  const f = s.figures[i]
  const previous = s.figures[i - 1]
  const next = s.figures[i + 1]
  const opening = /^(?: ?[A-Za-z가-힣.]{1,12})? ?\((?:약|about|around|or|roughly|approximately)? ?$/
  // The closing test reads at most 13 characters: slicing no further keeps a long text linear.
  if (previous && s.used[i - 1] && opening.test(text.slice(previous.span.end, f.span.start)) && /^[^()]{0,12}\)/.test(text.slice(f.span.end, f.span.end + 13))) {
    return true
  }
  return Boolean(next && s.used[i + 1] && /^[^()]{0,12}\($/.test(text.slice(f.span.end, next.span.start)))
}

function gloss(f: Figure): string {
  const english = describeFigure(f)
  return english === f.text ? f.text : `${f.text} (${english})`
}

function differ(ko: Figure, en: Figure): FigureMismatch {
  return { side: 'both', ko, en, message: `${gloss(ko)} ≠ ${en.text}`, type: 'figure-changed', confidence: typeConfidence('figure-changed') }
}

function missing(f: Figure, where: 'ko' | 'en', matchedOnOtherSide: boolean): FigureMismatch {
  const message = where === 'ko' ? `${gloss(f)} not in the English` : `${f.text} not in the Korean`
  // A figure repeated on one side and said once on the other is usually a condensed repetition.
  const type = matchedOnOtherSide ? 'repeated' : missingFigureType(f)
  const confidence = typeConfidence(type)
  return where === 'ko' ? { side: 'ko', ko: f, message, type, confidence } : { side: 'en', en: f, message, type, confidence }
}
