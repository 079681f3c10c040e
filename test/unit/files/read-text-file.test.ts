import { execFileSync } from 'node:child_process'
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTextFile } from '../../../node/files/read-text-file'
import { useTempDirs } from '../store/temp-dir'

const tempDir = useTempDirs()
const posix = process.platform !== 'win32'

describe('readTextFile (the CLI inputs)', () => {
  it('reads and decodes a text file', async () => {
    const file = path.join(tempDir(), 'ko.txt')
    writeFileSync(file, '한국\r\n둘째 줄')
    expect(await readTextFile(file)).toEqual({ ok: true, text: '한국\n둘째 줄' })
  })

  it('says a missing file does not exist', async () => {
    expect(await readTextFile('ko.txt')).toEqual({ ok: false, message: 'ko.txt does not exist.' })
  })

  it.skipIf(!posix)('refuses a FIFO and /dev/zero at once', { timeout: 5000 }, async () => {
    const fifo = path.join(tempDir(), 'ko.txt')
    execFileSync('mkfifo', [fifo])
    expect(await readTextFile(fifo)).toEqual({ ok: false, message: `${fifo} is not a regular file (it is a named pipe).` })
    expect(await readTextFile('/dev/zero')).toEqual({ ok: false, message: '/dev/zero is not a regular file (it is a device).' })
  })

  it('refuses a file over the page limit', async () => {
    const file = path.join(tempDir(), 'huge.txt')
    const fd = openSync(file, 'w')
    ftruncateSync(fd, 51 * 1024 * 1024) // sparse: 51 MB on paper, nothing on disk
    closeSync(fd)
    expect(await readTextFile(file)).toEqual({ ok: false, message: `${file} is larger than 50 MB.` })
    expect(await readTextFile(file, { maxFileBytes: 10 })).toEqual({ ok: false, message: `${file} is larger than 10 bytes.` })
  })

  it('passes on what the decoder says of a binary file', async () => {
    const file = path.join(tempDir(), 'image.png')
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const read = await readTextFile(file)
    expect(read.ok === false && read.message).toMatch(/image\.png: .*PNG/)
  })
})
