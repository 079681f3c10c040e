import { importLimits, type ImportedFile } from '../../../shared/models/import'

export interface ImportBatches {
  readonly batches: ImportedFile[][]
  /** Messages for the files too large to send, named as the handlers name pages over the limit. */
  readonly refused: string[]
}

/** Files dropped or chosen, read for importFiles and cut into calls of at most one import's worth of bytes. */
export async function importBatches(files: readonly File[]): Promise<ImportBatches> {
  const batches: ImportedFile[][] = []
  const refused: string[] = []
  let batch: ImportedFile[] = []
  let size = 0
  for (const file of files) {
    if (batch.length > 0 && (size + file.size > importLimits.maxBatchBytes || batch.length >= importLimits.maxFilesPerCall)) {
      batches.push(batch)
      batch = []
      size = 0
    }
    if (file.size > importLimits.maxBatchBytes) {
      refused.push(`${file.name} is larger than ${importLimits.maxBatchBytes / (1024 * 1024)} MB.`)
      continue
    }
    batch.push({ name: file.name, bytes: await base64(file) })
    size += file.size
  }
  if (batch.length > 0) batches.push(batch)
  return { batches, refused }
}

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  // In chunks: String.fromCharCode(...bytes) overflows the argument limit on pages of a few hundred KB.
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

/**
 * The files of a drop: plain files as they are, a dropped folder's files directly inside it (hidden files and
 * subfolders skipped, as when a library folder is read).
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null)
  if (entries.length === 0 || entries.some((e) => e === null)) return Array.from(data.files)
  const files: File[] = []
  for (const entry of entries as FileSystemEntry[]) {
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry))
    else if (entry.isDirectory) {
      for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) {
        if (child.isFile && !child.name.startsWith('.')) files.push(await fileOf(child as FileSystemFileEntry))
      }
    }
  }
  return files
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/** readEntries answers in pages (100 at a time in Chromium): read until it answers none. */
async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader()
  const all: FileSystemEntry[] = []
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (page.length === 0) return all
    all.push(...page)
  }
}
