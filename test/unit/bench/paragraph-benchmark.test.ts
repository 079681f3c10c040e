import { describe, expect, it } from 'vitest'
import type { AlignmentLink } from '../../../shared/models/alignment'
import type { AlignmentDocument } from '../../../scripts/bench/alignment-documents'
import { buildAlignmentDocuments } from '../../../scripts/bench/alignment-documents'
import { identityUnits, linkOutcomes, scoreAlignments, scoreDocument } from '../../../scripts/bench/alignment-score'
import { asArticleSentence, buildParagraphDocument, unitsOf } from '../../../scripts/bench/paragraph-documents'

const link = (ko: number[], en: number[], lowConfidence = false): AlignmentLink => ({ ko, en, score: 0.9, lowConfidence })

// Five gold links: 1–1, 2–1 (joined English), 1–0 (omission), 0–1, 1–1.
const doc: AlignmentDocument = {
  ko: ['가는 왔다.', '나는 갔다.', '다는 섰다.', '라는 앉았다', '마는 울었다.'],
  en: ['A came.', 'B went. C stood.', 'an extra line', 'E cried.'],
  enParts: [['A came.'], ['B went.', 'C stood.'], ['an extra line'], ['E cried.']],
  gold: [
    { ko: [0], en: [0] },
    { ko: [1, 2], en: [1] },
    { ko: [3], en: [] },
    { ko: [], en: [2] },
    { ko: [4], en: [3] },
  ],
  omittedKo: 3,
  index: 0,
}
const goldLinks = doc.gold.map((g) => link(g.ko, g.en))

describe('asArticleSentence', () => {
  it('ends a line cut mid-sentence with a full stop and capitalises an English line in lower case', () => {
    expect(asArticleSentence('라는 앉았다', 'ko')).toBe('라는 앉았다.')
    expect(asArticleSentence('and the talks resumed', 'en')).toBe('And the talks resumed.')
    expect(asArticleSentence('"we will go," he said', 'en')).toBe('"We will go," he said.')
  })

  it('leaves a finished sentence as it is, closing quotes included', () => {
    expect(asArticleSentence('"It is over."', 'en')).toBe('"It is over."')
    expect(asArticleSentence('끝났다.”', 'ko')).toBe('끝났다.”')
    expect(asArticleSentence('Is it?', 'en')).toBe('Is it?')
  })
})

describe('buildParagraphDocument', () => {
  const p = buildParagraphDocument(doc)

  it('writes four gold links a paragraph, each side with the units it has', () => {
    expect(p.ko.paragraphs).toEqual(['가는 왔다. 나는 갔다. 다는 섰다. 라는 앉았다.', '마는 울었다.'])
    expect(p.en.paragraphs).toEqual(['A came. B went. C stood. An extra line.', 'E cried.'])
  })

  it('records where every unit lies, the joined English as one unit', () => {
    expect(p.en.places[1]).toEqual({ paragraph: 0, start: 8, end: 24 })
    p.ko.places.forEach((place, i) => expect(p.ko.paragraphs[place.paragraph].slice(place.start, place.end)).toBe(asArticleSentence(doc.ko[i], 'ko')))
  })

  it('maps a sentence back to every unit it overlaps', () => {
    expect(unitsOf(p.en, { paragraph: 0, start: 8, end: 15 })).toEqual([1])
    // A sentence the splitter failed to end spans two units.
    expect(unitsOf(p.ko, { paragraph: 0, start: 0, end: 12 })).toEqual([0, 1])
    expect(unitsOf(p.ko, { paragraph: 1, start: 0, end: 7 })).toEqual([4])
  })

  it('builds the benchmark documents with the same drops and joins as before (seeds exact)', () => {
    const lines = Array.from({ length: 50 }, (_, k) => `문장 ${k}.`)
    const docs = buildAlignmentDocuments({ ko: lines, en: lines.map((_, k) => `Sentence ${k}.`) })
    expect(docs.map((d) => d.omittedKo)).toEqual([7, 8])
    expect(docs[0].enParts.map((parts) => parts.join(' '))).toEqual(docs[0].en)
  })
})

describe('linkOutcomes', () => {
  it('says which gold links and which predicted links fail', () => {
    // The omitted Korean sentence linked to the added English one: both gold one-sided links fail.
    const links = [link([0], [0]), link([1, 2], [1]), link([3], [2]), link([4], [3])]
    const o = linkOutcomes(doc, identityUnits(doc), links)
    expect(o.goldCounts).toEqual([true, true, false, false, true])
    expect(o.linkRight).toEqual([true, true, false, true])
  })
})

describe('scoreDocument', () => {
  it('gives the gold itself full marks, and matches exact link matching when presegmented', () => {
    const c = scoreDocument(doc, identityUnits(doc), goldLinks)
    expect(c).toMatchObject({ correctLinks: 5, predictedLinks: 5, goldLinks: 5, correctGold: 5, omissionFound: true })
    const wrong = [link([0], [0]), link([1], [1]), link([2], []), link([3], [2]), link([], [3]), link([4], [])]
    expect(scoreDocument(doc, identityUnits(doc), wrong)).toMatchObject({ correctLinks: 1, correctGold: 1, omissionFound: false })
  })

  it('counts a gold link whose sentence was split in two when both halves link to its English', () => {
    // Korean unit 0 cut into sentences 0 and 1; the rest one sentence a unit.
    const units = { ko: [[0], [0], [1], [2], [3], [4]], en: [[0], [1], [2], [3]] }
    const links = [link([0, 1], [0]), link([2, 3], [1]), link([4], []), link([], [2]), link([5], [3])]
    expect(scoreDocument(doc, units, links)).toMatchObject({ correctLinks: 5, correctGold: 5, omissionFound: true })
  })

  it('counts a gold link when half of its sentence is left unlinked, and says so apart', () => {
    const units = { ko: [[0], [0], [1], [2], [3], [4]], en: [[0], [1], [2], [3]] }
    const links = [link([0], [0]), link([1], []), link([2, 3], [1]), link([4], []), link([], [2]), link([5], [3])]
    const c = scoreDocument(doc, units, links)
    expect(c).toMatchObject({ correctGold: 5, correctLinks: 6, partlyUnlinked: 1 })
  })

  it('does not count a gold link whose sentence is linked to the next gold link', () => {
    const units = { ko: [[0], [0], [1], [2], [3], [4]], en: [[0], [1], [2], [3]] }
    // The second half of Korean unit 0 joins the 2–1 bead of gold link 1.
    const links = [link([0], [0]), link([1, 2, 3], [1]), link([4], []), link([], [2]), link([5], [3])]
    expect(scoreDocument(doc, units, links)).toMatchObject({ correctGold: 3, correctLinks: 3 })
  })

  it('counts neither gold link when one sentence runs across two units', () => {
    // Korean sentence 0 covers units 0 and 1.
    const units = { ko: [[0, 1], [2], [3], [4]], en: [[0], [1], [2], [3]] }
    const links = [link([0], [0]), link([1], [1]), link([2], []), link([], [2]), link([3], [3])]
    expect(scoreDocument(doc, units, links)).toMatchObject({ correctGold: 3, correctLinks: 3, omissionFound: true })
  })

  it('sums documents into precision, recall, F1 and omission recall', () => {
    const s = scoreAlignments([doc, doc], [goldLinks, [link([0, 1, 2], [0, 1]), link([3], []), link([], [2]), link([4], [3], true)]])
    expect(s.recall).toBeCloseTo(8 / 10)
    expect(s.precision).toBeCloseTo(8 / 9)
    expect(s.omissionRecall).toBe(1)
    expect(s.flaggedRight).toBe(1)
  })
})
