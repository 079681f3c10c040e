import { mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPageFiles } from '../../../node/files/read-page-files'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const koLine = '딥시크 개인정보 유출 논란 새 이슈…미·유럽 \'차단\'vs인도 \'환영\''

describe('readPageFiles', () => {
  it('reads the files of a folder in name order, skipping hidden files and subfolders', async () => {
    const root = tempDir()
    const dir = path.join(root, 'pages')
    mkdirSync(path.join(dir, 'sub'), { recursive: true })
    writeFileSync(path.join(dir, 'b.txt'), 'DeepSeek')
    writeFileSync(path.join(dir, 'a.txt'), koLine)
    writeFileSync(path.join(dir, '.DS_Store'), 'x')
    writeFileSync(path.join(dir, 'sub', 'c.txt'), 'nested')
    const { pages, problems } = await readPageFiles(dir)
    expect(problems).toEqual([])
    expect(pages.map((p) => p.source)).toEqual(['pages/a.txt', 'pages/b.txt'])
    expect(new TextDecoder().decode(pages[0].bytes)).toBe(koLine)
  })

  it('skips a file over the size limit with a clear problem', async () => {
    const dir = tempDir()
    // A sparse file: 51 MB on paper, nothing on disk.
    const fd = openSync(path.join(dir, 'huge.txt'), 'w')
    ftruncateSync(fd, 51 * 1024 * 1024)
    closeSync(fd)
    writeFileSync(path.join(dir, 'ok.txt'), koLine)
    const { pages, problems } = await readPageFiles(dir)
    expect(pages.map((p) => path.basename(p.source))).toEqual(['ok.txt'])
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toMatch(/huge\.txt is larger than 50 MB/)
  })

  it('reports an unreadable file (a broken link) and goes on', async () => {
    const dir = tempDir()
    symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'broken.txt'))
    writeFileSync(path.join(dir, 'ok.txt'), koLine)
    const { pages, problems } = await readPageFiles(dir)
    expect(pages).toHaveLength(1)
    expect(problems).toEqual([{ source: expect.stringMatching(/broken\.txt$/), message: expect.stringContaining('could not be read') }])
  })

  it('reports a missing folder instead of throwing', async () => {
    const missing = path.join(tempDir(), 'nope')
    const { pages, problems } = await readPageFiles(missing)
    expect(pages).toEqual([])
    expect(problems[0].message).toContain(missing)
  })
})
