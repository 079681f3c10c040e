import { useEffect, useRef, useState } from 'react'
import { droppedFiles } from '../lib/import-files'
import './DropZone.css'

interface Props {
  /** Called with the files of a drop (a dropped folder's pages among them). */
  readonly onFiles: (files: File[]) => void
  readonly disabled?: boolean
}

/** Makes the whole window a drop target for pages; while files are dragged over it, says what a drop does. */
export function DropZone({ onFiles, disabled }: Props) {
  const [over, setOver] = useState(false)
  // dragenter/dragleave fire for every child element crossed: count them, so the state ends only on leaving the window.
  const depth = useRef(0)
  const latest = useRef(onFiles)
  latest.current = onFiles

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth.current++
      setOver(true)
    }
    const overWindow = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      // Never let the browser open the dropped file in place of the app.
      e.preventDefault()
      depth.current = 0
      setOver(false)
      if (disabled || !e.dataTransfer) return
      void droppedFiles(e.dataTransfer).then((files) => {
        if (files.length > 0) latest.current(files)
      })
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [disabled])

  if (!over) return null
  return (
    <div className="drop-zone" role="status" aria-live="polite">
      <span className="drop-zone-message">Drop pages to import</span>
    </div>
  )
}
