import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, copyFileSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../..')

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'out/node/kobi.mjs'), ...args], { cwd: root, encoding: 'utf8' })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

interface LibraryJson {
  articles: Array<Record<string, unknown>>
  pairs: Array<{ ko: string; en: string; kind: string; confidence: number }>
}

describe('cli library', () => {
  it('prints the JSON contract for the seed library', () => {
    const r = cli('library', 'seeds', '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as LibraryJson
    expect(json.articles).toHaveLength(34)
    expect(Object.keys(json.articles[0]).sort()).toEqual(['byline', 'id', 'lang', 'paragraphs', 'publishedAt', 'source', 'title', 'translator'])
    const deepseek = json.articles.find((a) => String(a.title).startsWith("DeepSeek's personal data"))!
    expect(deepseek).toMatchObject({ lang: 'en', translator: 'ChatGPT', publishedAt: '2025-02-02T16:27:48+09:00', source: 'seeds/000_77deed0654c30420.txt' })
    expect(json.pairs.filter((p) => p.kind === 'full')).toHaveLength(2)
    expect(json.pairs.find((p) => p.en === deepseek.id)).toMatchObject({ kind: 'full' })
  })

  it('prints a readable table without --json', () => {
    const r = cli('library', 'seeds')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('34 articles, 4 pairs')
    expect(r.stdout).toContain('딥시크 개인정보 유출 논란')
  })

  it('reports a bad file on stderr and goes on with the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-cli-'))
    writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 0, 0]))
    writeFileSync(path.join(dir, 'empty.txt'), '')
    copyFileSync(path.join(root, 'seeds/002_b20a16a07b6bd2de.txt'), path.join(dir, 'ydp.txt'))
    const r = cli('library', dir, '--json')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/binary\.bin/)
    expect(r.stderr).toMatch(/empty\.txt/)
    expect((JSON.parse(r.stdout) as LibraryJson).articles).toHaveLength(2)
  })

  it('fails with a clear message for a missing folder', () => {
    const r = cli('library', 'no/such/folder', '--json')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('No such folder: no/such/folder')
    expect(r.stdout).toBe('')
  })
})

describe('cli align', () => {
  it('aligns presegmented files and reports the sentence the English left out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-align-'))
    const ko = path.join(dir, 'ko.txt')
    const en = path.join(dir, 'en.txt')
    writeFileSync(ko, ['미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.', '', '네트워크 보안 업체 넷스코프에 따르면, 자사 고객사 중 52%가 이미 딥시크 접속을 완전히 차단했다.', '반면, 인도는 딥시크를 환영하는 분위기다.'].join('\n'))
    writeFileSync(en, ['The U.S. Navy and Department of Defense have also blocked employee access to DeepSeek.', 'In contrast, India has embraced DeepSeek.'].join('\n'))
    const r = cli('align', ko, en, '--presegmented', '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.ko).toHaveLength(3)
    expect(json.en).toHaveLength(2)
    expect(json.links.map((l: { ko: number[]; en: number[] }) => [l.ko, l.en])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ])
    expect(json.findings).toContainEqual(expect.objectContaining({ kind: 'omission', ko: [1], en: [] }))
  })

  it('aligns a pair of the library by article id', () => {
    const library = JSON.parse(cli('library', 'seeds', '--json').stdout) as LibraryJson
    const pair = library.pairs.find((p) => p.kind === 'full')!
    const r = cli('align', '--library', 'seeds', '--pair', pair.ko, '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.links.flatMap((l: { ko: number[] }) => l.ko)).toEqual(json.ko.map((_: string, i: number) => i))
    expect(json.links.flatMap((l: { en: number[] }) => l.en)).toEqual(json.en.map((_: string, i: number) => i))
  })
})

describe('cli check', () => {
  it('checks every pair and exits 1 when something was found', () => {
    const r = cli('check', 'seeds', '--json')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json.pairs).toHaveLength(2)
    const deepseek = json.pairs.find((p: { enTitle: string }) => p.enTitle.startsWith('DeepSeek'))
    expect(deepseek.findings).toContainEqual(expect.objectContaining({ kind: 'figure-mismatch', koValue: '2일' }))
  })

  it('exits 0 on a folder with nothing to check', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-check-'))
    copyFileSync(path.join(root, 'seeds/004_4509e4b0c6fd8211.txt'), path.join(dir, 'ge.txt'))
    const r = cli('check', dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('0 pairs checked, 0 findings')
  })
})

describe('cli --glossary', () => {
  it('warns about malformed lines and still runs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-glossary-'))
    const file = path.join(dir, 'glossary.txt')
    writeFileSync(file, 'mirae-asset | 미래에셋 | Mirae Asset\nnot an entry\n')
    const r = cli('library', 'seeds', '--json', '--glossary', file)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('lines 2 are not')
    expect((JSON.parse(r.stdout) as LibraryJson).pairs.filter((p) => p.kind === 'full')).toHaveLength(2)
  })

  it('fails clearly when the glossary file is missing', () => {
    const r = cli('check', 'seeds', '--glossary', 'no/such/glossary.txt')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('glossary no/such/glossary.txt could not be read')
  })
})

describe('cli align input files', () => {
  const posix = process.platform !== 'win32'

  function alignDir(): { dir: string; en: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'kobi-align-input-'))
    const en = path.join(dir, 'en.txt')
    writeFileSync(en, 'In contrast, India has embraced DeepSeek.')
    return { dir, en }
  }

  it('says a missing file does not exist', () => {
    const { dir, en } = alignDir()
    const r = cli('align', path.join(dir, 'ko.txt'), en)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`error: ${path.join(dir, 'ko.txt')} does not exist.\n`)
  })

  it.skipIf(!posix)('refuses a FIFO and /dev/zero at once instead of hanging', () => {
    const { dir, en } = alignDir()
    const fifo = path.join(dir, 'ko.txt')
    execFileSync('mkfifo', [fifo])
    const r = cli('align', fifo, en)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${fifo} is not a regular file`)
    const zero = cli('align', '/dev/zero', en)
    expect(zero.code).toBe(2)
    expect(zero.stderr).toContain('/dev/zero is not a regular file')
  })

  it('refuses a file over the page limit', () => {
    const { dir, en } = alignDir()
    const huge = path.join(dir, 'ko.txt')
    const fd = openSync(huge, 'w')
    ftruncateSync(fd, 51 * 1024 * 1024) // sparse: 51 MB on paper, nothing on disk
    closeSync(fd)
    const r = cli('align', huge, en)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${huge} is larger than 50 MB`)
  })
})
