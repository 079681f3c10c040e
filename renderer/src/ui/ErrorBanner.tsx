interface Props {
  readonly message: string
  readonly onDismiss: () => void
}

/** The last action's failure, shown until dismissed or the next action succeeds. */
export function ErrorBanner({ message, onDismiss }: Props) {
  return (
    <div className="banner banner-error" role="alert">
      <span className="banner-text">{message}</span>
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss error">
        ×
      </button>
    </div>
  )
}
