/**
 * Lines of a news page that are never article text, whichever block of the page holds them: copyright and
 * redistribution notices, photo credits, ad labels. Article extraction from HTML drops the elements that
 * carry them; these catch the same lines when a site puts them inside the article body.
 */
const COPYRIGHT = /^(?:<\s*)?(?:copyright\b|ⓒ|©|\(c\)\s|저작권자|무단\s?전재)|무단\s?전재|재배포\s?금지|all rights reserved/iu
/** "사진=연합뉴스", "[사진=편슬기 기자]", "Photo: Reuters", "/Yonhap": credits under or in place of a photo. */
const PHOTO_CREDIT = /^[[(]?\s*(?:사진|그래픽|자료|출처|photo|image|graphic|source)\s*[=:：]\s*[^.!?。]{0,60}[\])]?$/iu
/** An ad slot's label on its own. */
const AD_LABEL = /^(?:광고|ad|ads|advertisement|sponsored|스폰서)$/iu
/** Longest line the notices above are looked for in: a real paragraph that mentions copyright stays. */
const MAX_NOTICE = 200

export function isBoilerplateLine(text: string): boolean {
  const line = text.trim()
  if (line.length === 0) return true
  if (line.length > MAX_NOTICE) return false
  return COPYRIGHT.test(line) || PHOTO_CREDIT.test(line) || AD_LABEL.test(line)
}
