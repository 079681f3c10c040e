import { execFileSync } from 'node:child_process'
import { mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPageFiles } from '../../../node/files/read-page-files'
import { useTempDirs } from './temp-dir'
import { pageLimits } from '../../../shared/lib/ingest/page-limits'

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
    const dir = path.join(tempDir(), 'pages')
    mkdirSync(dir)
    symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'broken.txt'))
    writeFileSync(path.join(dir, 'ok.txt'), koLine)
    const { pages, problems } = await readPageFiles(dir)
    expect(pages).toHaveLength(1)
    expect(problems).toEqual([{ source: 'pages/broken.txt', message: 'pages/broken.txt is a link to a file that does not exist.' }])
  })

  it('reports a missing folder instead of throwing', async () => {
    const missing = path.join(tempDir(), 'nope')
    const { pages, problems } = await readPageFiles(missing)
    expect(pages).toEqual([])
    expect(problems[0].message).toContain(missing)
  })

  const posix = process.platform !== 'win32'

  /** A folder named `pages` in a fresh temp dir, with one good page, ok.txt. */
  function pagesDir(): string {
    const dir = path.join(tempDir(), 'pages')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'ok.txt'), koLine)
    return dir
  }

  it.skipIf(!posix)('refuses a FIFO without opening it (opening one blocks forever)', { timeout: 5000 }, async () => {
    const dir = pagesDir()
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')])
    const { pages, problems } = await readPageFiles(dir)
    expect(pages.map((p) => p.source)).toEqual(['pages/ok.txt'])
    expect(problems).toEqual([{ source: 'pages/pipe.txt', message: 'pages/pipe.txt is not a regular file (it is a named pipe).' }])
  })

  it.skipIf(!posix)('refuses a socket', async () => {
    const dir = pagesDir()
    const server: Server = createServer()
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'sock.txt'), resolve))
    try {
      const { pages, problems } = await readPageFiles(dir)
      expect(pages).toHaveLength(1)
      expect(problems).toEqual([{ source: 'pages/sock.txt', message: 'pages/sock.txt is not a regular file (it is a socket).' }])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it.skipIf(!posix)('refuses links that leave the folder, keeps links inside it', async () => {
    const root = tempDir()
    const dir = path.join(root, 'pages')
    mkdirSync(path.join(dir, 'sub'), { recursive: true })
    writeFileSync(path.join(dir, 'ok.txt'), koLine)
    writeFileSync(path.join(dir, 'sub', 'nested.txt'), 'DeepSeek')
    writeFileSync(path.join(root, 'outside.txt'), 'secret')
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'))
    symlinkSync('../outside.txt', path.join(dir, 'relative.txt'))
    symlinkSync(path.join(root, 'outside.txt'), path.join(dir, 'absolute.txt'))
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'))
    symlinkSync('ok.txt', path.join(dir, 'alias.txt'))
    symlinkSync('sub/nested.txt', path.join(dir, 'nested-alias.txt'))
    symlinkSync('sub', path.join(dir, 'sub-link')) // a link to a subfolder is skipped like the subfolder
    const { pages, problems } = await readPageFiles(dir)
    expect(pages.map((p) => p.source)).toEqual(['pages/alias.txt', 'pages/nested-alias.txt', 'pages/ok.txt'])
    expect(new TextDecoder().decode(pages[0].bytes)).toBe(koLine)
    expect(problems).toEqual(
      ['absolute.txt', 'passwd.txt', 'relative.txt', 'zero.txt'].map((name) => ({
        source: `pages/${name}`,
        message: `pages/${name} points outside the library folder.`,
      })),
    )
  })

  it.skipIf(!posix)('names a symbolic link loop as such, not as a raw ELOOP', async () => {
    const dir = pagesDir()
    symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'))
    symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'))
    symlinkSync('self.txt', path.join(dir, 'self.txt'))
    const { pages, problems } = await readPageFiles(dir)
    expect(pages).toHaveLength(1)
    expect(problems.map((p) => p.message)).toEqual([
      'pages/loop-a.txt is a symbolic link loop.',
      'pages/loop-b.txt is a symbolic link loop.',
      'pages/self.txt is a symbolic link loop.',
    ])
  })

  it.skipIf(process.platform !== 'linux')('reads a file whose name is not valid UTF-8, named with U+FFFD', async () => {
    const dir = pagesDir()
    writeFileSync(Buffer.concat([Buffer.from(dir + path.sep), Buffer.from([0x66, 0xff, 0x2e, 0x74, 0x78, 0x74])]), 'DeepSeek')
    const { pages, problems } = await readPageFiles(dir)
    expect(problems).toEqual([])
    expect(pages.map((p) => p.source)).toEqual(['pages/f\ufffd.txt', 'pages/ok.txt'])
    expect(new TextDecoder().decode(pages[0].bytes)).toBe('DeepSeek')
  })

  it('stops at the folder byte budget, names each file it skips, and reads the rest', async () => {
    const dir = path.join(tempDir(), 'pages')
    mkdirSync(dir)
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(path.join(dir, name), 'x'.repeat(100))
    writeFileSync(path.join(dir, 'd.txt'), 'x'.repeat(40))
    writeFileSync(path.join(dir, 'e.txt'), 'x'.repeat(500))
    const limits = { maxFileBytes: 200, maxFolderBytes: 250, maxFolderFiles: 10 }
    const { pages, problems } = await readPageFiles(dir, limits)
    expect(pages.map((p) => p.source)).toEqual(['pages/a.txt', 'pages/b.txt', 'pages/d.txt'])
    expect(problems).toEqual([
      { source: 'pages/c.txt', message: "pages/c.txt was skipped: the folder's pages together pass 250 bytes, the most read from one folder." },
      { source: 'pages/e.txt', message: 'pages/e.txt is larger than 200 bytes.' },
    ])
  })

  it('reads at most the folder file count and says which files were left out', async () => {
    const dir = path.join(tempDir(), 'pages')
    mkdirSync(dir)
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']) writeFileSync(path.join(dir, name), name)
    const { pages, problems } = await readPageFiles(dir, { ...pageLimits, maxFolderFiles: 3 })
    expect(pages.map((p) => p.source)).toEqual(['pages/a.txt', 'pages/b.txt', 'pages/c.txt'])
    expect(problems).toEqual([
      { source: 'pages/d.txt', message: 'pages holds 5 files, more than the 3 read from one folder; the last 2 (from d.txt on) were skipped.' },
    ])
  })

  it('has one set of limits: 50 MB a page, 200 MB and 5,000 files a folder', () => {
    expect(pageLimits).toEqual({ maxFileBytes: 50 * 1024 * 1024, maxFolderBytes: 200 * 1024 * 1024, maxFolderFiles: 5000 })
  })
})
