/**
 * The renderer's Content-Security-Policy. The Electron session and the web server send it as a header;
 * renderer/index.html carries it in a <meta> tag too (for file:// loads, which have no headers), minus
 * frame-ancestors, which browsers ignore (and warn about) in a meta tag. A test keeps the two in step.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]

export const contentSecurityPolicy = directives.join('; ')

/** The policy as index.html's meta tag must state it. */
export const metaContentSecurityPolicy = directives.filter((d) => !d.startsWith('frame-ancestors')).join('; ')

/**
 * The policy while `npm run dev` serves the renderer: Vite injects styles and React's refresh preamble inline
 * and talks to its server over a WebSocket. Never used by a built app.
 */
export const devContentSecurityPolicy = directives
  .map((d) => {
    if (d.startsWith('script-src')) return "script-src 'self' 'unsafe-inline'"
    if (d.startsWith('style-src')) return "style-src 'self' 'unsafe-inline'"
    if (d.startsWith('connect-src')) return "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"
    return d
  })
  .join('; ')
