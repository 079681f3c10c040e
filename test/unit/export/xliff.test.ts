import { describe, expect, it } from 'vitest'
import { xmlChars } from '../../../shared/lib/export/xml-text'
import { writeXliff } from '../../../shared/lib/export/write-xliff'
import { hostile, hostileExportPair, reviewedSeedPair, seedExportPair } from './export-fixtures'
import { hasXmllint, xmllint, xpathCount, xpathString } from './xmllint'

const x = (name: string) => `*[local-name()="${name}"]`

describe.runIf(hasXmllint())('XLIFF 2.0 export', () => {
  it('writes one file per pair and one unit per link, valid against the core schema', () => {
    const pairs = [seedExportPair('deepseek'), seedExportPair('openai')]
    const xliff = writeXliff(pairs, { only: 'all' })
    const check = xmllint(xliff, 'xliff')
    expect(check.ok, check.output).toBe(true)
    expect(xpathCount(xliff, `//${x('file')}`)).toBe(2)
    expect(xpathCount(xliff, `//${x('unit')}`)).toBe(pairs[0].comparison.links.length + pairs[1].comparison.links.length)
    expect(xpathString(xliff, `/${x('xliff')}/@srcLang`)).toBe('ko-KR')
    const first = pairs[0].comparison
    expect(xpathString(xliff, `//${x('unit')}[1]/@name`)).toBe(first.links[0].id)
    expect(xpathString(xliff, `//${x('unit')}[1]//${x('target')}`)).toBe(first.links[0].en.map((i) => first.en[i].text).join(' '))
  })

  it('writes findings, verdicts, reviewer notes and orphaned notes as notes', () => {
    const { pair } = reviewedSeedPair()
    const xliff = writeXliff([pair], { only: 'all' })
    expect(xmllint(xliff, 'xliff').ok).toBe(true)
    expect(xpathString(xliff, `//${x('note')}[@category="verdict"]`)).toMatch(/confirmed$/)
    expect(xpathString(xliff, `//${x('note')}[@category="figure-mismatch"][@priority="1"]`)).not.toBe('')
    expect(xpathString(xliff, `//${x('unit')}[1]//${x('note')}[@category="reviewer"]`)).toContain(hostile.img)
    expect(xpathString(xliff, `/${x('xliff')}/${x('file')}/${x('notes')}/${x('note')}[@category="reviewer"]`)).toContain('사라진 문장 <i>')
  })

  it('gives an omission a unit without a target, and stays valid when the filter leaves nothing', () => {
    const pair = hostileExportPair()
    const omission = pair.comparison.links.findIndex((l) => l.en.length === 0)
    expect(omission).toBeGreaterThanOrEqual(0)
    const xliff = writeXliff([pair], { only: 'all' })
    expect(xmllint(xliff, 'xliff').ok).toBe(true)
    expect(xpathCount(xliff, `//${x('unit')}[@id="u${omission + 1}"]//${x('target')}`)).toBe(0)
    expect(xpathString(xliff, `//${x('unit')}[@id="u${omission + 1}"]//${x('source')}`)).toContain('넷스코프')
    const empty = writeXliff([seedExportPair('openai')], { only: 'confirmed' })
    expect(xmllint(empty, 'xliff').ok).toBe(true)
    expect(xpathCount(empty, `//${x('segment')}`)).toBe(1)
  })

  it('keeps hostile text as text', () => {
    const pair = hostileExportPair()
    const xliff = writeXliff([pair], { only: 'all' })
    const check = xmllint(xliff, 'xliff')
    expect(check.ok, check.output).toBe(true)
    expect(xliff).not.toContain('<script>')
    const c = pair.comparison
    c.links.forEach((link, i) => {
      expect(xpathString(xliff, `//${x('unit')}[${i + 1}]//${x('source')}`)).toBe(xmlChars(link.ko.map((k) => c.ko[k].text).join(' ')))
    })
    expect(xpathString(xliff, `//${x('file')}/${x('notes')}/${x('note')}[1]`)).toContain(`${hostile.script} 제목 & "따옴표"`)
    expect(xpathString(xliff, `//${x('file')}/@original`)).toBe(pair.ko.source)
  })
})
