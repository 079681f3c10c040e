import type { Library } from '../../../shared/models/library'

/** The id of the library's article whose title starts with `titleStart`. */
export function idOf(library: Library, titleStart: string): string {
  const found = library.articles.find((a) => a.title.startsWith(titleStart))
  if (!found) throw new Error(`no article titled ${titleStart}…`)
  return found.id
}
