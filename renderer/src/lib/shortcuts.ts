/** Every keyboard shortcut of the reader, as the shortcut sheet lists them (the handlers live where they act). */
export interface Shortcut {
  readonly keys: readonly string[]
  readonly action: string
}

export interface ShortcutGroup {
  readonly title: string
  readonly shortcuts: readonly Shortcut[]
}

export const shortcutGroups: readonly ShortcutGroup[] = [
  {
    title: 'Library',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Previous / next article (in the list)' },
      { keys: ['Home', 'End'], action: 'First / last article' },
      { keys: ['Shift+F10', 'Menu'], action: 'The article’s actions (in the list)' },
      { keys: ['Delete'], action: 'Remove an imported page (in the list; asks first)' },
      { keys: ['Ctrl+O'], action: 'Open a folder (desktop app)' },
      { keys: ['Ctrl+R'], action: 'Reload the library (desktop app)' },
    ],
  },
  {
    title: 'Findings',
    shortcuts: [
      { keys: ['F8', 'j'], action: 'Next finding' },
      { keys: ['Shift+F8', 'k'], action: 'Previous finding' },
      { keys: ['↑', '↓'], action: 'Move through the findings list' },
      { keys: ['↑', '↓'], action: 'Resize the findings list (on its splitter)' },
    ],
  },
  {
    title: 'Aligned view',
    shortcuts: [
      { keys: ['Ctrl+F'], action: 'Find in the pair' },
      { keys: ['Enter', 'Shift+Enter'], action: 'Next / previous match' },
      { keys: ['Ctrl+G'], action: 'Go to a row' },
      { keys: ['Esc'], action: 'Close the search, back to the sentences' },
      { keys: ['↑', '↓', 'Page Up', 'Page Down'], action: 'Scroll the sentences (when the pane has focus)' },
    ],
  },
  {
    title: 'Reading',
    shortcuts: [
      { keys: ['Ctrl+='], action: 'Larger text' },
      { keys: ['Ctrl+-'], action: 'Smaller text' },
      { keys: ['Ctrl+0'], action: 'Default text size' },
      { keys: ['?'], action: 'This list of shortcuts' },
    ],
  },
]
