// The CLI reads what the app imports: saved HTML pages and legacy encodings, through the built `kobi`.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSeed } from '../ingest/seed-pages'
import { useTempDirs } from '../store/temp-dir'
import { newsPageHtml } from './news-page-html'

const root = path.resolve(__dirname, '../../..')
const encodings = path.join(root, 'test/fixtures/import/encodings')
const tempDir = useTempDirs()
const metro = loadSeed('000_')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'out/node/kobi.mjs'), ...args], { cwd: root, encoding: 'utf8' })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

describe('cli on saved HTML pages and legacy encodings', () => {
  it('aligns two news pages as the app aligns the seed pair', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ko.html'), newsPageHtml(metro.articles[7]))
    writeFileSync(path.join(dir, 'en.html'), newsPageHtml(metro.articles[3]))
    const r = cli('align', path.join(dir, 'ko.html'), path.join(dir, 'en.html'), '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as { ko: string[]; en: string[]; findings: { kind: string; koValue?: string }[] }
    expect([json.ko.length, json.en.length]).toEqual([27, 29])
    expect(json.findings.map((f) => [f.kind, f.koValue])).toEqual([['figure-mismatch', '2일']])
    expect(r.stdout).not.toMatch(/관련기사|Copyright|사진=/)
  })

  it('lists a folder of pages in every encoding, naming the binary and the empty file', () => {
    const dir = path.join(tempDir(), 'pages')
    mkdirSync(dir)
    for (const name of ['ko.cp949.txt', 'ko.euc-kr.txt', 'ko.utf-16be-bom.txt', 'ko.meta-euc-kr.html']) copyFileSync(path.join(encodings, name), path.join(dir, name))
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]))
    writeFileSync(path.join(dir, 'empty.txt'), '')
    const r = cli('library', dir, '--json')
    expect(r.code).toBe(0)
    const titles = (JSON.parse(r.stdout) as { articles: { title: string }[] }).articles.map((a) => a.title)
    expect(titles).toEqual(['똠방각하 햏자, 뷁 소리에 놀라다', '딥시크 개인정보 유출 논란 새 이슈', '똠방각하 햏자, 뷁 소리에 놀라다', '똠방각하 햏자, 뷁 소리에 놀라다'])
    expect(r.stderr).toContain('pages/blob.bin: This file looks like a binary file (a gzip archive), not a text page.')
    expect(r.stderr).toContain('pages/empty.txt: This page is empty.')
  })
})
