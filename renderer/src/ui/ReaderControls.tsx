import { lineSpacings, type ReaderSettings, type ThemeChoice } from '../../../shared/models/reader-settings'
import { stepFontScale } from '../lib/text-size'
import './ReaderControls.css'

interface Props {
  readonly settings: ReaderSettings
  readonly onChange: (patch: Partial<ReaderSettings>) => void
  readonly onShowShortcuts: () => void
}

const themes: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

const spacingLabels = ['Compact', 'Normal', 'Relaxed', 'Loose']

/** Theme, text size and line spacing, and the shortcut sheet: the toolbar's reading controls. */
export function ReaderControls({ settings, onChange, onShowShortcuts }: Props) {
  return (
    <div className="reader-controls" role="group" aria-label="Reading settings">
      <select aria-label="Theme" value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as ThemeChoice })}>
        {themes.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      <div className="text-size" role="group" aria-label="Text size">
        <button type="button" className="button button-small" aria-label="Smaller text" title="Smaller text (Ctrl+-)" onClick={() => onChange({ fontScale: stepFontScale(settings.fontScale, -1) })}>
          A−
        </button>
        <span className="text-size-value" aria-live="polite">
          {Math.round(settings.fontScale * 100)}%
        </span>
        <button type="button" className="button button-small" aria-label="Larger text" title="Larger text (Ctrl+=)" onClick={() => onChange({ fontScale: stepFontScale(settings.fontScale, 1) })}>
          A+
        </button>
      </div>
      <select aria-label="Line spacing" value={settings.lineSpacing} onChange={(e) => onChange({ lineSpacing: Number(e.target.value) })}>
        {lineSpacings.map((s, i) => (
          <option key={s} value={s}>
            {spacingLabels[i]} lines
          </option>
        ))}
      </select>
      <button type="button" className="button button-small" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onShowShortcuts}>
        ?
      </button>
    </div>
  )
}
