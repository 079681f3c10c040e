import { parseHtml } from './parse-html'

/** How far into a page a browser looks for its charset declaration (the WHATWG prescan's 1024, with room for long heads). */
const PRESCAN_BYTES = 4096

/**
 * The charset a saved HTML page declares in `<meta charset>` or `<meta http-equiv="Content-Type">` within
 * its first bytes, or null. The bytes are read as Latin-1 first: every charset label is ASCII, whatever the
 * page's encoding, so the declaration reads the same.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1')
  if (!/<meta\b/i.test(head)) return null
  const document = parseHtml(head)
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const charset = meta.getAttribute('charset')
    if (charset && charset.trim()) return charset.trim()
    if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'content-type') {
      const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(meta.getAttribute('content') ?? '')
      if (match) return match[1]
    }
  }
  return null
}
