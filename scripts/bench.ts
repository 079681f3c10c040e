// `npm run bench`: accuracy and speed figures for the aligner, the figure check and the pairing.
// Reads the kpc-dev benchmark from ../shared/bench/kpc-dev (skipped when absent) and the seeds.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { alignSentences } from '../shared/lib/align/align-sentences'
import { compareArticles } from '../shared/lib/compare/compare-articles'
import { segmentParagraphs } from '../shared/lib/compare/segment-paragraphs'
import { extractArticles } from '../shared/lib/ingest/extract-articles'
import { buildLibrary } from '../shared/lib/library/build-library'
import { readPage } from '../node/files/read-page'
import { pairArticles } from '../shared/lib/pairing/pair-articles'
import { runAlignmentAccuracy, type SpeedSample } from './bench/alignment-bench'
import { missedGoldLinks } from './bench/alignment-errors'
import { runCliSpeed } from './bench/cli-speed'
import { runFigureBomb } from './bench/figure-bomb'
import { buildAlignmentDocuments } from './bench/alignment-documents'
import { changeFigures } from './bench/figure-documents'
import { scoreFigureChanges } from './bench/figure-score'
import { KPC_DEV_DIR, readKpcDev } from './bench/kpc-dev'
import { PROJECT_ROOT } from './bench/project-root'
import { linkKey, SEED_PAIRS, seedPair } from './bench/seed-pairs'

const pct = (x: number): string => (100 * x).toFixed(1) + '%'
const heading = (title: string): void => console.log(`\n== ${title}`)

function seedSection(): void {
  heading('Seeds')
  for (const name of ['deepseek', 'openai'] as const) {
    const { ko, en } = seedPair(name)
    const koS = segmentParagraphs(ko.paragraphs, 'ko')
    const enS = segmentParagraphs(en.paragraphs, 'en')
    const links = alignSentences(koS.map((s) => s.text), enS.map((s) => s.text)).map(linkKey)
    const gold = SEED_PAIRS[name].gold
    const correct = links.filter((l) => gold.includes(l)).length
    const figures = compareArticles(ko, en).findings.filter((f) => f.kind === 'figure-mismatch')
    console.log(
      `${name.padEnd(8)} sentences ${koS.length}/${enS.length} (expected ${SEED_PAIRS[name].sentences.join('/')}), ` +
        `links ${correct}/${gold.length} correct${correct === gold.length && links.length === gold.length ? ' (exact)' : ''}, ` +
        `figure findings ${figures.length}`,
    )
    for (const f of figures) console.log(`           - ${f.message}`)
  }
  // Drop one English sentence at a time (where the gold link is 1–1): is its Korean left unlinked?
  let found = 0
  let tried = 0
  for (const name of ['deepseek', 'openai'] as const) {
    const { ko, en } = seedPair(name)
    const koS = segmentParagraphs(ko.paragraphs, 'ko').map((s) => s.text)
    const enS = segmentParagraphs(en.paragraphs, 'en').map((s) => s.text)
    for (const link of SEED_PAIRS[name].gold) {
      const [k, e] = link.split(':')
      if (e.includes('+')) continue
      tried++
      const links = alignSentences(koS, enS.filter((_, j) => j !== Number(e)))
      if (links.some((l) => l.en.length === 0 && l.ko.length === 1 && l.ko[0] === Number(k))) found++
    }
  }
  console.log(`omission on the seeds: one English sentence dropped at a time, its Korean found unlinked ${found}/${tried}`)

  const seeds = path.join(PROJECT_ROOT, 'seeds')
  const articles = readdirSync(seeds)
    .sort()
    .flatMap((f) => extractArticles(readFileSync(path.join(seeds, f), 'utf8'), `seeds/${f}`))
  const t0 = performance.now()
  const pairs = pairArticles(articles)
  const ms = performance.now() - t0
  const title = new Map(articles.map((a) => [a.id, a.title.slice(0, 36)]))
  console.log(`pairing  ${articles.length} articles → ${pairs.filter((p) => p.kind === 'full').length} full, ${pairs.filter((p) => p.kind === 'partial').length} partial pairs in ${ms.toFixed(0)} ms`)
  for (const p of pairs) console.log(`           ${p.kind.padEnd(7)} ${p.confidence.toFixed(2)}  ${title.get(p.ko)} ↔ ${title.get(p.en)}`)

  // A large library: the seed pages copied 40 times (200 pages), decoded, extracted and paired.
  const files = readdirSync(seeds).map((f) => ({ f, bytes: new Uint8Array(readFileSync(path.join(seeds, f))) }))
  const pages = Array.from({ length: 40 }, (_, c) => files.map(({ f, bytes }) => ({ source: `copies/${c}_${f}`, bytes }))).flat()
  const t1 = performance.now()
  const large = buildLibrary('copies', pages, [], { readPage })
  console.log(
    `library  ${pages.length} pages → ${large.articles.length} articles, ${large.pairs.length} pairs in ${(performance.now() - t1).toFixed(0)} ms ` +
      '(a speed figure: identical copies tie, so their full pairs are withheld)',
  )
}

function speedSample(sentences: number): SpeedSample {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(PROJECT_ROOT, 'out/node/speed-child.mjs'), String(sentences)], {
    encoding: 'utf8',
  })
  return JSON.parse(out) as SpeedSample
}

function cliSection(bitext: ReturnType<typeof readKpcDev>): void {
  heading('CLI: the built `kobi`, a fresh process per run (start-up included), median')
  for (const t of runCliSpeed(bitext)) {
    const memory = t.peakRssMb === null ? '' : `  peak RSS ${t.peakRssMb.toFixed(0)} MB`
    console.log(`${t.what.padEnd(48)} ${t.medianMs.toFixed(0).padStart(5)} ms  (${t.runs} runs)${memory}`)
  }
  console.log('targets: one sentence ≤ 150 ms; 10,000 pairs ≤ 1,000 ms; 200 pages ≤ 1,000 ms')
}

function figureBombSection(): void {
  heading('Figure bomb: one linked sentence pair with thousands of figures a side, aligned and checked')
  for (const b of runFigureBomb()) {
    console.log(`${String(b.figures).padStart(5)} figures a side, ${b.what.padEnd(13)} ${b.ms.toFixed(0).padStart(5)} ms  findings ${b.findings}`)
  }
  console.log('target: 5,000 figures a side in under a second')
}

function main(): void {
  // `npm run bench -- --accuracy`: the seeds and the accuracy sections only (no timing runs), for tuning.
  const accuracyOnly = process.argv.includes('--accuracy')
  // `npm run bench -- --missed`: every held-out gold link the aligner misses, with its text, to read by hand.
  if (process.argv.includes('--missed')) return missedSection()
  console.log('KoBi Reader benchmark')
  seedSection()
  const bitext = readKpcDev()
  if (!accuracyOnly) {
    cliSection(bitext)
    figureBombSection()
  }
  if (!bitext) {
    console.log(`\n(kpc-dev not found at ${KPC_DEV_DIR}: accuracy and speed sections skipped)`)
    return
  }

  heading(`Alignment accuracy: kpc-dev, ${bitext.ko.length} pairs in documents of 25 (one English drop, one Korean drop, one English join each)`)
  console.log('constants tuned on the first half (pairs 1–500); the second half (501–1000) is held out')
  for (const mode of ['presegmented', 'paragraphs'] as const) {
    const t0 = performance.now()
    const r = runAlignmentAccuracy(bitext, mode)
    const ms = performance.now() - t0
    console.log(mode === 'presegmented' ? 'presegmented (one sentence a line):' : 'raw paragraphs of four gold links, split by the project:')
    for (const [name, a] of [['all', r.all], ['tuning half', r.tuned], ['held-out half', r.heldOut]] as const) {
      console.log(
        `  ${name.padEnd(14)} documents ${String(a.documents).padStart(2)}  link precision ${pct(a.precision)}  recall ${pct(a.recall)}  ` +
          `F1 ${a.f1.toFixed(3)}  omission recall ${a.omissionRecall.toFixed(3)}`,
      )
    }
    console.log(`  low-confidence flags: ${r.all.flaggedWrong} of ${r.all.wrongLinks} wrong links, ${r.all.flaggedRight} of ${r.all.rightLinks} right links  (${ms.toFixed(0)} ms)`)
    if (mode === 'paragraphs') console.log(`  right gold links with a piece of a sentence left unlinked: ${r.all.partlyUnlinked}`)
  }
  console.log('targets (held-out half): presegmented F1 ≥ 0.96, omission recall ≥ 0.92; raw paragraphs F1 ≥ 0.95, omission recall ≥ 0.90')

  if (!accuracyOnly) speedSection()
  figureSection(bitext)
}

function missedSection(): void {
  const bitext = readKpcDev()
  if (!bitext) return console.log(`kpc-dev not found at ${KPC_DEV_DIR}`)
  for (const mode of ['presegmented', 'paragraphs'] as const) {
    const missed = missedGoldLinks(bitext, mode, 'heldOut')
    heading(`Held-out gold links missed, ${mode}: ${missed.length}`)
    for (const m of missed) {
      console.log(`doc ${m.document}  gold ko ${m.gold.ko.join('+') || '(none)'} ↔ en ${m.gold.en.join('+') || '(none)'}   predicted: ${m.predicted.join('; ')}`)
      for (const t of m.ko) console.log(`    KO ${t.slice(0, 120)}`)
      for (const t of m.en) console.log(`    EN ${t.slice(0, 160)}`)
    }
  }
}

function speedSection(): void {
  heading('Alignment speed: the dev set repeated into one document (fresh process per size)')
  for (const n of [1000, 5000, 10000]) {
    const s = speedSample(n)
    console.log(
      `${String(n).padStart(6)} sentences  median ${s.milliseconds.toFixed(0).padStart(5)} ms  (first run ${s.firstRunMilliseconds.toFixed(0)} ms)  ` +
        `peak RSS +${s.peakRssGrowthMb.toFixed(1)} MB  heap after a run +${s.allocatedMb.toFixed(1)} MB`,
    )
  }
  console.log('target: 10,000 sentences in ≤ 1 s (median of 3 runs after one warm-up run on the 1,000-line dev set), memory linear in length')
}

function figureSection(bitext: NonNullable<ReturnType<typeof readKpcDev>>): void {
  heading('Figure check: a number changed in some English sentences (one digit, or ×10); only findings the change created count')
  const changed = changeFigures(buildAlignmentDocuments(bitext))
  const f = scoreFigureChanges(changed)
  console.log(`changes ${f.changes}  detected ${f.detected}  recall ${f.recall.toFixed(3)}  created findings ${f.createdFindings}  correct ${f.correctFindings}  precision ${f.precision.toFixed(3)}`)
  console.log('targets: recall ≥ 0.98 at precision ≥ 0.98')
  console.log(
    `unchanged documents raise ${f.baselineFindings} figure findings (real translation slips and false alarms), ${f.baselineAboveHalf} above confidence 0.5; a sample:`,
  )
  for (const s of f.baselineSample) console.log(`  - ${s.message}\n      KO ${s.ko.slice(0, 90)}\n      EN ${s.en.slice(0, 110)}`)
}

main()
