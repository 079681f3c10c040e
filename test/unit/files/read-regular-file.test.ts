import { execFileSync } from 'node:child_process'
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRegularFile } from '../../../node/files/read-regular-file'
import { useTempDirs } from '../store/temp-dir'

const tempDir = useTempDirs()
const posix = process.platform !== 'win32'
const linux = process.platform === 'linux'

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    const file = path.join(tempDir(), 'page.txt')
    writeFileSync(file, '한국 news')
    const read = await readRegularFile(file, { name: 'page.txt', maxBytes: 100 })
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('한국 news')
  })

  it('names a missing file, and a path through a file, as not existing', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'file.txt'), 'x')
    expect(await readRegularFile(path.join(dir, 'nope.txt'), { name: 'nope.txt', maxBytes: 100 })).toEqual({
      ok: false,
      refusal: 'missing',
      message: 'nope.txt does not exist.',
    })
    const through = await readRegularFile(path.join(dir, 'file.txt', 'x'), { name: 'x', maxBytes: 100 })
    expect(through.ok === false && through.message).toBe('x does not exist.')
  })

  it('refuses a file over the limit without reading it', async () => {
    const file = path.join(tempDir(), 'big.txt')
    writeFileSync(file, 'x'.repeat(101))
    expect(await readRegularFile(file, { name: 'big.txt', maxBytes: 100 })).toEqual({
      ok: false,
      refusal: 'too-large',
      size: 101,
      message: 'big.txt is larger than 100 bytes.',
    })
    expect((await readRegularFile(file, { name: 'big.txt', maxBytes: 101 })).ok).toBe(true)
  })

  it.skipIf(!posix)('refuses a FIFO at once instead of blocking on open', { timeout: 5000 }, async () => {
    const fifo = path.join(tempDir(), 'pipe')
    execFileSync('mkfifo', [fifo])
    const read = await readRegularFile(fifo, { name: 'pipe', maxBytes: 100 })
    expect(read).toEqual({ ok: false, refusal: 'not-regular', message: 'pipe is not a regular file (it is a named pipe).' })
  })

  it.skipIf(!posix)('refuses /dev/zero, directly and through a link', { timeout: 5000 }, async () => {
    expect(await readRegularFile('/dev/zero', { name: '/dev/zero', maxBytes: 100 })).toMatchObject({
      ok: false,
      message: '/dev/zero is not a regular file (it is a device).',
    })
    const link = path.join(tempDir(), 'zero.txt')
    symlinkSync('/dev/zero', link)
    expect(await readRegularFile(link, { name: 'zero.txt', maxBytes: 100 })).toMatchObject({ refusal: 'not-regular' })
  })

  it.skipIf(!linux)('reads no more than the cap from a file that says it is empty but is not (/proc)', async () => {
    // /proc files state size 0; only the capped read through the handle stops this one.
    const read = await readRegularFile('/proc/self/maps', { name: 'maps', maxBytes: 16 })
    expect(read).toMatchObject({ ok: false, refusal: 'too-large', size: 17, message: 'maps is larger than 16 bytes.' })
  })

  it('calls a folder a folder', async () => {
    const read = await readRegularFile(tempDir(), { name: 'dir', maxBytes: 100 })
    expect(read).toMatchObject({ ok: false, refusal: 'folder', message: 'dir is a folder, not a file.' })
  })

  it.skipIf(!posix)('with `within`, follows links inside the folder and refuses those that leave it', async () => {
    const root = tempDir()
    const lib = path.join(root, 'lib')
    mkdirSync(lib)
    writeFileSync(path.join(lib, 'a.txt'), 'inside')
    writeFileSync(path.join(root, 'b.txt'), 'outside')
    symlinkSync('a.txt', path.join(lib, 'in.txt'))
    symlinkSync('../b.txt', path.join(lib, 'out.txt'))
    // A sibling whose name starts like the folder's is still outside it.
    mkdirSync(path.join(root, 'lib-2'))
    writeFileSync(path.join(root, 'lib-2', 'c.txt'), 'sibling')
    symlinkSync('../lib-2/c.txt', path.join(lib, 'sibling.txt'))
    const within = Buffer.from(realpathSync(lib))
    const inside = await readRegularFile(path.join(lib, 'in.txt'), { name: 'in.txt', maxBytes: 100, within })
    expect(inside.ok && new TextDecoder().decode(inside.bytes)).toBe('inside')
    for (const name of ['out.txt', 'sibling.txt']) {
      const read = await readRegularFile(path.join(lib, name), { name, maxBytes: 100, within })
      expect(read).toEqual({ ok: false, refusal: 'outside', message: `${name} points outside the library folder.` })
    }
    // Without a folder to stay in (the CLI's files), a link may point anywhere.
    expect((await readRegularFile(path.join(lib, 'out.txt'), { name: 'out.txt', maxBytes: 100 })).ok).toBe(true)
  })

  it.skipIf(!posix)('names link loops and dangling links', async () => {
    const dir = tempDir()
    symlinkSync('b', path.join(dir, 'a'))
    symlinkSync('a', path.join(dir, 'b'))
    symlinkSync('gone', path.join(dir, 'dangling'))
    expect(await readRegularFile(path.join(dir, 'a'), { name: 'a', maxBytes: 100 })).toEqual({
      ok: false,
      refusal: 'link-loop',
      message: 'a is a symbolic link loop.',
    })
    expect(await readRegularFile(path.join(dir, 'dangling'), { name: 'dangling', maxBytes: 100 })).toEqual({
      ok: false,
      refusal: 'broken-link',
      message: 'dangling is a link to a file that does not exist.',
    })
  })
})
