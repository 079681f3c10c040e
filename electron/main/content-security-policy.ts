/**
 * The renderer's Content-Security-Policy, sent as a header by both the Electron session and the web server.
 * renderer/index.html carries the same policy in a <meta> tag (a test keeps the two equal).
 */
export const contentSecurityPolicy = [
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
].join('; ')
