import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { hostile } from './export-fixtures'
import { hasXmllint, xmllint, xpathCount } from './xmllint'

const root = path.resolve(__dirname, '../../..')

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'out/node/kobi.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

describe('cli export', () => {
  it.runIf(hasXmllint())('exports the whole seed library as valid XLIFF on stdout', () => {
    const r = cli('export', '--library', 'seeds', '--format', 'xliff')
    expect(r.code, r.stderr).toBe(0)
    expect(xmllint(r.stdout, 'xliff').ok).toBe(true)
    const pairs = (JSON.parse(cli('library', 'seeds', '--json').stdout) as { pairs: unknown[] }).pairs
    expect(xpathCount(r.stdout, '//*[local-name()="file"]')).toBe(pairs.length)
  })

  it('exports one pair as JSON holding the align --json contract', () => {
    const id = '000_77deed0654c30420.txt#7'
    const r = cli('export', '--library', 'seeds', '--pair', id, '--format', 'json')
    expect(r.code, r.stderr).toBe(0)
    const json = JSON.parse(r.stdout) as { pairs: Array<{ koArticle: { id: string }; ko: string[]; links: Array<{ id: string; ko: number[]; en: number[] }>; findings: Array<{ id: string }> }> }
    const align = JSON.parse(cli('align', '--library', 'seeds', '--pair', id, '--json').stdout) as typeof json.pairs[number]
    expect(json.pairs).toHaveLength(1)
    expect(json.pairs[0].koArticle.id).toBe(id)
    expect(json.pairs[0].ko).toEqual(align.ko)
    expect(json.pairs[0].links.map((l) => [l.id, l.ko, l.en])).toEqual(align.links.map((l) => [l.id, l.ko, l.en]))
    expect(json.pairs[0].findings.map((f) => f.id).sort()).toEqual(align.findings.map((f) => f.id).sort())
  })

  it('writes two text files as CSV with a BOM to -o, only the flagged links', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-export-'))
    const ko = path.join(dir, 'ko.txt')
    const en = path.join(dir, 'en.txt')
    const out = path.join(dir, 'out.csv')
    writeFileSync(ko, ['미 해군도 딥시크 접속을 차단했다.', `넷스코프에 따르면 고객사 중 52%가 ${hostile.script} 접속을 차단했다.`, '=1+1 인도는 딥시크를 환영한다.'].join('\n'))
    writeFileSync(en, ['The U.S. Navy has also blocked access to DeepSeek.', '=1+1 India has embraced DeepSeek.'].join('\n'))
    const r = cli('export', ko, en, '--presegmented', '--format', 'csv', '--only', 'flagged', '--bom', '-o', out)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^wrote 1 links of 1 pair to /)
    const rows = parse(readFileSync(out, 'utf8'), { bom: true }) as string[][]
    expect(rows).toHaveLength(2)
    expect(rows[1][5]).toBe(`넷스코프에 따르면 고객사 중 52%가 ${hostile.script} 접속을 차단했다.`)
    expect(rows[1][6]).toBe('')
    expect(rows[1][9]).toMatch(/^omission: /)
  })

  it.runIf(hasXmllint())('keeps hostile files well-formed in every XML format and as text in HTML', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-export-'))
    const ko = path.join(dir, 'ko.txt')
    const en = path.join(dir, 'en.txt')
    writeFileSync(ko, `가격은 ${hostile.script} ${hostile.amp} ${hostile.cdataEnd} 6710억원이다.\n${hostile.img} 둘째 문장이다.`)
    writeFileSync(en, `The price is ${hostile.script} ${hostile.amp} ${hostile.cdataEnd} 67.1 billion won.\n${hostile.img} The second sentence.`)
    const tmx = cli('export', ko, en, '--format', 'tmx')
    expect(xmllint(tmx.stdout, 'tmx').ok).toBe(true)
    expect(xpathCount(tmx.stdout, '//tu')).toBe(2)
    expect(xmllint(cli('export', ko, en, '--format', 'xliff').stdout, 'xliff').ok).toBe(true)
    const html = cli('export', ko, en, '--format', 'html').stdout
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;')
    expect(html).not.toMatch(/<script|<img/i)
  })

  it('names a missing or unknown format and a bad --only, with exit code 2', () => {
    const missing = cli('export', '--library', 'seeds')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('export needs --format tmx|xliff|csv|tsv|json|html')
    const unknown = cli('export', '--library', 'seeds', '--format', 'docx')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown export format docx')
    const only = cli('export', '--library', 'seeds', '--format', 'csv', '--only', 'some')
    expect(only.code).toBe(2)
    expect(only.stderr).toContain('--only takes flagged or confirmed, not some')
    const pair = cli('export', '--library', 'seeds', '--pair', 'nope', '--format', 'csv')
    expect(pair.code).toBe(2)
    expect(pair.stderr).toContain('No pair with article nope')
    expect(pair.stdout).toBe('')
  })
})
