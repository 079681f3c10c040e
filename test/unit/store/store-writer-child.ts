// Child process of store-crash.test.ts: records pair overrides as fast as it can and reports each one
// committed, until it is killed.
import { openStore } from '../../../node/store/store'

const store = openStore(process.argv[2])
for (let i = 0; ; i++) {
  store.setPairOverride('/library', { action: i % 2 ? 'pair' : 'unpair', ko: `ko-${i}.txt#0`, en: `en-${i}.txt#1` })
  process.stdout.write(`${i}\n`)
}
