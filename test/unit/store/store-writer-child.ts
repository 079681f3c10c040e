// Child process of store-crash.test.ts: records pair overrides or annotations (argv[3]) as fast as it can and
// reports each one committed, until it is killed.
import { openStore } from '../../../node/store/store'

const store = openStore(process.argv[2])
const what = process.argv[3] ?? 'overrides'
for (let i = 0; ; i++) {
  if (what === 'annotations') {
    const stamp = new Date().toISOString()
    const quote = `문장 ${i}`
    store.saveAnnotation('/library', {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      ko: 'a.txt#0',
      en: 'a.txt#1',
      target: { kind: 'text' },
      anchors: [{ side: 'ko', paragraph: 0, start: 0, end: quote.length, quote, prefix: '', suffix: '' }],
      note: `note ${i} `.repeat(1 + (i % 40)),
      tags: ['crash'],
      status: 'question',
      createdAt: stamp,
      updatedAt: stamp,
    })
  } else {
    store.setPairOverride('/library', { action: i % 2 ? 'pair' : 'unpair', ko: `ko-${i}.txt#0`, en: `en-${i}.txt#1` })
  }
  process.stdout.write(`${i}\n`)
}
