import { useRef } from 'react'

interface Props {
  readonly label: string
  /** Choose a folder (its files) rather than files: web mode's Open Folder…. */
  readonly folder?: boolean
  readonly disabled?: boolean
  readonly onFiles: (files: File[]) => void
}

/** A button that opens the system's file chooser (a file input kept out of sight) and hands over the chosen files. */
export function ImportButton({ label, folder, disabled, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null)
  // webkitdirectory is not in React's input attributes; set it on the element.
  const setInput = (el: HTMLInputElement | null) => {
    input.current = el
    if (el) el.toggleAttribute('webkitdirectory', Boolean(folder))
  }
  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={setInput}
        className="sr-only"
        type="file"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        accept={folder ? undefined : '.txt,.text,.html,.htm,.xhtml,text/plain,text/html'}
        onChange={(e) => {
          // A folder's subfolders are skipped, as when a library folder is read.
          const files = Array.from(e.target.files ?? []).filter((f) => !folder || f.webkitRelativePath.split('/').length <= 2)
          e.target.value = ''
          if (files.length > 0) onFiles(files.filter((f) => !f.name.startsWith('.')))
        }}
      />
    </>
  )
}
