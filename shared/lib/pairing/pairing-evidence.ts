import type { Article } from '../../models/article'
import { contentLength, LENGTH_MODEL } from '../align/length-model'

/** Content length of an article body, without whitespace (spacing differs between the languages). */
export function bodyLength(article: Article): number {
  let n = 0
  for (const p of article.paragraphs) n += contentLength(p)
  return n
}

/** 1 when the English is as long as a translation of the Korean should be, falling towards 0 as it strays. */
export function lengthFit(koLength: number, enLength: number): number {
  if (koLength === 0 || enLength === 0) return 0
  const d = Math.log(enLength / (LENGTH_MODEL.enCharsPerKoChar * koLength)) / 0.4
  return Math.exp(-0.5 * d * d)
}

/**
 * 1 when the English came out shortly after the Korean (translations follow their original within days),
 * lower when it came first or much later; neutral when either date is unknown.
 */
export function timeFit(ko: Article, en: Article): number {
  return timeFitBetween(publicationTime(ko), publicationTime(en))
}

/** An article's publication time in epoch milliseconds, NaN when unknown: parsed once per article by pairing. */
export function publicationTime(article: Article): number {
  return article.publishedAt ? Date.parse(article.publishedAt) : NaN
}

/** timeFit of two publication times (publicationTime). */
export function timeFitBetween(koTime: number, enTime: number): number {
  const hours = (enTime - koTime) / 3_600_000
  if (Number.isNaN(hours)) return 0.8
  if (hours >= -1 && hours <= 72) return 1
  const off = hours < -1 ? -1 - hours : hours - 72
  return Math.max(0.3, Math.exp(-off / 96))
}

/** Translations are published by the outlet that ran the original. */
export function siteFit(ko: Article, en: Article): number {
  return ko.site === en.site ? 1 : 0.75
}
