import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppApi } from '../../../shared/models/app-api'
import { defaultReaderSettings, type ReaderSettings } from '../../../shared/models/reader-settings'

/** Changes within this many ms are saved as one write (dragging the splitter, holding Ctrl+=). */
const saveDelayMs = 300

export interface ReaderSettingsState {
  readonly settings: ReaderSettings
  /** False until the stored settings arrived (the last pair read is known only then). */
  readonly loaded: boolean
  readonly update: (patch: Partial<ReaderSettings>) => void
}

/**
 * The reader settings, loaded from the backend once and saved back shortly after each change. A failed save
 * is reported on the console only: the setting still applies for this session.
 */
export function useReaderSettings(api: Pick<AppApi, 'getReaderSettings' | 'setReaderSettings'>): ReaderSettingsState {
  const [settings, setSettings] = useState<ReaderSettings>(defaultReaderSettings)
  const [loaded, setLoaded] = useState(false)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(settings)
  const touched = useRef(false)

  useEffect(() => {
    let live = true
    api
      .getReaderSettings()
      .then((stored) => {
        // A change made before the stored settings arrived wins over them.
        if (live && !touched.current) {
          latest.current = stored
          setSettings(stored)
        }
      })
      .catch((error: unknown) => console.warn('Reader settings could not be read:', error))
      .finally(() => live && setLoaded(true))
    return () => {
      live = false
    }
  }, [api])

  const update = useCallback(
    (patch: Partial<ReaderSettings>) => {
      touched.current = true
      const next = { ...latest.current, ...patch }
      if (Object.entries(patch).every(([k, val]) => latest.current[k as keyof ReaderSettings] === val)) return
      latest.current = next
      setSettings(next)
      if (pending.current) clearTimeout(pending.current)
      pending.current = setTimeout(() => {
        pending.current = null
        api.setReaderSettings(latest.current).catch((error: unknown) => console.warn('Reader settings could not be saved:', error))
      }, saveDelayMs)
    },
    [api],
  )

  return { settings, loaded, update }
}
