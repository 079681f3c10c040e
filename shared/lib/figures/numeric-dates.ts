import type { Reading } from './reading'
import { dateValue } from './reading'

const AMPM = / ?([ap])\.?m\.?(?![A-Za-z])/iy

/** Dates and times written with digits and separators: 2025-02-03, 2025.01.30, 10:30, 11:54:18 p.m., 9/11. */
export function readNumericDate(text: string, start: number): Reading | null {
  const iso = /(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d)/y
  iso.lastIndex = start
  let m = iso.exec(text)
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }
    return { kind: 'date', value: dateValue(date), date, start, end: start + m[0].length }
  }
  const clock = /(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/y
  clock.lastIndex = start
  m = clock.exec(text)
  if (m) {
    let value = Number(m[1]) + Number(m[2]) / 60
    let end = start + m[0].length
    AMPM.lastIndex = end
    const ampm = AMPM.exec(text)
    if (ampm) {
      value = (value % 12) + (ampm[1].toLowerCase() === 'p' ? 12 : 0)
      end += ampm[0].length
    }
    return { kind: 'time', value, start, end }
  }
  const military = /(0\d|1\d|2[0-3])([0-5]\d)(?= ?(?:GMT|UTC|hours|hrs|local)\b)|0(\d)([0-5]\d)(?!\d)/y
  military.lastIndex = start
  m = military.exec(text)
  if (m && (start === 0 || !/[\d.,]/.test(text[start - 1]))) {
    // 0715, 1215 GMT: 24-hour clock times.
    const hours = Number(m[1] ?? m[3])
    const minutes = Number(m[2] ?? m[4])
    return { kind: 'time', value: hours + minutes / 60, start, end: start + m[0].length }
  }
  const slash = /(\d{1,2})\/(\d{1,2})(?![\d/])/y
  slash.lastIndex = start
  m = slash.exec(text)
  if (m && Number(m[1]) <= 12 && Number(m[2]) <= 31) {
    const date = { month: Number(m[1]), day: Number(m[2]) }
    return { kind: 'date', value: dateValue(date), date, start, end: start + m[0].length }
  }
  return null
}

