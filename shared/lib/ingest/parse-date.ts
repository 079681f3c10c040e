/** Korean news sites print local time without a zone; it is always KST. */
const KST = '+09:00'

const pad = (n: number): string => String(n).padStart(2, '0')

/** Builds `YYYY-MM-DDTHH:MM:SS+09:00`, or null when a part is out of range. */
export function kstIso(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
    return null
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > daysInMonth) return null
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${KST}`
}

const DATE_TIME = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/u

/** Reads the first `YYYY-MM-DD[ HH:MM[:SS]]` (also with `.` or `/`) in a string. */
export function parseKstDate(text: string): string | null {
  const m = DATE_TIME.exec(text)
  if (!m) return null
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]))
  return kstIso(n(1), n(2), n(3), n(4), n(5), n(6))
}
