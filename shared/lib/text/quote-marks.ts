/**
 * A double quotation mark in English text: straight, curly, or the ``doubled backtick'' of Korean wire copy in
 * English (Yonhap, The Korea Times), which closes with '' or ’’.
 */
export const ENGLISH_QUOTE_MARK = /["“”]|``/
