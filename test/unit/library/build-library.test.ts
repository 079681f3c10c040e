import { describe, expect, it } from 'vitest'
import { buildLibrary } from '../../../shared/lib/library/build-library'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'
import { seedPages } from './seed-pages'
import { readPage } from '../../../node/files/read-page'

function byTitle(library: Library, start: string): Article {
  const found = library.articles.find((a) => a.title.startsWith(start))
  if (!found) throw new Error(`no article titled ${start}…`)
  return found
}

describe('buildLibrary', () => {
  const library = buildLibrary('/x/seeds', seedPages(), [], { readPage })

  it('extracts the seed articles and pairs the DeepSeek article with its English version', () => {
    const ko = byTitle(library, '딥시크 개인정보 유출 논란 새 이슈')
    const en = byTitle(library, "DeepSeek's personal data leakage controversy")
    expect(ko.lang).toBe('ko')
    expect(en.lang).toBe('en')
    expect(library.pairs).toContainEqual(expect.objectContaining({ ko: ko.id, en: en.id, origin: 'auto' }))
    expect(library.problems).toEqual([])
    expect(library.folder).toBe('/x/seeds')
  })

  it('turns an undecodable page into a load problem and keeps the other pages', () => {
    // A lone 0xFF byte run is neither UTF-8 nor EUC-KR.
    const bad = { source: 'seeds/broken.txt', bytes: new Uint8Array(200).fill(0xff) }
    const withBad = buildLibrary('/x/seeds', [bad, ...seedPages()], [], { readPage })
    expect(withBad.problems).toHaveLength(1)
    expect(withBad.problems[0].source).toBe('seeds/broken.txt')
    expect(withBad.problems[0].message).toContain('seeds/broken.txt')
    expect(withBad.articles.length).toBe(library.articles.length)
  })

  it('reports an empty page and a page with no article', () => {
    const blank = { source: 'seeds/blank.txt', bytes: new TextEncoder().encode('\n  \n\n') }
    const menu = { source: 'seeds/menu.txt', bytes: new TextEncoder().encode('로그인') }
    const result = buildLibrary('/x/seeds', [blank, menu], [], { readPage })
    expect(result.articles).toEqual([])
    expect(result.problems.map((p) => p.source)).toEqual(['seeds/blank.txt', 'seeds/menu.txt'])
    expect(result.problems[0].message).toMatch(/^seeds\/blank\.txt: .*empty/)
    expect(result.problems[1].message).toContain('no article')
  })

  it('applies manual pairs and unpairs from the overrides', () => {
    const dsKo = byTitle(library, '딥시크 개인정보 유출 논란 새 이슈')
    const dsEn = byTitle(library, "DeepSeek's personal data leakage controversy")
    const other = byTitle(library, '개혁신당 이준석')
    const result = buildLibrary('/x/seeds', seedPages(), [
      { action: 'unpair', ko: dsKo.id, en: dsEn.id },
      { action: 'pair', ko: other.id, en: dsEn.id },
    ], { readPage })
    expect(result.pairs.some((p) => p.ko === dsKo.id && p.en === dsEn.id)).toBe(false)
    expect(result.pairs).toContainEqual({ ko: other.id, en: dsEn.id, kind: 'full', confidence: 1, origin: 'manual' })
  })
})
