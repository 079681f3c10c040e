import type { Language } from '../../../shared/models/language'
import { languageLabel, languageName } from '../lib/format'

export function LanguageBadge({ lang }: { readonly lang: Language }) {
  return (
    <span className={`lang-badge lang-${lang}`}>
      <span aria-hidden="true">{languageLabel[lang]}</span>
      <span className="sr-only">{languageName[lang]}</span>
    </span>
  )
}
