export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'euc-kr' }
  | { ok: false; message: string }

const MAX_BYTES = 50 * 1024 * 1024
/** How much of the file the control-character test looks at; enough to judge, cheap on big files. */
const SNIFF_BYTES = 64 * 1024
/** Share of control bytes above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1
/** A UTF-8 page cut mid-character has a few replacement chars; an EUC-KR page read as UTF-8 has one per syllable. */
const MAX_REPLACEMENT_SHARE = 0.02
/** A short UTF-8 page cut mid-character that is not EUC-KR either: keep it, a handful of chars are lost. */
const MAX_BROKEN_CHARS = 3

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
 * bytes are not UTF-8 but are clean EUC-KR, as older Korean sites still serve.
 */
export function decodePage(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    return { ok: false, message: `This file is too large to be a page (${mb} MB; the limit is 50 MB).` }
  }
  if (bytes.length === 0) return { ok: false, message: 'This page is empty.' }
  const binary = binaryReason(bytes)
  if (binary) return { ok: false, message: binary }

  const decoded = decodeText(bytes)
  if (!decoded) {
    return { ok: false, message: 'This file is neither UTF-8 nor EUC-KR text; it may be a binary file, not a text page.' }
  }
  const text = decoded.text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n').normalize('NFC')
  if (/^[\s\u200b\u200c\u200d\u2060]*$/u.test(text)) {
    return { ok: false, message: 'This page is empty (it holds only white space).' }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, message: BINARY }
  return { ok: true, text, encoding: decoded.encoding }
}

function binaryReason(bytes: Uint8Array): string | null {
  for (const [what, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return `This file looks like a binary file (${what}), not a text page.`
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (utf16) return 'This file is UTF-16 text, which is not supported; save it as UTF-8.'
  if (bytes.indexOf(0) !== -1) return BINARY
  let control = 0
  const n = Math.min(bytes.length, SNIFF_BYTES)
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i])) control++
  return control / n > MAX_CONTROL_SHARE ? BINARY : null
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
  readonly encoding: 'utf-8' | 'euc-kr'
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
