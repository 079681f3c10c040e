// Screenshots of the reader's screens for review, saved with the test output (test-results/ is not committed).
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { projectRoot } from './app-harness'

export const screenshotDir = path.join(projectRoot, 'test-results/screenshots')

/** Saves a screenshot of the page as `name`.png and prints its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file })
  console.log(`screenshot: ${path.relative(projectRoot, file)}`)
  return file
}
