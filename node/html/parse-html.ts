import { lazyRequire } from '../files/lazy-require'

const linkedom = lazyRequire<typeof import('linkedom')>('linkedom')

/**
 * Parses a page with linkedom, a spec-minded DOM for Node: tolerant of broken markup (an unclosed tag or a
 * stray `<` never throws), no scripts run, nothing is fetched.
 */
export function parseHtml(html: string): Document {
  // A fragment without <html> gets a document around it, so <body> and <head> are always there.
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  return linkedom().parseHTML(source).document as unknown as Document
}
