import type { Article } from './article'
import type { ArticlePair } from './pair'

/** A page that could not be read, with a message a user understands. */
export interface LoadProblem {
  readonly source: string
  readonly message: string
}

/** Everything the app knows about a folder of pages. */
export interface Library {
  readonly folder: string
  readonly articles: readonly Article[]
  readonly pairs: readonly ArticlePair[]
  readonly problems: readonly LoadProblem[]
  /** Pairs the user removed (Unpair), so the reader can say so; absent where none were. */
  readonly unpairedByUser?: readonly { readonly ko: string; readonly en: string }[]
}
