import type { KeyboardEvent } from 'react'

export type ViewMode = 'aligned' | 'paragraphs'

const modes: readonly { readonly mode: ViewMode; readonly label: string; readonly hint: string }[] = [
  { mode: 'aligned', label: 'Aligned', hint: 'Sentence by sentence, with the check’s findings' },
  { mode: 'paragraphs', label: 'Paragraphs', hint: 'Both articles as published' },
]

interface Props {
  readonly value: ViewMode
  readonly onChange: (mode: ViewMode) => void
}

/** A segmented control (a radio group: arrows move between the two modes). */
export function ViewModeSwitch({ value, onChange }: Props) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return
    event.preventDefault()
    const next = modes[(modes.findIndex((m) => m.mode === value) + 1) % modes.length]
    onChange(next.mode)
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-mode="${next.mode}"]`)?.focus()
  }
  return (
    <div className="segmented" role="radiogroup" aria-label="View" onKeyDown={onKeyDown}>
      {modes.map(({ mode, label, hint }) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={mode === value}
          tabIndex={mode === value ? 0 : -1}
          data-mode={mode}
          title={hint}
          className={`segment${mode === value ? ' is-selected' : ''}`}
          onClick={() => onChange(mode)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}
