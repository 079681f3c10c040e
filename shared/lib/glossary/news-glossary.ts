// The built-in news glossary is data (shared/static/news-glossary.txt, in the user-glossary format), inlined
// into each bundle at build time: `?raw` is Vite's text import, and scripts/build-node.mjs gives esbuild the same.
import newsGlossaryText from '../../static/news-glossary.txt?raw'

/** The text of the built-in glossary: one concept a line, `id | korean, … | english, …`; `#` starts a comment. */
export const NEWS_GLOSSARY_SOURCE: string = newsGlossaryText
