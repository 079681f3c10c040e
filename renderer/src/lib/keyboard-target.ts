/** True when a key press goes to a text field or a dialog, where single-letter shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null
  return el?.closest('input, textarea, select, [contenteditable="true"], dialog') != null
}
