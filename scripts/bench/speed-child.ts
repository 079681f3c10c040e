// One speed sample per process, so peak memory is not inherited from a larger run.
import { runAlignmentSpeed } from './alignment-bench'
import { readKpcDev } from './kpc-dev'

const bitext = readKpcDev()
if (!bitext) process.exit(2)
console.log(JSON.stringify(runAlignmentSpeed(bitext, Number(process.argv[2]))))
