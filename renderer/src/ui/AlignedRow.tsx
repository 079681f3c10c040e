import { memo } from 'react'
import type { Finding } from '../../../shared/models/finding'
import type { AlignedRow as Row, RowSentence } from '../lib/aligned-rows'
import { findingKindLabel } from '../lib/aligned-rows'
import { formatConfidence } from '../lib/format'
import { MarkedText } from './MarkedText'

interface Props {
  readonly row: Row
  readonly findings: readonly Finding[]
  /** The finding under review when it sits on this row, else null (so other rows skip re-rendering). */
  readonly activeFinding: number | null
  /** True on the row of the find match being shown. */
  readonly isFindMatch?: boolean
  /** Called with the row's element (null when it goes): the grid measures it and scrolls to it. */
  readonly register: (index: number, el: HTMLDivElement | null) => void
}

/**
 * One bead of the alignment: the Korean sentence(s) left, the English right. Rows are memoised, and the grid
 * renders only those near the viewport, so a long article stays quick.
 */
export const AlignedRow = memo(function AlignedRow({ row, findings, activeFinding, isFindMatch = false, register }: Props) {
  const { link } = row
  const omitted = link.en.length === 0
  const added = link.ko.length === 0
  const classes = ['aligned-row']
  if (omitted) classes.push('is-omission')
  if (added) classes.push('is-addition')
  if (row.kinds.includes('figure-mismatch')) classes.push('has-figure')
  if (link.lowConfidence) classes.push('is-uncertain')
  if (activeFinding !== null) classes.push('is-active')
  if (isFindMatch) classes.push('is-find-match')
  const flags = row.findings.map((f) => findings[f])
  return (
    <div
      ref={(el) => register(row.index, el)}
      role="row"
      aria-rowindex={row.index + 2}
      className={classes.join(' ')}
      data-row={row.index}
      data-index={row.index}
    >
      <div role="rowheader" className="aligned-gutter" title={sentenceRange(row)}>
        <span className="row-number">{row.index + 1}</span>
        {link.lowConfidence && (
          <span
            className="row-flag flag-uncertain"
            role="img"
            aria-label={`Uncertain alignment, ${formatConfidence(link.score)}`}
            title={`Uncertain alignment (${formatConfidence(link.score)}): check that these sentences match`}
          >
            ?
          </span>
        )}
        {flags.length > 0 && (
          <span
            className={`row-flag flag-${row.kinds[0]}`}
            role="img"
            aria-label={`${flags.length} finding${flags.length === 1 ? '' : 's'}`}
            title={flags.map((f) => `${findingKindLabel[f.kind]}: ${f.message}`).join('\n')}
          >
            !
          </span>
        )}
      </div>
      <div role="cell" className={`aligned-cell cell-ko${added ? ' is-empty' : ''}`} lang="ko">
        {added ? <EmptySide label="Not in the Korean" /> : <Sentences sentences={row.ko} activeFinding={activeFinding} lang="ko" />}
      </div>
      <div role="cell" className={`aligned-cell cell-en${omitted ? ' is-empty' : ''}`} lang="en">
        {omitted ? <EmptySide label="Not in the English" /> : <Sentences sentences={row.en} activeFinding={activeFinding} lang="en" />}
      </div>
    </div>
  )
})

function Sentences({ sentences, activeFinding, lang }: { readonly sentences: readonly RowSentence[]; readonly activeFinding: number | null; readonly lang: 'ko' | 'en' }) {
  return (
    <>
      {sentences.map((s) => (
        // Focusable by a click (not by Tab: thousands of sentences), so focus lights the counterpart as hover does.
        <p key={s.index} className="aligned-sentence" data-lang={lang} data-sentence={s.index} tabIndex={-1}>
          <MarkedText text={s.text} marks={s.marks} activeFinding={activeFinding} />
        </p>
      ))}
    </>
  )
}

function EmptySide({ label }: { readonly label: string }) {
  return (
    <span className="empty-side" lang="en">
      {label}
    </span>
  )
}

/** "Korean 18 · English 18–19", for the row number's tooltip. */
function sentenceRange(row: Row): string {
  const range = (list: readonly number[]) =>
    list.length === 0 ? 'none' : list.length === 1 ? `${list[0] + 1}` : `${list[0] + 1}–${list[list.length - 1] + 1}`
  return `Korean sentence ${range(row.link.ko)} · English sentence ${range(row.link.en)} · ${formatConfidence(row.link.score)} match`
}
