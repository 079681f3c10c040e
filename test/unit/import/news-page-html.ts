// A typical news site's article page around one article: navigation, header, breadcrumbs, the headline with
// byline and date, a photo with its caption, an inline ad, a related-articles box, share buttons, a
// most-read sidebar, a copyright footer, scripts. What Readability must see through.
import type { Article } from '../../../shared/models/article'

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface NewsPageOptions {
  /** Titles of other articles, for the related and most-read boxes. */
  readonly others?: readonly string[]
  /** The sign-off the site puts under the body ("/이혜민기자 lhm@…"), if any. */
  readonly signOff?: string
}

function displayDate(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ').replace(/-/g, '.')
}

export function newsPageHtml(article: Article, options: NewsPageOptions = {}): string {
  const others = options.others ?? ['반도체특별법 국회 통과 전망', '서울 아파트값 3주 연속 상승', '"AI 인재 확보가 관건"…정부 대책 발표']
  const lang = article.lang === 'en' ? 'en' : 'ko'
  const paragraphs = article.paragraphs.map((p) => `<p>${esc(p)}</p>`)
  // The photo after the first paragraph, an ad in the middle, as sites place them.
  const figure = `<figure class="article-photo"><img src="https://img.example.com/2025/02/photo.jpg" alt="기사 사진"><figcaption>행사장에서 발표를 듣는 참석자들. 사진=뉴스데일리 DB</figcaption></figure>`
  const ad = `<div class="ad-inline" id="ad-mid"><span>광고</span><a href="https://ads.example.com/click"><img src="https://ads.example.com/banner.gif" alt=""></a><script>window.adSlots=(window.adSlots||[]).concat(["mid"])</script></div>`
  const middle = Math.max(1, Math.floor(paragraphs.length / 2))
  const body = [paragraphs[0], figure, ...paragraphs.slice(1, middle), ad, ...paragraphs.slice(middle)]
  if (article.translator === 'ChatGPT') body.push('<p class="translated">ChatGPT를 사용하여 번역한 기사입니다.</p>')
  if (options.signOff) body.push(`<p>${esc(options.signOff)}</p>`)
  const published = article.publishedAt
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(article.title)} - 뉴스데일리</title>
<meta property="og:title" content="${esc(article.title)} - 뉴스데일리">
<meta property="og:site_name" content="뉴스데일리">
<meta property="og:type" content="article">
${published ? `<meta property="article:published_time" content="${published}">` : ''}
<link rel="stylesheet" href="/css/site.css">
<style>.ad-inline{margin:1em 0}</style>
<script>window.dataLayer=[{"page":"article","section":"economy"}]</script>
<script type="application/json" id="tracking">{"title":"tracking payload","text":"never article text"}</script>
</head>
<body>
<div id="wrap">
<header id="header" class="site-header">
  <div class="top-bar"><a href="/login">로그인</a> <a href="/join">회원가입</a> <span class="weather">맑음 서울 -2.8℃</span></div>
  <h1 class="logo"><a href="/"><img src="/img/logo.png" alt="뉴스데일리"></a></h1>
  <nav class="gnb" id="gnb"><ul>
    <li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li>
    <li><a href="/it">IT·과학</a></li><li><a href="/world">국제</a></li><li><a href="/opinion">오피니언</a></li>
    <li><a href="/photo">포토</a></li><li><a href="/video">영상</a></li><li><a href="/english">English</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs" id="breadcrumb"><a href="/">홈</a> &gt; <a href="/economy">경제</a> &gt; <a href="/economy/industry">산업일반</a></div>
<div id="container">
<main id="content">
<article class="article-view">
  <div class="article-head">
    <h1 class="headline">${esc(article.title)}</h1>
    <div class="article-info">
      ${article.byline ? `<span class="byline">${esc(article.byline)}</span>` : ''}
      ${published ? `<span class="date">입력 <time datetime="${published}">${displayDate(published)}</time></span>` : ''}
      <div class="share-buttons"><button type="button">공유</button><a href="https://facebook.com/share">페이스북</a><a href="https://twitter.com/share">트위터</a><a href="#" class="font-size">글자크기</a></div>
    </div>
  </div>
  <div class="article-body" id="articleBody" itemprop="articleBody">
    ${body.join('\n    ')}
  </div>
  <div class="copyright">Copyright ⓒ 뉴스데일리. 무단전재 및 재배포 금지</div>
  <div class="tags"><a href="/tag/ai">#AI</a> <a href="/tag/economy">#경제</a></div>
</article>
<section class="related-articles" id="related">
  <h2>관련기사</h2>
  <ul>${others.map((t, i) => `<li><a href="/news/${i + 100}"><img src="/thumb/${i}.jpg" alt="">${esc(t)}</a></li>`).join('')}</ul>
</section>
</main>
<aside class="sidebar" id="sidebar">
  <div class="most-read"><h3>가장 많이 본 기사</h3><ol>${others.map((t, i) => `<li><a href="/news/${i + 200}">${esc(t)}</a></li>`).join('')}</ol></div>
  <div class="ad-box"><a href="https://ads.example.com/side"><img src="https://ads.example.com/side.gif" alt="광고"></a></div>
</aside>
</div>
<footer id="footer" class="site-footer">
  <ul class="footer-links"><li><a href="/about">회사소개</a></li><li><a href="/privacy">개인정보처리방침</a></li><li><a href="/youth">청소년보호정책</a></li></ul>
  <address>서울특별시 중구 세종대로 1 · 등록번호 서울 아00000 · 발행인 홍길동 · 대표전화 02-000-0000</address>
  <p class="copy">Copyright © 2025 NewsDaily. All rights reserved.</p>
</footer>
</div>
<script src="/js/app.js"></script>
<script>document.querySelectorAll('.share-buttons a').forEach(function(a){a.addEventListener('click',function(){})})</script>
</body>
</html>
`
}
