/**
 * A double quotation mark: straight, curly, or the ``doubled backtick'' of Korean wire copy in English
 * (Yonhap, The Korea Times), which closes with '' or ’’.
 */
export const DOUBLE_QUOTE_MARK = /["“”]|``/
