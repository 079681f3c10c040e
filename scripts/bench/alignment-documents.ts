import type { Bitext } from './kpc-dev'
import { seededRandom } from './seeded-random'

export interface GoldLink {
  readonly ko: number[]
  readonly en: number[]
}

/** A benchmark document: 25 consecutive pairs with one English drop, one Korean drop and one English join. */
export interface AlignmentDocument {
  readonly ko: string[]
  readonly en: string[]
  readonly gold: GoldLink[]
  /** Korean index whose English was dropped: it should come out linked to nothing. */
  readonly omittedKo: number
  /** The corpus lines each English entry was made of (two for the joined one), for the paragraph benchmark. */
  readonly enParts: string[][]
  /** The document's position in the dev set (0, 1, …), for the split into halves. */
  readonly index: number
}

export const DOCUMENT_SIZE = 25
export const BENCH_SEED = 20250202

export function buildAlignmentDocuments(bitext: Bitext, seed = BENCH_SEED): AlignmentDocument[] {
  const random = seededRandom(seed)
  const docs: AlignmentDocument[] = []
  for (let start = 0; start + DOCUMENT_SIZE <= bitext.ko.length; start += DOCUMENT_SIZE) {
    const pick = (): number => Math.floor(random() * DOCUMENT_SIZE)
    const dropEn = pick()
    let dropKo = pick()
    while (dropKo === dropEn) dropKo = pick()
    let join = pick()
    while ([dropEn, dropKo].some((x) => x === join || x === join + 1) || join + 1 >= DOCUMENT_SIZE) join = pick()

    const ko: string[] = []
    const en: string[] = []
    const gold: GoldLink[] = []
    const enParts: string[][] = []
    let omittedKo = -1
    for (let k = 0; k < DOCUMENT_SIZE; k++) {
      const koText = bitext.ko[start + k]
      const enText = bitext.en[start + k]
      if (k === dropEn) {
        omittedKo = ko.length
        gold.push({ ko: [ko.length], en: [] })
        ko.push(koText)
      } else if (k === dropKo) {
        gold.push({ ko: [], en: [en.length] })
        en.push(enText)
        enParts.push([enText])
      } else if (k === join) {
        gold.push({ ko: [ko.length, ko.length + 1], en: [en.length] })
        ko.push(koText, bitext.ko[start + k + 1])
        en.push(`${enText} ${bitext.en[start + k + 1]}`)
        enParts.push([enText, bitext.en[start + k + 1]])
        k++
      } else {
        gold.push({ ko: [ko.length], en: [en.length] })
        ko.push(koText)
        en.push(enText)
        enParts.push([enText])
      }
    }
    docs.push({ ko, en, gold, omittedKo, enParts, index: docs.length })
  }
  return docs
}
