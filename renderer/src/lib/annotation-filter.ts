import type { AnnotationStatus, PlacedAnnotation } from '../../../shared/models/annotation'

export interface AnnotationFilter {
  readonly text: string
  /** 'any', 'none' (no status) or one status. */
  readonly status: AnnotationStatus | 'any' | 'none'
  /** '' for any tag. */
  readonly tag: string
}

export const noAnnotationFilter: AnnotationFilter = { text: '', status: 'any', tag: '' }

/** Annotations matching the filter: the search looks in the note, the quotes and the tags, case-blind. */
export function filterAnnotations(list: readonly PlacedAnnotation[], filter: AnnotationFilter): PlacedAnnotation[] {
  const needle = filter.text.trim().toLocaleLowerCase()
  return list.filter((a) => {
    if (filter.status === 'none' ? a.status !== null : filter.status !== 'any' && a.status !== filter.status) return false
    if (filter.tag && !a.tags.includes(filter.tag)) return false
    if (!needle) return true
    const haystack = [a.note, ...a.tags, ...a.anchors.map((x) => x.quote)].join('\n').toLocaleLowerCase()
    return haystack.includes(needle)
  })
}

/** Every tag in use, sorted, for the filter's menu. */
export function tagsOf(list: readonly PlacedAnnotation[]): string[] {
  return [...new Set(list.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b))
}
