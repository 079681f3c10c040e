import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedNameCount } from '../../../shared/lib/names/name-similarity'
import { nameSkeletons } from '../../../shared/lib/names/name-skeletons'

// The kpc-dev bitext sits in shared/ beside the repository; line i of .ko translates line i of .en.
const DEV = path.resolve(__dirname, '../../../../shared/bench/kpc-dev/korean-english-park.dev')

describe.skipIf(!existsSync(`${DEV}.ko`))('name matching on the kpc-dev pairs', () => {
  it('finds many more shared names in true pairs than in pairs of unrelated lines', () => {
    const ko = readFileSync(`${DEV}.ko`, 'utf8').split('\n').slice(0, 1000)
    const en = readFileSync(`${DEV}.en`, 'utf8').split('\n').slice(0, 1000)
    const koSkeletons = ko.map((line) => nameSkeletons(line, 'ko'))
    const enSkeletons = en.map((line) => nameSkeletons(line, 'en'))
    let truePairs = 0
    let wrongPairs = 0
    for (let i = 0; i < ko.length; i++) {
      truePairs += sharedNameCount(koSkeletons[i], enSkeletons[i])
      wrongPairs += sharedNameCount(koSkeletons[i], enSkeletons[(i + 7) % en.length])
    }
    // Measured: 1.10 per true pair, 0.12 per pair of line i with line i+7 (often the same story).
    expect(truePairs / ko.length).toBeGreaterThan(1)
    expect(wrongPairs / ko.length).toBeLessThan(0.2)
  })
})
