/**
 * `${path relative to the library folder}#${index}`, e.g. `000_77deed0654c30420.txt#7`: the source is
 * `<folder name>/<path>`, and the folder's own name is dropped so an id does not change when the folder is
 * renamed or moved. The extension stays: `story.txt` and `story.html` in one folder are two pages. A source
 * with no folder part is its own path.
 */
export function articleId(source: string, index: number): string {
  const parts = source.split(/[\\/]/).filter((p) => p.length > 0)
  const relative = parts.length > 1 ? parts.slice(1).join('/') : (parts[0] ?? '')
  return `${relative || 'page'}#${index}`
}

/**
 * The id an article had before ids kept the extension (`stem#index`, up to version 0.1): stored overrides
 * written then are matched to today's articles through it.
 */
export function legacyArticleId(source: string, index: number): string {
  const base = source.split(/[\\/]/).pop() ?? source
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  return `${stem || 'page'}#${index}`
}
