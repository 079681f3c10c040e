import { formatLimit, pageLimits } from '../../shared/lib/ingest/page-limits'
import { declaredCharset } from '../html/declared-charset'
import { encodingOfLabel, iconvName } from './encoding-labels'
import { lazyRequire } from './lazy-require'

const iconvLite = lazyRequire<typeof import('iconv-lite')>('iconv-lite')
const chardet = lazyRequire<typeof import('chardet')>('chardet')

/** Where the encoding came from: the byte-order mark, the page's own declaration, valid UTF-8, or the detector. */
export type DecodedBy = 'bom' | 'declared' | 'utf-8' | 'detector'

export type DecodeResult =
  | { ok: true; text: string; encoding: string; by: DecodedBy; note?: string }
  | { ok: false; message: string }

/** How much of the file the binary tests and the detector look at: enough to judge, cheap on big files. */
const SNIFF_BYTES = 64 * 1024
/** Share of control bytes above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1
/** Text has no NUL; a few stray ones (a bad capture) are dropped, more than this share means a binary file. */
const MAX_NUL_SHARE = 0.01
/** Below this confidence (chardet's 0–100 scale) a guess is not taken: chardet lists every charset it can, down to 0. */
const MIN_CONFIDENCE = 10

const BINARY = 'This file looks like a binary file, not a text page.'
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
]
const BOMS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
]

/**
 * Turns a page file's bytes into normalised text (LF line ends, NFC), choosing the encoding as a browser
 * does: the byte-order mark first, then an HTML page's `<meta charset>`, then UTF-8 when the bytes are valid
 * UTF-8, then chardet's guess. Decoding is iconv-lite's, whose EUC-KR is CP949 as in the WHATWG index. A few
 * stray NUL bytes are dropped (and noted) rather than failing the page; binaries and empty pages are refused.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const limit = pageLimits.maxFileBytes
  if (bytes.length > limit) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    return { ok: false, message: `This file is too large to be a page (${mb} MB; the limit is ${formatLimit(limit)}).` }
  }
  if (bytes.length === 0) return { ok: false, message: 'This page is empty.' }
  const signature = signatureReason(bytes)
  if (signature) return { ok: false, message: signature }

  const decoded = decodeBody(bytes)
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
  const result = { ok: true as const, text, encoding: decoded.encoding, by: decoded.by }
  if (decoded.nuls === 0) return result
  return { ...result, note: `${decoded.nuls} stray NUL ${decoded.nuls === 1 ? 'byte was' : 'bytes were'} dropped.` }
}

interface Decoded {
  readonly text: string
  readonly encoding: string
  readonly by: DecodedBy
  readonly nuls: number
}

function decodeBody(bytes: Uint8Array): Decoded | string {
  for (const [encoding, bom] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: decode(bytes.subarray(bom.length), encoding), encoding, by: 'bom', nuls: 0 }
    }
  }
  // Without a BOM, NUL bytes mean a binary file (BOM-less UTF-16 is not told from one by guessing).
  let nuls = 0
  // Counted by indexOf, which is native: a loop over a megabyte in JavaScript took milliseconds.
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) nuls++
  if (nuls / bytes.length > MAX_NUL_SHARE) return BINARY
  const clean = nuls > 0 ? bytes.filter((b) => b !== 0) : bytes
  let control = 0
  const n = Math.min(clean.length, SNIFF_BYTES)
  for (let i = 0; i < n; i++) if (isControlByte(clean[i])) control++
  if (control / n > MAX_CONTROL_SHARE) return BINARY

  const declared = declaredCharset(clean)
  if (declared) {
    let encoding = encodingOfLabel(declared)
    // WHATWG: a page that could declare itself in ASCII is not UTF-16, whatever it says.
    if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8'
    if (iconvLite().encodingExists(iconvName(encoding))) return { text: decode(clean, encoding), encoding, by: 'declared', nuls }
  }
  const utf8 = strictUtf8(clean)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', by: 'utf-8', nuls }
  const guessed = detectEncoding(clean)
  if (!guessed) return 'The encoding of this file could not be recognised; it may be a binary file, not a text page.'
  return { text: decode(clean, guessed), encoding: guessed, by: 'detector', nuls }
}

/** chardet's best guess that iconv-lite can decode; UTF-32 is never a page (it would have failed the NUL test). */
function detectEncoding(bytes: Uint8Array): string | null {
  for (const match of chardet().analyse(bytes.subarray(0, SNIFF_BYTES))) {
    if (match.confidence < MIN_CONFIDENCE) break
    const encoding = encodingOfLabel(match.name)
    if (encoding.startsWith('utf-32')) continue
    if (iconvLite().encodingExists(iconvName(encoding))) return encoding
  }
  return null
}

function decode(bytes: Uint8Array, encoding: string): string {
  return iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), iconvName(encoding), { stripBOM: false })
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function signatureReason(bytes: Uint8Array): string | null {
  for (const [what, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return `This file looks like a binary file (${what}), not a text page.`
  }
  return null
}

/** C0 controls other than tab, LF, FF and CR; DEL too. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f
}

function controlShare(text: string): number {
  const sample = text.slice(0, SNIFF_BYTES)
  const control = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u0080-\u009f]/gu)?.length ?? 0
  return control / Math.max(1, sample.length)
}
