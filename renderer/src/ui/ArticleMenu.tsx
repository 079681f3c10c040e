import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import './ArticleMenu.css'

export interface ArticleMenuItem {
  readonly label: string
  /** Shown under the label, and as its tooltip: why a disabled item cannot be used. */
  readonly hint?: string
  readonly disabled?: boolean
  readonly onChoose: () => void
}

interface Props {
  /** What the menu is for, for assistive technology ("Actions for …"). */
  readonly label: string
  readonly items: readonly ArticleMenuItem[]
  /** Where it opens: the pointer, or the row's corner when opened from the keyboard (viewport pixels). */
  readonly at: { readonly x: number; readonly y: number }
  /** Closes it; `refocus` when focus should go back to where the menu was opened from (Esc, a choice). */
  readonly onClose: (refocus: boolean) => void
}

/**
 * A sidebar row's context menu (right click, the Menu key or Shift+F10): ↑/↓, Home/End move, Enter or Space
 * chooses, Esc closes; a click outside or Tab closes it too. Disabled items stay focusable, as menus do, so
 * their hint is read.
 */
export function ArticleMenu({ label, items, at, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(() => Math.max(0, items.findIndex((i) => !i.disabled)))
  const [position, setPosition] = useState(at)

  // Kept inside the window: a click near the bottom or right edge opens it up or to the left.
  useLayoutEffect(() => {
    const el = menu.current
    if (!el) return
    const { width, height } = el.getBoundingClientRect()
    setPosition({ x: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)) })
  }, [at])

  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus()
  }, [active])

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false)
    }
    const away = () => onClose(false)
    document.addEventListener('pointerdown', outside, true)
    window.addEventListener('blur', away)
    window.addEventListener('resize', away)
    return () => {
      document.removeEventListener('pointerdown', outside, true)
      window.removeEventListener('blur', away)
      window.removeEventListener('resize', away)
    }
  }, [onClose])

  function choose(item: ArticleMenuItem) {
    if (item.disabled) return
    onClose(false)
    item.onChoose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = items.length - 1
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last }
    if (event.key in moves) setActive(moves[event.key])
    else if (event.key === 'Enter' || event.key === ' ') choose(items[active])
    else if (event.key === 'Escape') onClose(true)
    else if (event.key === 'Tab') onClose(true)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="article-menu"
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item, i) => (
        <div
          key={item.label}
          role="menuitem"
          tabIndex={i === active ? 0 : -1}
          aria-disabled={item.disabled || undefined}
          title={item.hint}
          className={`article-menu-item${item.disabled ? ' is-disabled' : ''}`}
          onClick={() => choose(item)}
          onPointerMove={() => i !== active && setActive(i)}
        >
          <span>{item.label}</span>
          {item.hint && <span className="article-menu-hint">{item.hint}</span>}
        </div>
      ))}
    </div>
  )
}
