import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pastedPairNames, safeFileName, writeImportedFile } from '../../../node/files/imported-pages'
import { useTempDirs } from '../store/temp-dir'

const tempDir = useTempDirs()

describe('safeFileName', () => {
  it('keeps an ordinary name, Korean included', () => {
    expect(safeFileName('딥시크 기사 (2월 2일).html')).toBe('딥시크 기사 (2월 2일).html')
  })

  it('drops folder parts and never leaves the folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('C:\\Users\\me\\page.htm')).toBe('page.htm')
    expect(safeFileName('..')).toBe('page')
    expect(safeFileName('')).toBe('page')
  })

  it('replaces control and reserved characters, drops leading dots, avoids device names', () => {
    expect(safeFileName('a\u0000b\nc<d>:e"f|g?h*.txt')).toBe('a_b_c_d__e_f_g_h_.txt')
    expect(safeFileName('.hidden.txt')).toBe('hidden.txt')
    expect(safeFileName('CON.txt')).toBe('page-CON.txt')
    expect(safeFileName('nul')).toBe('page-nul')
  })

  it('bounds the length and keeps the extension', () => {
    const long = `${'가'.repeat(300)}.html`
    const safe = safeFileName(long)
    expect([...safe].length).toBe(100)
    expect(safe.endsWith('.html')).toBe(true)
  })
})

describe('writeImportedFile', () => {
  it('writes under a free name, and reuses the file holding the same bytes', async () => {
    const folder = path.join(tempDir(), 'imported')
    const a = new TextEncoder().encode('첫 기사')
    const b = new TextEncoder().encode('다른 기사')
    expect(await writeImportedFile(folder, 'story.txt', a)).toEqual({ ok: true, fileName: 'story.txt', existed: false })
    expect(await writeImportedFile(folder, 'story.txt', a)).toEqual({ ok: true, fileName: 'story.txt', existed: true })
    expect(await writeImportedFile(folder, 'story.txt', b)).toEqual({ ok: true, fileName: 'story (2).txt', existed: false })
    expect(readdirSync(folder).sort()).toEqual(['story (2).txt', 'story.txt'])
    expect(readFileSync(path.join(folder, 'story (2).txt'), 'utf8')).toBe('다른 기사')
  })

  it('names pasted pairs by time, with a Korean and an English file', () => {
    const names = pastedPairNames(new Date('2025-02-02T07:27:48Z'))
    expect(names.ko).toMatch(/^pasted-20250202-072748-[0-9a-f]{4}-ko\.txt$/)
    expect(names.en).toBe(names.ko.replace(/-ko\.txt$/, '-en.txt'))
  })
})
