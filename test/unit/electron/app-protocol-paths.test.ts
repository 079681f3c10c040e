import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appIndexUrl, appSchemePrivileges, mimeTypeFor, resolveAppFilePath } from '../../../electron/main/app-protocol-paths'

const root = path.resolve('/srv/kobi/out/renderer')
const resolve = (url: string) => resolveAppFilePath(url, root)

describe('resolveAppFilePath', () => {
  it('maps app://kobi paths to files under the renderer folder', () => {
    expect(resolve(appIndexUrl)).toBe(path.join(root, 'index.html'))
    expect(resolve('app://kobi/')).toBe(path.join(root, 'index.html'))
    expect(resolve('app://kobi')).toBe(path.join(root, 'index.html'))
    expect(resolve('app://kobi/assets/index-Bx1.js')).toBe(path.join(root, 'assets', 'index-Bx1.js'))
    expect(resolve('app://KOBI/favicon.svg')).toBe(path.join(root, 'favicon.svg'))
    expect(resolve('app://kobi/assets/noto%20sans.woff2')).toBe(path.join(root, 'assets', 'noto sans.woff2'))
  })

  it('ignores the query string and the fragment', () => {
    expect(resolve('app://kobi/index.html?x=../../etc/passwd#../..')).toBe(path.join(root, 'index.html'))
    expect(resolve('app://kobi/?q=1')).toBe(path.join(root, 'index.html'))
  })

  it('refuses another host, scheme, port or credentials', () => {
    expect(resolve('app://evil/index.html')).toBeNull()
    expect(resolve('app://kobi.evil/index.html')).toBeNull()
    expect(resolve('app://kobi:8080/index.html')).toBeNull()
    expect(resolve('app://user:pw@kobi/index.html')).toBeNull()
    expect(resolve('file:///srv/kobi/out/renderer/index.html')).toBeNull()
    expect(resolve('https://kobi/index.html')).toBeNull()
    expect(resolve('not a url')).toBeNull()
  })

  it('never leaves the folder through .. segments, plain or percent-encoded', () => {
    // The URL parser already removes plain and %2e dot segments; what is left stays inside the folder.
    expect(resolve('app://kobi/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'))
    expect(resolve('app://kobi/%2e%2e/%2E%2E/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'))
    expect(resolve('app://kobi/assets/../index.html')).toBe(path.join(root, 'index.html'))
    // Segments that decode to a separator or a dot segment are refused outright.
    expect(resolve('app://kobi/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull()
    expect(resolve('app://kobi/assets%2f..%2f..%2fsecret')).toBeNull()
    expect(resolve('app://kobi/.%2e')).toBe(path.join(root, 'index.html')) // the parser reads '.%2e' as '..'
  })

  it('refuses backslashes, colons, NUL, empty segments and undecodable paths', () => {
    expect(resolve('app://kobi/..\\..\\etc\\passwd')).toBeNull()
    expect(resolve('app://kobi/..%5c..%5cetc%5cpasswd')).toBeNull()
    expect(resolve('app://kobi/assets%5Cindex.js')).toBeNull()
    expect(resolve('app://kobi/C:/Windows/win.ini')).toBeNull()
    expect(resolve('app://kobi/index.html::$DATA')).toBeNull()
    expect(resolve('app://kobi/index.html%00.png')).toBeNull()
    expect(resolve('app://kobi//etc/passwd')).toBeNull()
    expect(resolve('app://kobi/assets/')).toBeNull()
    expect(resolve('app://kobi/%E0%A4%A')).toBeNull()
  })

  it('refuses absolute paths smuggled in as a segment', () => {
    expect(resolve('app://kobi/%2fetc%2fpasswd')).toBeNull()
    expect(resolve(`app://kobi/${encodeURIComponent(path.resolve('/etc/passwd'))}`)).toBeNull()
  })

  it('holds with Windows path rules too', () => {
    const winRoot = 'C:\\Program Files\\KoBi Reader\\resources\\app.asar\\out\\renderer'
    const win = (url: string) => resolveAppFilePath(url, winRoot, path.win32)
    expect(win('app://kobi/assets/index.js')).toBe(`${winRoot}\\assets\\index.js`)
    expect(win('app://kobi/..%5c..%5c..%5cWindows%5cwin.ini')).toBeNull()
    expect(win('app://kobi/%2e%2e%5csecret')).toBeNull()
    expect(win('app://kobi/C:%5cWindows%5cwin.ini')).toBeNull()
    expect(win('app://kobi/D:secret')).toBeNull()
    expect(win('app://kobi/CON')).toBeNull()
    expect(win('app://kobi/assets/nul.txt')).toBeNull()
    expect(win('app://kobi/%5c%5cserver%5cshare%5cx')).toBeNull()
  })
})

describe('mimeTypeFor', () => {
  it('names the types the renderer build emits', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('/r/assets/index-Bx1.js')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeFor('/r/assets/index.CSS')).toBe('text/css; charset=utf-8')
    expect(mimeTypeFor('/r/favicon.svg')).toBe('image/svg+xml')
    expect(mimeTypeFor('/r/assets/noto-sans-kr-0-400-normal.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('/r/assets/noto-sans-kr-0-400-normal.woff')).toBe('font/woff')
    expect(mimeTypeFor('C:\\r\\icon.png')).toBe('image/png')
  })

  it('falls back to opaque bytes', () => {
    expect(mimeTypeFor('/r/README')).toBe('application/octet-stream')
    expect(mimeTypeFor('/r/.env')).toBe('application/octet-stream')
    expect(mimeTypeFor('/r.d/file')).toBe('application/octet-stream')
    expect(mimeTypeFor('/r/archive.tar.xz')).toBe('application/octet-stream')
  })
})

describe('appSchemePrivileges', () => {
  it('is standard and secure and never bypasses the CSP', () => {
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true })
    expect('bypassCSP' in appSchemePrivileges).toBe(false)
    expect('allowServiceWorkers' in appSchemePrivileges).toBe(false)
  })
})
