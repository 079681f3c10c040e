import { createContext, useContext } from 'react'
import { defaultReaderSettings } from '../../../shared/models/reader-settings'
import type { ReaderSettingsState } from './use-reader-settings'

/** The reader settings for components deep in the reader (the findings list height, the text size). */
export const ReaderSettingsContext = createContext<ReaderSettingsState>({ settings: defaultReaderSettings, loaded: false, update: () => {} })

export function useReaderSettingsContext(): ReaderSettingsState {
  return useContext(ReaderSettingsContext)
}
