import type { Line } from './lines'
import { isBlank } from './lines'

/** Runs of consecutive non-blank lines: the paragraphs of a plain-text capture. */
export function paragraphBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (isBlank(line.text)) {
      if (current.length > 0) blocks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) blocks.push(current)
  return blocks
}
