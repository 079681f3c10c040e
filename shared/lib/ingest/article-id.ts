/** `${file name without extension}#${index}`: stable across runs and readable in logs and exports. */
export function articleId(source: string, index: number): string {
  const base = source.split(/[\\/]/).pop() ?? source
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  return `${stem || 'page'}#${index}`
}
