/** Offers text as a file download (web mode, which has no save dialog): a Blob behind a temporary <a download>. */
export function downloadText(content: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by the time the click returns; the URL is kept a moment for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
