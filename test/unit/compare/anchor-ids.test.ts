import { describe, expect, it } from 'vitest'
import { compareArticles } from '../../../shared/lib/compare/compare-articles'
import { sentenceAnchor } from '../../../shared/lib/compare/anchor-ids'
import { buildLibrary } from '../../../shared/lib/library/build-library'
import type { Article } from '../../../shared/models/article'
import { seedPages } from '../library/seed-pages'
import { readPage } from '../../../node/files/read-page'

const library = buildLibrary('seeds', seedPages(), [], { readPage })
const byTitle = (start: string): Article => library.articles.find((a) => a.title.startsWith(start))!
const ko = byTitle('딥시크 개인정보 유출 논란')
const en = byTitle("DeepSeek's personal data leakage")

describe('stable ids', () => {
  it('names articles by their page path inside the folder, and fingerprints their text', () => {
    expect(ko.id).toMatch(/^000_77deed0654c30420\.txt#\d+$/)
    expect(ko.contentHash).toMatch(/^[0-9a-f]{16}$/)
    const again = buildLibrary('elsewhere', seedPages().map((p) => ({ ...p, source: p.source.replace(/^seeds/, 'elsewhere') })), [], { readPage })
    const same = again.articles.find((a) => a.title === ko.title)!
    expect([same.id, same.contentHash]).toEqual([ko.id, ko.contentHash])
    expect(new Set(library.articles.map((a) => a.id)).size).toBe(library.articles.length)
  })

  it('gives links and findings ids from the sentence offsets they cover, the same on every run', () => {
    const first = compareArticles(ko, en)
    const second = compareArticles(ko, en)
    expect(second.links.map((l) => l.id)).toEqual(first.links.map((l) => l.id))
    expect(second.findings.map((f) => f.id)).toEqual(first.findings.map((f) => f.id))
    expect(new Set(first.links.map((l) => l.id)).size).toBe(first.links.length)
    expect(new Set(first.findings.map((f) => f.id)).size).toBe(first.findings.length)
    const link = first.links[1]
    expect(link.id).toBe(`ko[${link.ko.map((i) => sentenceAnchor(first.ko[i])).join(',')}] en[${link.en.map((i) => sentenceAnchor(first.en[i])).join(',')}]`)
    const dropped = first.findings.find((f) => f.koValue === '2일')!
    expect(dropped.id).toMatch(/^figure-mismatch ko\[\d+:\d+-\d+\] en\[.*\] @\d+-\d+\/$/)
  })

  it('keeps the ids of links the change did not touch when the English loses its last sentence', () => {
    const full = compareArticles(ko, en)
    const last = full.en.at(-1)!
    const paragraphs = en.paragraphs.map((p, i) => (i === last.paragraph ? p.slice(0, last.start).trimEnd() : p))
    const shorter = compareArticles(ko, { ...en, paragraphs })
    expect(shorter.en.length).toBe(full.en.length - 1)
    const kept = shorter.links.slice(0, 10).map((l) => l.id)
    expect(full.links.slice(0, 10).map((l) => l.id)).toEqual(kept)
  })
})
