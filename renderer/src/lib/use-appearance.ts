import { useEffect, useState } from 'react'
import type { ReaderSettings } from '../../../shared/models/reader-settings'

const darkQuery = '(prefers-color-scheme: dark)'

/** The theme in use: the user's choice, or the operating system's when the choice is "system". */
export function useResolvedTheme(choice: ReaderSettings['theme']): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches)
  useEffect(() => {
    const media = window.matchMedia(darkQuery)
    const onChange = () => setSystemDark(media.matches)
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [])
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice
}

/** Puts the theme, text size and line spacing on the document root, where themes.css and reading-text.css read them. */
export function useAppearance(settings: ReaderSettings): 'light' | 'dark' {
  const theme = useResolvedTheme(settings.theme)
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.style.setProperty('--font-scale', String(settings.fontScale))
    root.style.setProperty('--line-scale', String(settings.lineSpacing))
  }, [theme, settings.fontScale, settings.lineSpacing])
  return theme
}
