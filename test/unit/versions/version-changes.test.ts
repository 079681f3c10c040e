import { describe, expect, it } from 'vitest'
import { compareArticles } from '../../../shared/lib/compare/compare-articles'
import { pastedEnglishArticle } from '../../../shared/lib/versions/pasted-article'
import { versionChanges, versionRows } from '../../../shared/lib/versions/version-changes'
import { deepSeekPair } from '../work/long-pair'

describe('two English versions of the DeepSeek article', () => {
  const { ko, en } = deepSeekPair()
  const first = compareArticles(ko, en)
  // The edit adds the dropped date and breaks a figure (52% → 25%).
  const edited = en.paragraphs.join('\n').replace('including Bloomberg,', 'including Bloomberg, on the 2nd,').replace('52%', '25%')
  const second = compareArticles(ko, pastedEnglishArticle(edited, ko.id))

  it('counts the 2일 finding as fixed and the changed percentage as introduced', () => {
    const changes = versionChanges(first, second)
    expect(changes.fixed.map((f) => f.koValue)).toEqual(['2일'])
    expect(changes.introduced.some((f) => f.kind === 'figure-mismatch' && f.enValue === '25%')).toBe(true)
    expect(changes.kept).toHaveLength(first.findings.length - 1)
  })

  it('puts each version\'s English beside the same Korean sentences', () => {
    const rows = versionRows(first, second)
    expect(rows).toHaveLength(first.links.length)
    const irish = rows.find((r) => r.ko.includes(17))!
    expect(irish.first).toHaveLength(2)
    expect(irish.second).toHaveLength(2)
    // Every sentence of the second version is on some row, once.
    expect(rows.flatMap((r) => r.second).sort((a, b) => a - b)).toEqual([...second.en.keys()])
  })

  it('reads pasted text as paragraphs, one a line, and refuses Korean or empty text', () => {
    expect(pastedEnglishArticle('One.\r\n\r\nTwo.\n', 'k').paragraphs).toEqual(['One.', 'Two.'])
    expect(() => pastedEnglishArticle('  \n', 'k')).toThrow('empty')
    expect(() => pastedEnglishArticle('딥시크의 충격파가 전 세계를 강타하고 있다.', 'k')).toThrow(/Korean/)
  })
})
