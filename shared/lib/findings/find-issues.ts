import type { AlignmentLink } from '../../models/alignment'
import type { Finding } from '../../models/finding'
import { compareFigures } from '../figures/compare-figures'
import { clauseGaps } from './clause-omissions'
import { oneSidedConfidence } from './finding-confidence'
import { JoinedSentences } from './joined-sentences'

const QUOTE_CHARS = 48

/**
 * What a reviewer should look at, link by link: Korean sentences with no English (omissions), English with no
 * Korean (additions), figures that differ or are missing inside a linked pair, and clause-level gaps inside a
 * linked pair (a name, a quotation or a good part of the length missing), ranked by confidence.
 */
export function findIssues(ko: readonly string[], en: readonly string[], links: readonly AlignmentLink[]): Finding[] {
  const findings: Finding[] = []
  for (const link of links) {
    if (link.en.length === 0) {
      for (const i of link.ko) {
        findings.push({ kind: 'omission', ko: [i], en: [], message: `Not in the English: ${quote(ko[i])}`, confidence: oneSidedConfidence(link.score) })
      }
      continue
    }
    if (link.ko.length === 0) {
      for (const j of link.en) {
        findings.push({ kind: 'addition', ko: [], en: [j], message: `Not in the Korean: ${quote(en[j])}`, confidence: oneSidedConfidence(link.score) })
      }
      continue
    }
    const koJoined = new JoinedSentences(link.ko, ko)
    const enJoined = new JoinedSentences(link.en, en)
    for (const mismatch of compareFigures(koJoined.text, enJoined.text)) {
      const koAt = mismatch.ko ? koJoined.locate(mismatch.ko.span) : undefined
      const enAt = mismatch.en ? enJoined.locate(mismatch.en.span) : undefined
      findings.push({
        kind: 'figure-mismatch',
        ko: koAt ? [koAt.sentence] : [...link.ko],
        en: enAt ? [enAt.sentence] : [...link.en],
        message: mismatch.message,
        confidence: mismatch.confidence,
        ...(mismatch.ko ? { koValue: mismatch.ko.text, koSpan: koAt?.span } : {}),
        ...(mismatch.en ? { enValue: mismatch.en.text, enSpan: enAt?.span } : {}),
      })
    }
    for (const gap of clauseGaps(koJoined.text, enJoined.text)) {
      const koAt = gap.koSpan ? koJoined.locate(gap.koSpan) : undefined
      findings.push({
        kind: 'omission',
        ko: koAt ? [koAt.sentence] : [...link.ko],
        en: [...link.en],
        message: gap.message,
        confidence: gap.confidence,
        ...(koAt ? { koSpan: koAt.span } : {}),
        ...(gap.koValue ? { koValue: gap.koValue } : {}),
      })
    }
  }
  return findings
}

function quote(text: string): string {
  return `“${text.length > QUOTE_CHARS ? text.slice(0, QUOTE_CHARS - 1) + '…' : text}”`
}
