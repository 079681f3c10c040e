import { decomposeSyllable } from './hangul-syllables'

/**
 * Frequent words of Korean news text that are not transliterations but whose skeletons are short
 * enough to meet an English name by chance (지난 and China, 제안 and Joanne): demonstratives,
 * conjunctions, adverbs, verb forms, the commonest nouns, and country names read in Sino-Korean
 * (미국 is not "America").
 */
const COMMON = new Set([
  // demonstratives, pronouns, conjunctions, adverbs
  '그는', '그녀', '그녀는', '그들', '이들', '우리', '저희', '자신', '자기', '그러나', '하지만', '그리고', '그런데', '그래서',
  '따라서', '또한', '특히', '이미', '아직', '다시', '매우', '가장', '모두', '함께', '직접', '이번', '지난', '이날', '당시',
  '최근', '현재', '이후', '이전', '앞서', '이어', '한편', '이런', '그런', '저런', '이러한', '그러한', '이렇게', '그렇게',
  '어떤', '모든', '많은', '다른', '같은', '새로운', '없는', '있는', '하는', '되는', '않은', '않는', '위한', '대한', '관한',
  '통해', '위해', '따라', '대해', '관련', '가운데', '동안', '사이', '이상', '이하', '미만', '정도', '가량', '경우', '때문',
  '것이', '것은', '것을', '것으로', '수도', '이라', '이라고', '라고', '에서', '으로', '부터', '까지',
  // the commonest nouns of news text
  '정부', '대통령', '의원', '장관', '총리', '위원장', '대표', '관계자', '기자', '국민', '사람', '사람들', '시민', '주민',
  '문제', '상황', '이유', '결과', '주장', '제안', '발표', '발언', '입장', '계획', '가능성', '사실', '시간', '기간', '주변',
  '시장', '사진', '지역', '국가', '세계', '사회', '경제', '정치', '회의', '회담', '사건', '사고', '지진', '결혼', '도움',
  '필요', '압력', '거래', '시설', '공원', '공연', '개월', '주년', '달러', '치안', '법률', '표준', '조사', '경찰',
  '군인', '선수', '학생', '교수', '회사', '기업', '은행', '학교', '병원', '당국', '외신', '통신', '신문', '방송',
  // countries and cities read in Sino-Korean, unlike their English names
  '미국', '일본', '중국', '영국', '독일', '한국', '북한', '남한', '대만', '호주', '태국', '북경',
])

/** Endings of verb forms that no name has: 않게, 이렇게, 알고, 하고, 되고, 따르면, 밝히며. */
const VERB_FORM = /(?:게|[하되알있없않]고|면|며)$/u

/**
 * Verbs and adjectives ending a clause: 있다, 했다, 바란다, 아니다. Names ending in 다 (캐나다,
 * 플로리다, 도쿠다) have no final consonant before it and are not 이다/니다/하다/되다.
 */
function isPredicate(word: string): boolean {
  if (!word.endsWith('다')) return false
  const before = decomposeSyllable(word[word.length - 2])
  return (before !== null && before.final !== 0) || /[이니하되]다$/u.test(word)
}

/** True for words that are no name: common words, verb forms and predicates. */
export function isCommonKoreanWord(word: string): boolean {
  return COMMON.has(word) || VERB_FORM.test(word) || isPredicate(word)
}
