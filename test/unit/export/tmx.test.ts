import { describe, expect, it } from 'vitest'
import { xmlChars } from '../../../shared/lib/export/xml-text'
import { tmxDate, writeTmx } from '../../../shared/lib/export/write-tmx'
import { hostile, hostileExportPair, reviewedSeedPair, seedExportPair } from './export-fixtures'
import { hasXmllint, xmllint, xpathCount, xpathString } from './xmllint'

describe.runIf(hasXmllint())('TMX 1.4b export', () => {
  it('writes one valid <tu> per link of the seed pairs, Korean as the source', () => {
    const pairs = [seedExportPair('deepseek'), seedExportPair('openai')]
    const tmx = writeTmx(pairs, { only: 'all', createdAt: '2026-12-02T17:00:00.000Z' })
    const check = xmllint(tmx, 'tmx')
    expect(check.output).toBe('')
    expect(check.ok).toBe(true)
    const twoSided = pairs.flatMap((p) => p.comparison.links).filter((l) => l.ko.length > 0 && l.en.length > 0)
    expect(xpathCount(tmx, '//tu')).toBe(twoSided.length)
    expect(xpathString(tmx, '/tmx/header/@srclang')).toBe('ko-KR')
    expect(xpathString(tmx, '/tmx/header/@creationdate')).toBe('20261202T170000Z')
    expect(xpathString(tmx, '//tu[1]/tuv[1]/@xml:lang')).toBe('ko-KR')
    expect(xpathString(tmx, '//tu[1]/tuv[2]/@xml:lang')).toBe('en-US')
    const first = pairs[0].comparison
    expect(xpathString(tmx, '//tu[1]/tuv[1]/seg')).toBe(first.links[0].ko.map((i) => first.ko[i].text).join(' '))
    expect(xpathString(tmx, '//tu[1]/tuv[2]/seg')).toBe(first.links[0].en.map((i) => first.en[i].text).join(' '))
  })

  it('leaves omissions out, carries findings as props and notes, and verdicts and reviewer notes', () => {
    const { pair, noteLinkId } = reviewedSeedPair()
    const tmx = writeTmx([pair], { only: 'all' })
    expect(xmllint(tmx, 'tmx').ok).toBe(true)
    expect(xpathString(tmx, `//tu[prop[@type="x-kobi-verdict"]][1]/prop[@type="x-kobi-verdict"]`)).toMatch(/: confirmed$/)
    expect(xpathString(tmx, `//tu[prop[@type="x-kobi-link"]="${noteLinkId}"]/note`)).toContain(`Check the headline & ${hostile.img}`)
    expect(xpathCount(tmx, '//prop[@type="x-kobi-finding"]')).toBeGreaterThan(0)
  })

  it('keeps only flagged or confirmed links when asked', () => {
    const { pair } = reviewedSeedPair()
    const flagged = writeTmx([pair], { only: 'flagged' })
    const confirmed = writeTmx([pair], { only: 'confirmed' })
    expect(xmllint(flagged, 'tmx').ok).toBe(true)
    expect(xmllint(confirmed, 'tmx').ok).toBe(true)
    expect(xpathCount(flagged, '//tu[not(prop[@type="x-kobi-finding"])]')).toBe(0)
    expect(xpathCount(confirmed, '//tu')).toBe(1)
    expect(xpathCount(writeTmx([seedExportPair('openai')], { only: 'confirmed' }), '//tu')).toBe(0)
  })

  it('keeps hostile text as text and stays valid', () => {
    const pair = hostileExportPair()
    const tmx = writeTmx([pair], { only: 'all' })
    const check = xmllint(tmx, 'tmx')
    expect(check.output).toBe('')
    expect(tmx).not.toContain('<script>')
    const segs = pair.comparison.links.filter((l) => l.ko.length && l.en.length).map((l) => xmlChars(l.ko.map((i) => pair.comparison.ko[i].text).join(' ')))
    for (let i = 0; i < segs.length; i++) expect(xpathString(tmx, `//tu[${i + 1}]/tuv[1]/seg`)).toBe(segs[i])
    expect(segs.join(' ')).toContain(hostile.script)
    expect(xpathString(tmx, '//tu[1]/prop[@type="x-kobi-ko-article"]')).toBe(pair.ko.id)
    expect(xpathString(tmx, '//tu[1]/@tuid')).toBe(`${pair.ko.id} ${pair.comparison.links[0].id}`)
  })

  it('formats TMX dates in UTC', () => {
    expect(tmxDate('2025-02-02T16:14:19+09:00')).toBe('20250202T071419Z')
  })
})
