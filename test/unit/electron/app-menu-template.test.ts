import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate } from '../../../electron/main/app-menu-template'

const noop = { openFolder() {}, reloadLibrary() {}, editGlossary() {}, showAbout() {}, readerCommand() {} }

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}
const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role?.toLowerCase()).filter(Boolean)
// Roles that open DevTools or reload the page, directly or as a default submenu (viewMenu has all three).
const developerRoles = ['toggledevtools', 'reload', 'forcereload', 'viewmenu']

describe('appMenuTemplate', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has no DevTools and no page reload when packaged (${platform})`, () => {
      const template = appMenuTemplate({ packaged: true, platform }, noop)
      expect(roles(template).filter((role) => developerRoles.includes(role!))).toEqual([])
      expect(items(template).some((item) => /devtools|developer/i.test(item.label ?? ''))).toBe(false)
    })

    it(`keeps DevTools and reload in development (${platform})`, () => {
      const template = appMenuTemplate({ packaged: false, platform }, noop)
      expect(roles(template)).toEqual(expect.arrayContaining(['toggledevtools', 'reload', 'forcereload']))
    })
  }

  it('binds Ctrl+= and Ctrl+- to the reader\'s text size, not page zoom', () => {
    const all = items(appMenuTemplate({ packaged: true, platform: 'linux' }, noop))
    expect(all.find((i) => i.accelerator === 'CmdOrCtrl+=')?.label).toBe('Larger Text')
    expect(all.find((i) => i.accelerator === 'CmdOrCtrl+-')?.label).toBe('Smaller Text')
    expect(roles(appMenuTemplate({ packaged: true, platform: 'linux' }, noop))).not.toContain('zoomin')
  })

  it('binds CmdOrCtrl+R to Reload Library only', () => {
    for (const packaged of [true, false]) {
      const bound = items(appMenuTemplate({ packaged, platform: 'linux' }, noop)).filter((item) => item.accelerator === 'CmdOrCtrl+R')
      expect(bound.map((item) => item.label)).toEqual(['Reload Library'])
    }
  })

  it('has the macOS app menu on macOS only, and Quit or Close in File', () => {
    expect(roles(appMenuTemplate({ packaged: true, platform: 'darwin' }, noop))).toEqual(expect.arrayContaining(['appmenu', 'close']))
    const linux = roles(appMenuTemplate({ packaged: true, platform: 'linux' }, noop))
    expect(linux).not.toContain('appmenu')
    expect(linux).toContain('quit')
  })

  it('runs the actions from the File and Help items', () => {
    const called: string[] = []
    const actions = {
      openFolder: () => called.push('open'),
      reloadLibrary: () => called.push('reload'),
      editGlossary: () => called.push('glossary'),
      showAbout: () => called.push('about'),
      readerCommand: (command: string) => called.push(command),
    }
    const all = items(appMenuTemplate({ packaged: true, platform: 'linux' }, actions))
    for (const label of ['Open Folder…', 'Reload Library', 'Edit Glossary…', 'About KoBi Reader', 'Keyboard Shortcuts', 'Larger Text', 'Smaller Text']) {
      const item = all.find((i) => i.label === label)
      ;(item?.click as () => void)()
    }
    expect(called).toEqual(['open', 'reload', 'glossary', 'about', 'show-shortcuts', 'larger-text', 'smaller-text'])
  })
})
