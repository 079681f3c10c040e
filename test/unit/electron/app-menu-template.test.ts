import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate } from '../../../electron/main/app-menu-template'

const noop = { openFiles() {}, openFolder() {}, openRecentFolder() {}, pasteNewPair() {}, removeImportedPage() {}, reloadLibrary() {}, editGlossary() {}, showAbout() {}, command() {}, readerCommand() {} }

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
      ...noop,
      openFolder: () => called.push('open'),
      reloadLibrary: () => called.push('reload'),
      editGlossary: () => called.push('glossary'),
      showAbout: () => called.push('about'),
      command: (c: string) => called.push(c),
      readerCommand: (command: string) => called.push(command),
    }
    const all = items(appMenuTemplate({ packaged: true, platform: 'linux' }, actions))
    for (const label of ['Open Folder…', 'Reload Library', 'Edit Glossary…', 'About KoBi Reader', 'Undo', 'Redo', 'Keyboard Shortcuts', 'Larger Text', 'Smaller Text']) {
      const item = all.find((i) => i.label === label)
      ;(item?.click as () => void)()
    }
    expect(called).toEqual(['open', 'reload', 'glossary', 'about', 'undo', 'redo', 'show-shortcuts', 'larger-text', 'smaller-text'])
    // Redo is Ctrl+Y off the Mac, where Shift+Cmd+Z is the custom.
    expect(all.find((i) => i.label === 'Redo')?.accelerator).toBe('CmdOrCtrl+Y')
  })

  it('has the import items in File: Open File…, Open Folder…, Open Recent › and Paste New Pair…', () => {
    const called: string[] = []
    const actions = {
      ...noop,
      openFiles: () => called.push('files'),
      openRecentFolder: (folder: string) => called.push(`recent ${folder}`),
      pasteNewPair: () => called.push('paste'),
    }
    const template = appMenuTemplate({ packaged: true, platform: 'linux', recentFolders: ['/home/u/news', '/home/u/old'] }, actions)
    const file = template.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[]
    expect(file.slice(0, 4).map((item) => item.label)).toEqual(['Open File…', 'Open Folder…', 'Open Recent', 'Paste New Pair…'])
    const recent = file[2].submenu as MenuItemConstructorOptions[]
    expect(recent.map((item) => item.label)).toEqual(['/home/u/news', '/home/u/old'])
    for (const item of [file[0], recent[1], file[3]]) (item.click as () => void)()
    expect(called).toEqual(['files', 'recent /home/u/old', 'paste'])
    // Accelerators stay unique across the menu.
    const accelerators = items(template).map((item) => item.accelerator).filter(Boolean)
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('has File › Remove Imported Page… after the import items, handing it to the window', () => {
    const called: string[] = []
    const template = appMenuTemplate({ packaged: true, platform: 'linux' }, { ...noop, removeImportedPage: () => called.push('remove') })
    const file = template.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[]
    expect(file[4].label).toBe('Remove Imported Page…')
    // No accelerator: removing a page is never one stray key away (the sidebar's Delete asks first too).
    expect(file[4].accelerator).toBeUndefined()
    ;(file[4].click as () => void)()
    expect(called).toEqual(['remove'])
  })

  it('shows a disabled placeholder when there is no recent folder', () => {
    const file = appMenuTemplate({ packaged: true, platform: 'linux' }, noop).find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[]
    expect((file[2].submenu as MenuItemConstructorOptions[]).map((item) => [item.label, item.enabled])).toEqual([['No Recent Folders', false]])
  })
})
