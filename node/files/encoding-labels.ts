/**
 * Charset labels as pages and detectors name them, mapped to the decoder iconv-lite runs, after the WHATWG
 * Encoding Standard's label table: every Korean legacy label is one encoding, EUC-KR as browsers decode
 * it, which is CP949 (the Unified Hangul Code superset: 똠, 햏 and 뷁 exist only there); latin1 and ASCII
 * labels are windows-1252. Labels are compared lower-cased and trimmed.
 */
const KOREAN = ['cseuckr', 'csksc56011987', 'euc-kr', 'euckr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949', 'cp949', 'uhc', 'x-windows-949', 'ms949']
const WINDOWS_1252 = ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']
const UTF8 = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']
const UTF16LE = ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']
const UTF16BE = ['unicodefffe', 'utf-16be']

/** The encodings the app names in results; anything else iconv-lite knows keeps its own label. */
export type KnownEncoding = 'utf-8' | 'euc-kr' | 'utf-16le' | 'utf-16be' | 'windows-1252'

const TABLE = new Map<string, KnownEncoding>([
  ...KOREAN.map((l) => [l, 'euc-kr'] as const),
  ...WINDOWS_1252.map((l) => [l, 'windows-1252'] as const),
  ...UTF8.map((l) => [l, 'utf-8'] as const),
  ...UTF16LE.map((l) => [l, 'utf-16le'] as const),
  ...UTF16BE.map((l) => [l, 'utf-16be'] as const),
])

/** The WHATWG name of a label, or the lower-cased label itself when the table does not list it. */
export function encodingOfLabel(label: string): string {
  const key = label.trim().toLowerCase()
  return TABLE.get(key) ?? key
}

/** The iconv-lite codec that decodes an encoding: CP949 for EUC-KR, as the WHATWG index does. */
export function iconvName(encoding: string): string {
  return encoding === 'euc-kr' ? 'cp949' : encoding
}
