import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate } from '../../../electron/main/app-menu-template'

const base = { openFiles() {}, openFolder() {}, openRecentFolder() {}, pasteNewPair() {}, removeImportedPage() {}, reloadLibrary() {}, editGlossary() {}, showAbout() {}, command() {}, readerCommand() {} }

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = template.find((item) => item.label === 'File')
  return Array.isArray(file?.submenu) ? file.submenu : []
}

describe('File › Export…', () => {
  it('is in the File menu on CmdOrCtrl+E and runs the export action', () => {
    let called = 0
    const items = fileMenu(appMenuTemplate({ packaged: true, platform: 'linux' }, { ...base, exportPairs: () => called++ }))
    const item = items.find((i) => i.label === 'Export…')
    expect(item?.accelerator).toBe('CmdOrCtrl+E')
    ;(item?.click as () => void)()
    expect(called).toBe(1)
    // Between the library items and Quit, each group set off by a separator.
    const labels = items.map((i) => i.label ?? i.type ?? i.role)
    expect(labels.indexOf('Export…')).toBeGreaterThan(labels.indexOf('Edit Glossary…'))
    expect(labels[labels.indexOf('Export…') - 1]).toBe('separator')
  })

  it('is left out when the shell gives no export action', () => {
    expect(fileMenu(appMenuTemplate({ packaged: true, platform: 'linux' }, base)).some((i) => i.label === 'Export…')).toBe(false)
  })
})
