/**
 * A 64-bit fingerprint of a text as 16 hex digits (two independent 32-bit multiply-xorshift lanes over its
 * UTF-16 code units). It tells a changed article from an unchanged one; it is not a cryptographic hash.
 */
export function contentHash(text: string): string {
  let a = 0x9e3779b9 ^ text.length
  let b = 0x85ebca6b ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x2c1b3c6d)
    b = Math.imul(b ^ c, 0x297a2d39)
    a ^= a >>> 15
    b ^= b >>> 13
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35)
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35) ^ Math.imul(a ^ (a >>> 13), 0x85ebca6b)
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')
  return hex(a) + hex(b)
}
