/**
 * The HTML report's style sheet, inlined in the report. Fonts: Noto Sans KR (embedded by the app when it
 * can, see ExportOptions.fontCss, or installed), then the Korean system fonts of each platform, never a web
 * font from the network (the report must open offline and send no request). Print: black on white, rows never split across pages, the table
 * header repeated on each page, highlight colours kept.
 */
export const htmlReportStyle = `
:root { color-scheme: light; --line: #d6d9de; --muted: #5b6270; --flag: #fff4d6; --flag-mark: #ffd66b; --gone: #fde8e8; --gone-mark: #f7b4b4; --ok: #e6f4ea; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; color: #1d2330; background: #fff;
  font: 15px/1.55 "Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic", system-ui, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 4px; }
.muted, .meta { color: var(--muted); font-size: 13px; }
.summary { border-collapse: collapse; margin: 12px 0 20px; }
.summary th, .summary td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; font-size: 13px; }
.pair { break-before: auto; }
.pair + .pair { border-top: 2px solid var(--line); margin-top: 32px; }
.titles { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.titles p { margin: 0; font-weight: 600; }
table.aligned { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 12px; }
table.aligned th, table.aligned td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.aligned thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--line); }
col.n { width: 3.2em; } col.notes { width: 28%; }
tr.flagged td { background: var(--flag); }
tr.omission td.en, tr.addition td.ko { background: var(--gone); color: var(--muted); font-style: italic; }
.sentence + .sentence::before { content: " "; }
mark { background: var(--flag-mark); color: inherit; padding: 0 1px; border-radius: 2px; }
mark.omission, mark.addition { background: var(--gone-mark); }
.low { color: #8a5a00; font-size: 12px; }
ul.findings { margin: 0; padding-left: 1.1em; font-size: 13px; }
ul.findings li { margin-bottom: 4px; }
.kind { font-weight: 600; }
.verdict { display: inline-block; font-size: 11px; font-weight: 700; padding: 0 6px; border-radius: 8px; margin-left: 4px; }
.verdict.confirmed { background: #fcd7d7; color: #8c1d1d; }
.verdict.false-alarm { background: var(--ok); color: #1e6b34; }
.note { font-size: 13px; margin: 4px 0 0; padding-left: 8px; border-left: 3px solid #8fa7d8; }
.orphans li { margin-bottom: 6px; }
.quote { font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr, .note, ul.findings li { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .pair + .pair { break-before: page; page-break-before: always; border-top: 0; margin-top: 0; }
}
`
