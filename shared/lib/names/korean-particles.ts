/**
 * Particles and light suffixes that follow a name in Korean news text (블룸버그에 따르면, 아르미스의,
 * 애플 측은). Longest first, so 에서는 is stripped before 는.
 */
const PARTICLES = [
  '에서는', '에서도', '으로는', '으로도', '이라는', '에게는', '이라고', '이라며',
  '에서', '으로', '에게', '에는', '에도', '와의', '과의', '와는', '과는', '라는', '까지', '부터', '보다', '처럼',
  '측은', '측이', '측의', '사의', '사는', '사가', '이다', '에선', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도',
  '로', '측', '사', '만', '들', '께',
]

/** Particles by their last character, longest first: most words end in a character no particle ends in. */
const BY_LAST_CHAR = new Map<string, string[]>()
for (const particle of PARTICLES) {
  const last = particle[particle.length - 1]
  BY_LAST_CHAR.set(last, [...(BY_LAST_CHAR.get(last) ?? []), particle])
}

/** `word` without a trailing particle, as long as two syllables of the name remain. */
export function stripParticle(word: string): string {
  const candidates = BY_LAST_CHAR.get(word[word.length - 1])
  if (!candidates) return word
  for (const particle of candidates) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length)
  }
  return word
}
