/** Light, dark, or whatever the operating system uses. */
export type ThemeChoice = 'system' | 'light' | 'dark'

/** The article last opened in a library folder: the app opens there again. */
export interface LastRead {
  readonly folder: string
  readonly articleId: string
}

/**
 * How the reader looks, kept by the backend (the store's settings table) rather than in localStorage: web
 * mode's origin, hence its localStorage, changes with its port at every start.
 */
export interface ReaderSettings {
  readonly theme: ThemeChoice
  /** Text size of the reading panes as a multiple of the default (one of `fontScales`). */
  readonly fontScale: number
  /** Line height of the reading panes as a multiple of the default (one of `lineSpacings`). */
  readonly lineSpacing: number
  /** Height of the findings list in px. */
  readonly findingsListHeight: number
  readonly lastRead: LastRead | null
}

/** Ctrl+= and Ctrl+- step through these (85% to 150%: 12.5 px to 22 px English text). */
export const fontScales: readonly number[] = [0.85, 0.92, 1, 1.1, 1.2, 1.35, 1.5]
/** Compact, normal, relaxed, loose. */
export const lineSpacings: readonly number[] = [0.9, 1, 1.12, 1.25]

/** The findings list: one entry high at least, and at most most of a 768 px window. */
export const minFindingsListHeight = 36
export const maxFindingsListHeight = 520

export const defaultReaderSettings: ReaderSettings = {
  theme: 'system',
  fontScale: 1,
  lineSpacing: 1,
  findingsListHeight: 160,
  lastRead: null,
}

/** Longest English text `compareSecondVersion` accepts, in characters: a long news feature several times over,
 * and under web mode's 64 KB request limit for English text. */
export const maxSecondVersionLength = 60_000
