interface Props {
  readonly folder: string
  readonly onOpenFolder: () => void
}

export function EmptyState({ folder, onOpenFolder }: Props) {
  return (
    <div className="empty-state" role="status">
      <div className="empty-mark" aria-hidden="true">
        한<span>A</span>
      </div>
      <h1>No articles in this folder</h1>
      <p>
        KoBi Reader found no news pages it could read in <code>{folder}</code>. Choose a folder of saved Korean and
        English article pages.
      </p>
      <button type="button" className="button button-primary" onClick={onOpenFolder}>
        Open Folder…
      </button>
    </div>
  )
}
