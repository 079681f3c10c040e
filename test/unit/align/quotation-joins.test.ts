import { describe, expect, it } from 'vitest'
import { quotationJoins } from '../../../shared/lib/align/quotation-joins'

describe('quotationJoins', () => {
  it('marks the sentences of one quotation cut at its sentence ends, and the same speaker quoted again', () => {
    const sentences = [
      'He said their treatment as suspects had been a "distraction" from the main task of finding Madeleine.',
      '"All of this has damaged their good reputations," he said.',
      '"The only thing they care about is finding Madeleine.',
      'We hope that the Portuguese authorities will continue to cooperate."',
      'Police declined to comment.',
    ]
    expect([...quotationJoins(sentences)]).toEqual([0, 1, 1, 1, 0])
  })

  it('joins nothing in text without quotations, and handles curly quotes', () => {
    expect([...quotationJoins(['One.', 'Two.', 'Three.'])]).toEqual([0, 0, 0])
    expect([...quotationJoins(['“The day I arrived was awful.', 'It rained.”', 'Then it stopped.'])]).toEqual([0, 1, 0])
  })

  it("reads the ``doubled backtick'' quotation of Korean wire copy in English, closed by '' or ’’", () => {
    const sentences = [
      '``We need open minds to communicate with foreign teachers who are from different cultures.',
      "The two groups from different backgrounds have to create a new culture through communication,’’ Rhee said.",
      "``It will take time.''",
      'The institute opened in 2008.',
    ]
    expect([...quotationJoins(sentences)]).toEqual([0, 1, 1, 0])
  })
})
