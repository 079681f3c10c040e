import { fontScales } from '../../../shared/models/reader-settings'

/** The font scale one step larger (+1) or smaller (-1) than `current`, staying inside the list. */
export function stepFontScale(current: number, step: 1 | -1): number {
  const at = fontScales.indexOf(current)
  const from = at >= 0 ? at : fontScales.indexOf(1)
  return fontScales[Math.min(fontScales.length - 1, Math.max(0, from + step))]
}
