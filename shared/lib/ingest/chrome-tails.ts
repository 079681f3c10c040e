import type { TextSpan } from '../../models/span'
import { matchAtEnd, trimSpan } from './spans'

/** Metro Seoul closes its machine translations with this sentence. */
const MACHINE_TRANSLATION_MARK = /\s*ChatGPT\s*를\s*사용하여\s*번역한\s*기사입니다\.?\s*$/u
/** "/서예진기자 syj@metroseoul.co.kr", "김서현 기자 seoh@…": a reporter's sign-off, not body text. */
const REPORTER_SIGNATURE = /\s*\/?\s*[가-힣]{2,5}\s?기자\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$/u

export interface TailResult {
  readonly span: TextSpan | null
  readonly machineTranslated: boolean
}

/** Removes the machine-translation mark and reporter signatures from the end of a paragraph. */
export function stripTails(text: string, span: TextSpan): TailResult {
  let current: TextSpan | null = trimSpan(text, span.start, span.end)
  let machineTranslated = false
  for (let pass = 0; pass < 3 && current; pass++) {
    const mark = matchAtEnd(text, current, MACHINE_TRANSLATION_MARK)
    if (mark) {
      machineTranslated = true
      current = trimSpan(text, current.start, mark.start)
      continue
    }
    const sign = matchAtEnd(text, current, REPORTER_SIGNATURE)
    // Without an e-mail or slash the pattern could eat a sentence ending in "…기자"; require one.
    if (sign && (sign.match.includes('@') || sign.match.includes('/'))) {
      current = trimSpan(text, current.start, sign.start)
      continue
    }
    break
  }
  return { span: current, machineTranslated }
}
