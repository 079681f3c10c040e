import { formatLimit, pageLimits } from './page-limits'

export type PageEncoding = 'utf-8' | 'euc-kr' | 'utf-16le' | 'utf-16be'

export type DecodeResult =
  | { ok: true; text: string; encoding: PageEncoding; note?: string }
  | { ok: false; message: string }

/** How much of the file the control-character and UTF-16 tests look at; enough to judge, cheap on big files. */
const SNIFF_BYTES = 64 * 1024
/** Share of control bytes above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1
/** Text has no NUL; a few stray ones (a bad capture) are dropped, more than this share means a binary file. */
const MAX_NUL_SHARE = 0.01
/** A UTF-8 page cut mid-character has a few replacement chars; an EUC-KR page read as UTF-8 has one per syllable. */
const MAX_REPLACEMENT_SHARE = 0.02
/** A short UTF-8 page cut mid-character that is not EUC-KR either: keep it, a handful of chars are lost. */
const MAX_BROKEN_CHARS = 3
/** UTF-16 text has a zero byte in one of each pair's positions at every ASCII char (spaces, digits, tags). */
const MIN_UTF16_ZERO_SHARE = 0.1
/** …and almost none in the other position (U+AC00 가 and a few like it have a zero low byte). */
const MAX_UTF16_OTHER_ZERO_SHARE = 0.05
/** Share of UTF-16 units that must be ordinary text (ASCII, Latin, Hangul, Hanja, punctuation). */
const MIN_UTF16_TEXT_SHARE = 0.95

const BINARY = 'This file looks like a binary file, not a text page.'
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
]

/**
 * Turns a page file's bytes into normalised text (LF line ends, NFC). UTF-8 first; EUC-KR/CP949 when the
 * bytes are not UTF-8 but are clean EUC-KR, as older Korean sites still serve; UTF-16 with or without a BOM,
 * as Windows tools save. A few stray NUL bytes are dropped (and noted) rather than failing the page.
 */
export function decodePage(bytes: Uint8Array): DecodeResult {
  const limit = pageLimits.maxFileBytes
  if (bytes.length > limit) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    return { ok: false, message: `This file is too large to be a page (${mb} MB; the limit is ${formatLimit(limit)}).` }
  }
  if (bytes.length === 0) return { ok: false, message: 'This page is empty.' }
  const signature = signatureReason(bytes)
  if (signature) return { ok: false, message: signature }

  const utf16 = utf16Encoding(bytes)
  const decoded = utf16 ? { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, nuls: 0 } : decodeBytes(bytes)
  if (typeof decoded === 'string') return { ok: false, message: decoded }
  const text = decoded.text
    .replace(/^\ufeff/u, '')
    .replace(/\u0000/gu, '')
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
  if (/^[\s\u200b\u200c\u200d\u2060]*$/u.test(text)) {
    return { ok: false, message: 'This page is empty (it holds only white space).' }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, message: BINARY }
  if (decoded.nuls === 0) return { ok: true, text, encoding: decoded.encoding }
  const note = `${decoded.nuls} stray NUL ${decoded.nuls === 1 ? 'byte was' : 'bytes were'} dropped.`
  return { ok: true, text, encoding: decoded.encoding, note }
}

function signatureReason(bytes: Uint8Array): string | null {
  for (const [what, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return `This file looks like a binary file (${what}), not a text page.`
  }
  return null
}

/** UTF-16 by its BOM, or by zero bytes in every other position over units that read as ordinary text. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2)
  if (units < 2) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenZero++
    if (bytes[2 * i + 1] === 0) oddZero++
  }
  // Little-endian ASCII is "A\0": the zero sits in the odd (high) byte.
  const looks = (zero: number, other: number): boolean =>
    zero / units >= MIN_UTF16_ZERO_SHARE && other / units <= MAX_UTF16_OTHER_ZERO_SHARE
  const le = looks(oddZero, evenZero)
  if (!le && !looks(evenZero, oddZero)) return null
  let text = 0
  for (let i = 0; i < units; i++) {
    const [lo, hi] = le ? [bytes[2 * i], bytes[2 * i + 1]] : [bytes[2 * i + 1], bytes[2 * i]]
    if (isTextUnit((hi << 8) | lo)) text++
  }
  if (text / units < MIN_UTF16_TEXT_SHARE) return null
  return le ? 'utf-16le' : 'utf-16be'
}

/** Code units a Korean or English page is made of: ASCII, Latin, punctuation and symbols, Hangul, Hanja. */
function isTextUnit(u: number): boolean {
  return (
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) ||
    (u >= 0x1100 && u <= 0x11ff) ||
    (u >= 0x2000 && u <= 0x27ff) ||
    (u >= 0x3000 && u <= 0x33ff) ||
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0xac00 && u <= 0xd7a3) ||
    (u >= 0xfeff && u <= 0xffef)
  )
}

/** UTF-8 or EUC-KR bytes; a message when they are binary. */
function decodeBytes(bytes: Uint8Array): (Decoded & { nuls: number }) | string {
  let nuls = 0
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nuls++
  if (nuls / bytes.length > MAX_NUL_SHARE) return BINARY
  const clean = nuls > 0 ? bytes.filter((b) => b !== 0) : bytes
  let control = 0
  const n = Math.min(clean.length, SNIFF_BYTES)
  for (let i = 0; i < n; i++) if (isControlByte(clean[i])) control++
  if (control / n > MAX_CONTROL_SHARE) return BINARY
  const decoded = decodeText(clean)
  if (!decoded) return 'This file is neither UTF-8 nor EUC-KR text; it may be a binary file, not a text page.'
  return { ...decoded, nuls }
}

/** C0 controls other than tab, LF, FF, CR and ESC-free text; DEL too. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f
}

function controlShare(text: string): number {
  const sample = text.slice(0, SNIFF_BYTES)
  const control = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u0080-\u009f]/gu)?.length ?? 0
  return control / Math.max(1, sample.length)
}

interface Decoded {
  readonly text: string
  readonly encoding: PageEncoding
}

function decodeText(bytes: Uint8Array): Decoded | null {
  const strict = tryDecode('utf-8', bytes)
  if (strict !== null) return { text: strict, encoding: 'utf-8' }

  const lossy = new TextDecoder('utf-8').decode(bytes)
  const broken = replacements(lossy)
  // A capture truncated mid-character is still a UTF-8 page; don't let it pass for EUC-KR mojibake.
  if (broken.share <= MAX_REPLACEMENT_SHARE) return { text: lossy, encoding: 'utf-8' }
  const euc = tryDecode('euc-kr', bytes)
  if (euc !== null) return { text: euc, encoding: 'euc-kr' }
  if (broken.count <= MAX_BROKEN_CHARS) return { text: lossy, encoding: 'utf-8' }

  const lossyEuc = new TextDecoder('euc-kr').decode(bytes)
  if (replacements(lossyEuc).share <= MAX_REPLACEMENT_SHARE) return { text: lossyEuc, encoding: 'euc-kr' }
  return null
}

function tryDecode(encoding: 'utf-8' | 'euc-kr', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Replacement characters, and their share of non-ASCII characters (ASCII reads the same either way). */
function replacements(text: string): { count: number; share: number } {
  let nonAscii = 0
  let count = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (c > 0x7f) nonAscii++
    if (c === 0xfffd) count++
  }
  return { count, share: nonAscii === 0 ? 0 : count / nonAscii }
}
