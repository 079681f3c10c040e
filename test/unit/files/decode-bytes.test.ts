import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../node/files/decode-bytes'

// The fixtures were encoded by glibc's iconv (test/fixtures/import/encodings/make-fixtures.sh), not by
// iconv-lite, the decoder under test.
const dir = path.resolve(__dirname, '../../fixtures/import/encodings')
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dir, name)))
const source = (name: string): string => readFileSync(path.join(dir, name), 'utf8')
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decodeBytes: every encoding a Korean or English page comes in', () => {
  const korean = source('source-ko.txt')

  it('reads CP949, with the syllables a strict EUC-KR decoder mangles (똠, 햏, 뷁)', () => {
    const bytes = fixture('ko.cp949.txt')
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x8c, 0x63]) // 똠: outside EUC-KR's rows
    const result = decodeBytes(bytes)
    expect(result).toEqual({ ok: true, text: korean, encoding: 'euc-kr', by: 'detector' })
    expect(result.ok && ['똠', '햏', '뷁'].every((s) => result.text.includes(s))).toBe(true)
    // Node's own EUC-KR decoder is what the app used to rely on: it loses 똠.
    expect(new TextDecoder('euc-kr').decode(bytes)).not.toContain('똠')
  })

  it('reads plain EUC-KR as the same encoding', () => {
    expect(decodeBytes(fixture('ko.euc-kr.txt'))).toEqual({ ok: true, text: source('source-euc-kr.txt'), encoding: 'euc-kr', by: 'detector' })
  })

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(fixture('ko.utf-8.txt'))).toEqual({ ok: true, text: korean, encoding: 'utf-8', by: 'utf-8' })
    expect(decodeBytes(fixture('ko.utf-8-bom.txt'))).toEqual({ ok: true, text: korean, encoding: 'utf-8', by: 'bom' })
  })

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(fixture('ko.utf-16le-bom.txt'))).toEqual({ ok: true, text: korean, encoding: 'utf-16le', by: 'bom' })
    expect(decodeBytes(fixture('ko.utf-16be-bom.txt'))).toEqual({ ok: true, text: korean, encoding: 'utf-16be', by: 'bom' })
  })

  it('honours an HTML page’s <meta charset> and http-equiv declaration', () => {
    for (const name of ['ko.meta-euc-kr.html', 'ko.http-equiv.html']) {
      const result = decodeBytes(fixture(name))
      expect(result).toMatchObject({ ok: true, encoding: 'euc-kr', by: 'declared' })
      expect(result.ok && result.text).toContain('똠방각하로 불린 한 의원은 "햏자의 시대는 끝났다"며 뷁 소리를 냈다.')
    }
  })

  it('puts the BOM before the declaration, and the declaration before guessing', () => {
    // A UTF-8 BOM on a page that claims EUC-KR: the BOM wins, as in a browser.
    const page = '<html><head><meta charset="euc-kr"></head><body><p>똠방각하</p></body></html>'
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)]))).toMatchObject({ ok: true, text: page, encoding: 'utf-8', by: 'bom' })
    // A declaration of UTF-16 in an ASCII-compatible page cannot be true: it is read as UTF-8.
    const claims16 = '<html><head><meta charset="utf-16"></head><body><p>한국</p></body></html>'
    expect(decodeBytes(utf8(claims16))).toMatchObject({ ok: true, text: claims16, encoding: 'utf-8', by: 'declared' })
  })

  it('reads an English windows-1252 page by the detector', () => {
    const result = decodeBytes(fixture('en.windows-1252.txt'))
    expect(result).toMatchObject({ ok: true, by: 'detector' })
    expect(result.ok && result.text).toBe('Café owners welcome the “cherry blossom” budget\n\nThe extra budget of £67.1 billion was agreed on the 2nd.\n')
  })

  it('normalises CRLF and NFC', () => {
    const decomposed = '\u1112\u1161\u11ab' // 한 as conjoining jamo
    expect(decodeBytes(utf8(`${decomposed}국\r\n둘째 줄\r셋째`))).toEqual({ ok: true, text: '한국\n둘째 줄\n셋째', encoding: 'utf-8', by: 'utf-8' })
  })

  it('keeps a UTF-8 page cut mid-character as UTF-8 rather than legacy mojibake', () => {
    const text = '반도체 업계의 숙원과도 같은 반도체특별법에 세간의 이목이 집중되고 있다. 한'
    const bytes = utf8(text)
    const result = decodeBytes(bytes.slice(0, bytes.length - 1))
    expect(result.ok && result.encoding).toBe('utf-8')
    expect(result.ok && result.text).toBe(`${text.slice(0, -1)}\ufffd`)
  })
})

describe('decodeBytes: bad input', () => {
  const page = '<h1>딥시크 개인정보 유출 논란</h1>\n<p>DeepSeek\'s personal data leak: 미·유럽 \'차단\' vs 인도 \'환영\' (2일).</p>\n'

  it('rejects binary files with a clear message', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x42, 0x43]))).toEqual({ ok: false, message: expect.stringContaining('looks like a binary file, not a text page') })
    expect(decodeBytes(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).ok).toBe(false)
    const png = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.ok === false && png.message).toContain('PNG')
    // BOM-less UTF-16 has a NUL in every other byte: it is not guessed at, so it reads as binary.
    expect(decodeBytes(new Uint8Array(Buffer.from(page, 'utf16le'))).ok).toBe(false)
    const counters = new Uint8Array(new Uint32Array(Array.from({ length: 100 }, (_, i) => i * 1000)).buffer)
    expect(decodeBytes(counters).ok).toBe(false)
  })

  it('rejects empty and whitespace-only pages', () => {
    const empty = decodeBytes(new Uint8Array())
    expect(empty.ok === false && empty.message).toBe('This page is empty.')
    const blank = decodeBytes(utf8(' \n\t\u00a0\r\n '))
    expect(blank.ok === false && blank.message).toMatch(/empty/)
    const bomOnly = decodeBytes(new Uint8Array([0xff, 0xfe]))
    expect(bomOnly.ok === false && bomOnly.message).toMatch(/empty/)
  })

  it('rejects pages over 50 MB', () => {
    const huge = decodeBytes(new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41))
    expect(huge.ok === false && huge.message).toMatch(/50 MB/)
  })

  it('keeps a text page with a few stray NUL bytes, drops them and says so', () => {
    const text = `${page.repeat(5)}끝`
    const bytes = utf8(text)
    const withNuls = new Uint8Array([...bytes.slice(0, 10), 0, ...bytes.slice(10, 40), 0, 0, ...bytes.slice(40)])
    expect(decodeBytes(withNuls)).toEqual({ ok: true, text, encoding: 'utf-8', by: 'utf-8', note: '3 stray NUL bytes were dropped.' })
  })

  it('still calls a file binary when NULs are a real share of its bytes', () => {
    const every20th = utf8(page).map((b, i) => (i % 20 === 0 ? 0 : b))
    expect(decodeBytes(every20th)).toEqual({ ok: false, message: expect.stringContaining('looks like a binary file') })
  })

  it('answers a megabyte of noise in bounded time', () => {
    let seed = 7
    const noise = new Uint8Array(1024 * 1024).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return 0x80 + (seed % 0x7f)
    })
    const t0 = performance.now()
    decodeBytes(noise)
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
