// Finding your way through discrepancies: the minimap's tick of the seed pair's "2일" finding jumps to its row,
// the ladder draws the alignment, F8 / Shift+F8 step through findings with their position shown, kind chips
// and the confidence threshold filter them (on a kpc-dev pair of 1,000 sentences, when the bitext is present),
// and the splitter resizes the list.
import { rmSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { useAppPage, type AppHarness } from './app-harness'
import { hasKpcDev, longKoTitle, makeReaderLibrary } from './reader-library'
import { saveScreenshot } from './reader-screens'

const deepSeekKo = /딥시크 개인정보 유출 논란 새 이슈/
const bloomberg = '2일 블룸버그 통신 등 외신에 따르면'

let app: AppHarness
let page: Page
const library = makeReaderLibrary(hasKpcDev, 1)
afterAll(() => rmSync(library, { recursive: true, force: true }))

useAppPage(
  (a, p) => {
    app = a
    page = p
  },
  () => library,
)

const panel = () => page.getByRole('region', { name: 'Findings' })
const position = () => panel().locator('.findings-position').textContent()

async function open(title: RegExp | string): Promise<void> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: title }).first().click()
  await page.locator('.aligned-row').first().waitFor({ timeout: 60_000 })
}

function inPane(selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const pane = el.closest('.scroll-pane')!
    const a = el.getBoundingClientRect()
    const b = pane.getBoundingClientRect()
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1
  })
}

describe('finding your way through discrepancies', () => {
  it('jumps to the "2일" row from its tick in the minimap', async () => {
    await open(deepSeekKo)
    const rowCount = Number(await page.locator('.aligned-grid').getAttribute('aria-rowcount')) - 1
    const row = page.locator('.aligned-row', { hasText: bloomberg })
    const rowIndex = Number(await row.getAttribute('data-row'))
    await page.locator('.aligned-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await expect.poll(() => inPane(`.aligned-row[data-row="${rowIndex}"]`)).toBe(false)

    const minimap = page.locator('.overview-minimap canvas')
    const box = (await minimap.boundingBox())!
    // The tick is drawn at the row's place in the pair: (row + 0.5) / rows of the minimap's height.
    await page.mouse.click(box.x + box.width - 4, box.y + ((rowIndex + 0.5) / rowCount) * box.height)
    await expect.poll(() => inPane(`.aligned-row[data-row="${rowIndex}"]`)).toBe(true)
    expect(await row.getAttribute('class')).toMatch(/is-active/)
    expect(await panel().locator('.finding-item[aria-current="true"]').textContent()).toMatch(/2일/)
    expect(await position()).toBe('1 of 1')
  })

  it('draws the alignment ladder and the minimap ticks', async () => {
    const inked = (selector: string) =>
      page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
        let n = 0
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
        return n
      })
    expect(await inked('.overview-ladder')).toBeGreaterThan(200)
    expect(await inked('.overview-minimap canvas')).toBeGreaterThan(4)
    // A click on the ladder's bottom goes to the last rows.
    const box = (await page.locator('.overview-ladder').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 2)
    await expect.poll(() => inPane('.aligned-row[data-row="26"]')).toBe(true)
    await saveScreenshot(page, 'overview-minimap-ladder')
  })

  it('steps with F8 and Shift+F8, wrapping, and shows the position', async () => {
    await page.locator('.aligned-scroll').focus()
    await page.keyboard.press('F8')
    expect(await position()).toBe('1 of 1')
    await page.keyboard.press('Shift+F8')
    expect(await position()).toBe('1 of 1')
    expect(await inPane('.aligned-row.is-active')).toBe(true)
  })

  it.skipIf(!hasKpcDev)('filters by kind and confidence, and F8 walks the findings shown', async () => {
    await open(longKoTitle)
    const chips = panel().getByRole('group', { name: 'Show findings of kind' }).getByRole('button')
    const count = async (i: number) => Number((await chips.nth(i).textContent())!.match(/\d+/)![0])
    const [figures, omissions, additions] = [await count(0), await count(1), await count(2)]
    const total = figures + omissions + additions
    expect(total).toBeGreaterThan(10)
    await expect.poll(position).toBe(`– of ${total}`)

    await page.locator('.aligned-scroll').focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('F8')
    expect(await position()).toBe(`3 of ${total}`)
    await page.keyboard.press('Shift+F8')
    expect(await position()).toBe(`2 of ${total}`)
    await expect.poll(() => inPane('.aligned-row.is-active')).toBe(true)

    // Hide the figure mismatches: none is listed, and the total drops by their count.
    await chips.nth(0).click()
    expect(await chips.nth(0).getAttribute('aria-pressed')).toBe('false')
    await expect.poll(position).toMatch(new RegExp(` of ${omissions + additions}$`))
    expect(await panel().locator('.finding-kind', { hasText: 'Figure' }).count()).toBe(0)
    await chips.nth(0).click()
    await expect.poll(position).toMatch(new RegExp(` of ${total}$`))

    // A threshold of 90%: only findings at least that sure remain.
    const slider = panel().getByRole('slider')
    await slider.fill('90')
    await expect.poll(() => panel().locator('.findings-threshold').textContent()).toMatch(/90%/)
    const confidences = await panel().locator('.finding-confidence').allTextContents()
    for (const c of confidences) expect(parseInt(c, 10)).toBeGreaterThanOrEqual(90)
    const shown = Number((await position())!.match(/of (\d+)/)?.[1] ?? 0)
    expect(shown).toBeLessThan(total)
    await saveScreenshot(page, 'findings-filtered')
    await slider.fill('0')
  })

  it('resizes the findings list with its splitter, by keyboard', async () => {
    await open(hasKpcDev ? longKoTitle : deepSeekKo)
    const list = panel().locator('.findings-sized')
    const before = (await list.boundingBox())!.height
    const splitter = panel().getByRole('separator', { name: 'Resize the findings list' })
    const valueBefore = Number(await splitter.getAttribute('aria-valuenow'))
    await splitter.focus()
    await page.keyboard.press('ArrowUp')
    await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBeLessThan(valueBefore)
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
    // The seed pair's one finding already fits the smallest list; the long pair's list visibly shrinks.
    if (hasKpcDev) await expect.poll(async () => (await list.boundingBox())!.height).toBeLessThan(before)
  })

  it('logs no console error', () => {
    expect(app.errors).toEqual([])
  })
})
