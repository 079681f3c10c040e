import { useEffect, useRef } from 'react'
import { shortcutGroups } from '../lib/shortcuts'
import './ShortcutSheet.css'

interface Props {
  readonly onClose: () => void
}

/** The keyboard shortcuts, in a modal dialog ("?" or Help › Keyboard Shortcuts; Esc closes it). */
export function ShortcutSheet({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="shortcut-sheet"
      aria-labelledby="shortcut-title"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <header className="shortcut-header">
        <h2 id="shortcut-title">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </header>
      <div className="shortcut-groups">
        {shortcutGroups.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
            <h3 id={`shortcuts-${group.title}`}>{group.title}</h3>
            <dl>
              {group.shortcuts.map((s) => (
                <div key={s.action} className="shortcut-row">
                  <dt>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  )
}
