import type { AlignedRow } from './aligned-rows'

/**
 * A first guess at a grid row's height before the browser measures it, from its text length and the width of
 * a text column. Calibrated in Chromium on the seed pairs at 1400 px (Noto Sans KR, 15 px Korean / 14.5 px
 * English): a Korean character is about 15 px wide, an English one about 7.4 px, a line 25–27 px high, and a
 * cell has 20 px of padding. The guess only sets the scrollbar until rows are measured; measuring fixes it.
 */
export function estimateRowHeight(row: AlignedRow, columnWidth: number, fontScale: number): number {
  const width = Math.max(120, columnWidth - 40)
  const lines = (texts: readonly { readonly text: string }[], charWidth: number) =>
    texts.reduce((sum, s) => sum + Math.max(1, Math.ceil((s.text.length * charWidth * fontScale) / width)), 0)
  const ko = lines(row.ko, 15) * 27 + Math.max(0, row.ko.length - 1) * 13
  const en = lines(row.en, 7.4) * 25 + Math.max(0, row.en.length - 1) * 13
  return Math.max(48, Math.max(ko, en) * fontScale + 21)
}
