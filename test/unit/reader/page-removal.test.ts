// The reader's helpers for removing imported pages: which pages an article's removal takes, what the
// confirmation says is kept, and where the reader goes when the page it shows is removed.
import { describe, expect, it } from 'vitest'
import { articleAfterRemoval, importedSourcesOf, keptReviewText } from '../../../renderer/src/lib/page-removal'
import { importedFileName, isImportedArticle } from '../../../shared/models/import'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'
import type { ArticlePair } from '../../../shared/models/pair'

function article(id: string, source: string, lang: Article['lang'] = 'ko'): Article {
  return {
    id,
    source,
    lang,
    contentHash: id,
    site: 'test',
    title: id,
    publishedAt: null,
    byline: null,
    translator: null,
    paragraphs: [],
    titleSpan: { start: 0, end: 0 },
    paragraphSpans: [],
  }
}

const pair = (ko: string, en: string): ArticlePair => ({ ko, en, kind: 'full', confidence: 1, origin: 'manual' })
const library = (articles: Article[], pairs: ArticlePair[] = []): Library => ({ folder: '/news', articles, pairs, problems: [] })

describe('imported page sources', () => {
  it('names a file of the import folder, and nothing with a folder part or a hidden name', () => {
    expect(importedFileName('imported/story (2).html')).toBe('story (2).html')
    for (const source of ['seeds/story.html', 'imported/', 'imported/..', 'imported/.trash', 'imported/a/b.txt', 'imported/a\\b.txt', 'imported/a\u0000b', 'importedx/a.txt', `imported/${'a'.repeat(256)}`]) {
      expect(importedFileName(source), source).toBeNull()
    }
  })

  it('tells an imported article by its id, not by its source (a library folder may be named "imported")', () => {
    expect(isImportedArticle(article('imported/a.txt#0', 'imported/a.txt'))).toBe(true)
    expect(isImportedArticle(article('a.txt#0', 'imported/a.txt'))).toBe(false)
  })

  it('takes the imported sides of a pair once each, and none of a library folder’s pages', () => {
    const pastedKo = article('imported/p-ko.txt#0', 'imported/p-ko.txt')
    const pastedEn = article('imported/p-en.txt#0', 'imported/p-en.txt', 'en')
    const digest = article('imported/digest.txt#1', 'imported/digest.txt')
    const own = article('story.txt#0', 'news/story.txt', 'en')
    expect(importedSourcesOf([pastedKo, pastedEn])).toEqual(['imported/p-ko.txt', 'imported/p-en.txt'])
    expect(importedSourcesOf([pastedKo, own])).toEqual(['imported/p-ko.txt'])
    expect(importedSourcesOf([digest, article('imported/digest.txt#2', 'imported/digest.txt')])).toEqual(['imported/digest.txt'])
    expect(importedSourcesOf([own, undefined])).toEqual([])
  })
})

describe('the confirmation', () => {
  it('says what is kept, and that Undo and a re-import bring it back', () => {
    expect(keptReviewText({ notes: 2, verdicts: 0, handLinkedPairs: 0, pairs: 1 })).toBe(
      '2 notes on this pair are kept: Undo brings them back with the page, and so does importing the same file again. Until then the Notes panel’s Library view lists the notes, orphaned.',
    )
    expect(keptReviewText({ notes: 1, verdicts: 0, handLinkedPairs: 0, pairs: 1 })).toMatch(/^1 note on this pair is kept: Undo brings it back/)
    expect(keptReviewText({ notes: 2, verdicts: 1, handLinkedPairs: 1, pairs: 2 })).toMatch(/^2 notes, 1 verdict and hand-set links on 2 pairs are kept: /)
    const linksOnly = keptReviewText({ notes: 0, verdicts: 0, handLinkedPairs: 1, pairs: 1 })
    expect(linksOnly).toBe('Hand-set links on this pair are kept: Undo brings them back with the page, and so does importing the same file again.')
    expect(keptReviewText({ notes: 0, verdicts: 0, handLinkedPairs: 0, pairs: 0 })).toBe('No notes, verdicts or hand-set links are on it.')
  })
})

describe('where the reader goes after a removal', () => {
  const a = article('a.txt#0', 'news/a.txt')
  const aEn = article('a-en.txt#0', 'news/a-en.txt', 'en')
  const x = article('imported/x.txt#0', 'imported/x.txt')
  const y = article('imported/y.txt#0', 'imported/y.txt')
  const b = article('imported/b.txt#0', 'imported/b.txt')
  const bEn = article('imported/b-en.txt#0', 'imported/b-en.txt', 'en')

  it('opens the next paired article, passing unpaired ones', () => {
    const before = library([x, y, b, bEn], [pair(b.id, bEn.id)])
    const after = library([y, b, bEn], [pair(b.id, bEn.id)])
    expect(articleAfterRemoval(before, x.id, after)).toBe(b.id)
  })

  it('else the nearest paired article before it, else any article left, else none', () => {
    const before = library([a, aEn, y, x], [pair(a.id, aEn.id)])
    expect(articleAfterRemoval(before, x.id, library([a, aEn, y], [pair(a.id, aEn.id)]))).toBe(aEn.id)
    expect(articleAfterRemoval(library([y, x]), x.id, library([y]))).toBe(y.id)
    expect(articleAfterRemoval(library([x]), x.id, library([]))).toBeNull()
  })
})
