import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)

/**
 * A package loaded on first use rather than at start: the CLI's one-sentence align starts in about 0.12 s,
 * and linkedom alone takes 130–190 ms to load (iconv-lite, chardet and Readability 4–7 ms each; build
 * machine), while most runs read only UTF-8 text.
 */
export function lazyRequire<T>(name: string): () => T {
  let module: T | undefined
  return () => (module ??= load(name) as T)
}
