/** True when the text is markup rather than a text capture: a doctype, an <html> tag, or tag-dense lines. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|br|h[1-6]|body|li|table|img|script|meta|head)\b[^>]*>/gi)
  return (tags?.length ?? 0) >= 5
}
