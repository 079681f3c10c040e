import { describe, expect, it } from 'vitest'
import { decodePage } from '../../../shared/lib/ingest/decode-page'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** EUC-KR has no built-in encoder; build the reverse table of the Hangul rows with the decoder itself. */
function eucKr(text: string): Uint8Array {
  const table = new Map<string, [number, number]>()
  const decoder = new TextDecoder('euc-kr')
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail])
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0) as number
    if (code < 0x80) out.push(code)
    else out.push(...(table.get(ch) ?? [0x3f]))
  }
  return new Uint8Array(out)
}

describe('decodePage', () => {
  it('decodes UTF-8, strips the BOM, normalises CRLF and NFC', () => {
    const decomposed = '\u1112\u1161\u11ab' // 한 as conjoining jamo
    const result = decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${decomposed}국\r\n둘째 줄\r셋째`)]))
    expect(result).toEqual({ ok: true, text: '한국\n둘째 줄\n셋째', encoding: 'utf-8' })
  })

  it('decodes EUC-KR bytes written by hand (한국 = C7 D1 B1 B9)', () => {
    const result = decodePage(new Uint8Array([0xc7, 0xd1, 0xb1, 0xb9, 0x0a]))
    expect(result).toEqual({ ok: true, text: '한국\n', encoding: 'euc-kr' })
  })

  it('decodes a whole Korean sentence in EUC-KR', () => {
    const sentence = '국민의힘이 2일 여야정 협의체에서 추가경정예산(추경)을 논의하자고 제안했다.'
    const bytes = eucKr(sentence)
    expect(Array.from(bytes.slice(0, 2))).toEqual([0xb1, 0xb9]) // 국
    expect(decodePage(bytes)).toEqual({ ok: true, text: sentence, encoding: 'euc-kr' })
  })

  it('keeps a UTF-8 page cut mid-character as UTF-8 (with a replacement char) rather than EUC-KR mojibake', () => {
    const text = '반도체 업계의 숙원과도 같은 반도체특별법에 세간의 이목이 집중되고 있다. 한'
    const bytes = utf8(text)
    const result = decodePage(bytes.slice(0, bytes.length - 1))
    expect(result.ok && result.encoding).toBe('utf-8')
    expect(result.ok && result.text).toBe(`${text.slice(0, -1)}\ufffd`)
  })

  it('rejects binary files with a clear message', () => {
    const nul = decodePage(new Uint8Array([0x41, 0x00, 0x42, 0x43]))
    expect(nul).toEqual({ ok: false, message: expect.stringContaining('looks like a binary file, not a text page') })
    const control = decodePage(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))
    expect(control.ok).toBe(false)
    const png = decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.ok === false && png.message).toContain('PNG')
  })

  it('rejects empty and whitespace-only pages', () => {
    const empty = decodePage(new Uint8Array())
    expect(empty.ok === false && empty.message).toMatch(/empty/)
    const blank = decodePage(utf8(' \n\t\u00a0\r\n '))
    expect(blank.ok === false && blank.message).toMatch(/empty/)
  })

  it('rejects pages over 50 MB', () => {
    const huge = decodePage(new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41))
    expect(huge.ok === false && huge.message).toMatch(/50 MB/)
  })

  it('rejects bytes that are neither UTF-8 nor EUC-KR', () => {
    const junk = new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 0xff : 0x80)))
    expect(decodePage(junk).ok).toBe(false)
  })

  const page = '<h1>딥시크 개인정보 유출 논란</h1>\n<p>DeepSeek\'s personal data leak: 미·유럽 \'차단\' vs 인도 \'환영\' (2일).</p>\n'

  it('keeps a text page with a few stray NUL bytes, drops them and says so', () => {
    const text = `${page.repeat(5)}끝`
    const bytes = utf8(text)
    const withNuls = new Uint8Array([...bytes.slice(0, 10), 0, ...bytes.slice(10, 40), 0, 0, ...bytes.slice(40)])
    const result = decodePage(withNuls)
    expect(result).toEqual({ ok: true, text, encoding: 'utf-8', note: '3 stray NUL bytes were dropped.' })
  })

  it('still calls a file binary when NULs are a real share of its bytes', () => {
    const bytes = utf8(page)
    const every20th = bytes.map((b, i) => (i % 20 === 0 ? 0 : b))
    expect(decodePage(every20th)).toEqual({ ok: false, message: expect.stringContaining('looks like a binary file') })
  })

  it('decodes UTF-16 LE and BE without a BOM (Korean and English)', () => {
    const le = new Uint8Array(Buffer.from(page, 'utf16le'))
    expect(decodePage(le)).toEqual({ ok: true, text: page, encoding: 'utf-16le' })
    const be = new Uint8Array(Buffer.from(page, 'utf16le').swap16())
    expect(decodePage(be)).toEqual({ ok: true, text: page, encoding: 'utf-16be' })
    const korean = '반도체 업계의 숙원과도 같은 반도체특별법에 세간의 이목이 집중되고 있다.\n'
    expect(decodePage(new Uint8Array(Buffer.from(korean, 'utf16le')))).toEqual({ ok: true, text: korean, encoding: 'utf-16le' })
  })

  it('decodes UTF-16 with a BOM, dropping the BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('한국 news\r\n', 'utf16le')])
    expect(decodePage(le)).toEqual({ ok: true, text: '한국 news\n', encoding: 'utf-16le' })
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('한국 news', 'utf16le').swap16()])
    expect(decodePage(be)).toEqual({ ok: true, text: '한국 news', encoding: 'utf-16be' })
  })

  it('does not take binary data with many zero bytes for UTF-16', () => {
    // Zeros in every odd position, like UTF-16 LE ASCII, but the other bytes are not text.
    const fake = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 === 1 ? 0 : (i * 37) % 32)))
    expect(decodePage(fake).ok).toBe(false)
    const counters = new Uint8Array(new Uint32Array(Array.from({ length: 100 }, (_, i) => i * 1000)).buffer)
    expect(decodePage(counters).ok).toBe(false)
  })

  it('does not take EUC-KR (no zero bytes) for UTF-16', () => {
    expect(decodePage(eucKr('국민의힘이 2일 여야정 협의체에서 추가경정예산을 논의하자고 제안했다.'))).toMatchObject({ encoding: 'euc-kr' })
  })
})
