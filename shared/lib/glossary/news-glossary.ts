/**
 * A hand-written Korean–English glossary of general news words: countries, institutions, titles, the events
 * news reports on, and the common verbs, nouns and adjectives of reporting. It gives the sentence aligner weak
 * anchors where a sentence has no figure or name. Korean entries are stems matched inside words (사망 matches
 * 사망했다); English entries are words or phrases (up to 4 words) matched with common inflections (kill matches
 * killed), so irregular and doubled-consonant forms are listed (fought, planned); an entry with a capital letter
 * is matched case-sensitively (US, not "us"). Users extend it with their own entries (see GlossaryEntry).
 *
 * Format: one concept a line, `id | korean, … | english, …`; lines starting with # are comments.
 *
 * The matcher takes the longest Korean stem at each position and skips past it, so a longer stem shadows the
 * shorter ones inside it. Many stems are here partly to do that: 인도적/인도주의 (humanitarian, not India),
 * 참가자 (participant, not Gaza), 핵심/탄핵/결핵 (not nuclear), 분위기 (mood, not crisis), 부상하 (emerge, not
 * injury), 부인했 (deny, not wife), 무기한 (not weapon), 국무장관 (not 무장 armed), 인상적 (impressive, not a
 * rise), 재개발 (not resume), 경기도/경기 침체/경기부양/건설경기 (not a sports game), 세계대전 and 휴대전화 (not
 * Daejeon), 전세계/전세기 (not jeonse rent), 지구대/지구촌 (not Earth), 아이디어/아이폰/아이돌/아이티 (not child),
 * 배우자/배우고 (not actor), 투기 (not reporter 기자), 유가족/유가증권 (not oil price), 메타버스 (not Meta),
 * 대중국 (toward China, not the public), 위안부 (not yuan), 차별화 (not discrimination), 금융위기 (crisis, not
 * the FSC 금융위), 인재 (talent, so 인재정책 is not 재정 fiscal), 필수 (not hydrogen 수소), 이미지 (not already),
 * 이른바 (not early), 실시간 (not implement), 요인/개인/한국인/외국인 (not India), 마라톤 (not ton), 파운드리 (not
 * pound), 싱크탱크 (not tank), 배신 (not 신자 believer), 파라미터 (not meter), 다음주 (not 음주 drinking).
 * Stems that collide with common endings are given only in longer forms: 여야정/여야가 (not -여야 "must"),
 * 지지를/지지하 (not -지지 않), 일부는/일부를 (not N일부터), 아내가/아내의 (not 찾아내), 성과를 (not 가능성과),
 * 도로에서 (not 정도로), 침해하 (not 뒷받침해), 철수하 (not the name 안철수), 추위가 (not 소추위원), 일간지
 * (not 90일간; the original bare 일간 was dropped for that reason).
 *
 * Known collisions left in (a stem with two common senses; the concept is still right most of the time):
 * 인도 also 引渡 hand over / 人道 sidewalk / -인도 ("is also"); 이란 also the quotative ending (것이란 is shadowed
 * as a forecast); 가자 also "let's go"; 부상 injury vs emergence; 사고 accident vs thinking; 경기 game vs business
 * climate; 검사 prosecutor vs medical test (진단검사 etc. are shadowed); 의사 doctor vs intention (의사결정 is
 * shadowed); 보수 conservative vs pay/repair; 전력 electric power vs military strength; 통신 telecom vs news
 * agency; 여권 ruling bloc vs passport (listed under both); 시장 market vs mayor (서울시장 etc. are shadowed;
 * 시장은/시장의 may still be a mayor); 감독 coach/director vs supervision; 사과 apology vs apple; 지원 support vs
 * apply; 수입 import vs income; 세대 generation vs household; 조사 investigation vs survey; 유산 heritage vs
 * inheritance; 전시 exhibition vs wartime; 부처 ministries vs Buddha; 가정 home vs assumption; 지구 Earth vs
 * district; 통상 trade vs "usually" (통상적 is shadowed); 구호 is used only as 구호물자/구호품 (구호 is also a
 * slogan); 북미 North America vs North Korea–US (북미 회담/관계/대화/정상 are shadowed); 수단 means vs Sudan (Sudan
 * uses longer stems only); 반려 reject vs companion (반려동물/반려견 are shadowed); AI in Korean text may be avian
 * influenza; 기아 (Kia vs famine), 사찰 (temple vs surveillance), 위장 (stomach vs disguise), 바람 (wind vs hope),
 * 유로 (euro vs 여유로운), 고가 and 상이 and 용이 (common word endings) are left out. Names can still trip short
 * stems (이미선 → 이미, 김대중 → 대중). Single-syllable stems are only those that are nearly always one word:
 * 美 中 日 韓 北 英 獨 佛 露 印 與 野 軍 檢 警 핵 딸 돈 팀 왕 값 첫 뇌 뼈 몸 봄 쌀 숲 닭 앱 톤.
 *
 * English-side limits of the matcher worth knowing: possessives ("India's") and tokens with digits ("G7",
 * "COVID-19", "GPT-4") do not match their base entries; phrases match only in the listed form (list plurals);
 * inflection does not undo doubled consonants or -er/-est, so those forms are listed.
 */
export const NEWS_GLOSSARY_SOURCE = `
# ── Countries, regions, cities ──
usa | 미국, 美, 미군, 방미, 한미, 미중, 북미 정상, 북미 회담, 북미 관계, 북미 대화, 미 의회, 미 정부, 미 국무, 미 국방, 미 해군, 미 행정부, 미 연방, 주한미군, 워싱턴, 미국인 | U.S., US, USA, United States, America, American, Americans, Washington
china | 중국, 中, 베이징, 방중, 한중, 미중, 대중국, 중국인 | China, Chinese, Beijing
japan | 일본, 日, 도쿄, 방일, 한일, 일왕, 일본인 | Japan, Japanese, Tokyo
korea | 한국, 韓, 서울, 국내, 대한민국, 우리나라, 남한, 한미, 한중, 한일, 서울시장, 방한, 주한미군, 한국인 | Korea, Korean, Koreans, Seoul, domestic, South Korea, South Korean
north-korea | 북한, 北, 평양, 북측, 북미 정상, 북미 회담, 북미 관계, 북미 대화, 남북, 탈북, 조선중앙통신 | North Korea, North Korean, North Koreans, Pyongyang, DPRK, inter-Korean, KCNA
russia | 러시아, 모스크바, 크렘린, 露 | Russia, Russian, Russians, Moscow, Kremlin
britain | 영국, 런던, 英, 스코틀랜드 | Britain, British, UK, U.K., England, English, London, United Kingdom, Scotland, Scottish
france | 프랑스, 파리, 佛 | France, French, Paris
germany | 독일, 베를린, 獨 | Germany, German, Germans, Berlin
italy | 이탈리아, 로마 | Italy, Italian, Rome
india | 인도, 뉴델리, 印 | India, Indian, Indians, New Delhi
iraq | 이라크, 바그다드 | Iraq, Iraqi, Iraqis, Baghdad
iran | 이란, 테헤란 | Iran, Iranian, Iranians, Tehran
israel | 이스라엘, 예루살렘, 텔아비브 | Israel, Israeli, Israelis, Jerusalem, Tel Aviv
palestine | 팔레스타인, 가자, 가자지구, 서안지구 | Palestinian, Palestinians, Palestine, Gaza, West Bank
afghanistan | 아프가니스탄, 아프간 | Afghanistan, Afghan, Afghans, Kabul
pakistan | 파키스탄, 이슬라마바드 | Pakistan, Pakistani, Islamabad
canada | 캐나다, 오타와, 토론토 | Canada, Canadian, Canadians, Ottawa, Toronto
mexico | 멕시코 | Mexico, Mexican, Mexicans
australia | 호주, 오스트레일리아, 시드니, 캔버라 | Australia, Australian, Australians, Sydney, Canberra
brazil | 브라질, 상파울루 | Brazil, Brazilian, Sao Paulo, Brasilia
europe | 유럽, 유럽연합, EU, 유로존 | Europe, European, Europeans, EU, European Union, eurozone
asia | 아시아, 아태, 중앙아시아 | Asia, Asian, Asians, Asia-Pacific
africa | 아프리카, 남아프리카 | Africa, African, Africans
taiwan | 대만, 타이완, 타이베이 | Taiwan, Taiwanese, Taipei
hongkong | 홍콩 | Hong Kong
vietnam | 베트남, 하노이, 호찌민 | Vietnam, Vietnamese, Hanoi, Ho Chi Minh City
thailand | 태국, 방콕 | Thailand, Thai, Bangkok
indonesia | 인도네시아, 자카르타 | Indonesia, Indonesian, Jakarta
philippines | 필리핀, 마닐라 | Philippines, Philippine, Filipino, Filipinos, Manila
spain | 스페인, 마드리드 | Spain, Spanish, Madrid
turkey | 터키, 튀르키예, 앙카라, 이스탄불 | Turkey, Turkish, Turkiye, Ankara, Istanbul
egypt | 이집트, 카이로 | Egypt, Egyptian, Egyptians, Cairo
saudi | 사우디, 사우디아라비아, 리야드 | Saudi, Saudis, Saudi Arabia, Riyadh
syria | 시리아, 다마스쿠스 | Syria, Syrian, Syrians, Damascus
lebanon | 레바논, 베이루트 | Lebanon, Lebanese, Beirut
ukraine | 우크라이나, 키이우, 키예프 | Ukraine, Ukrainian, Ukrainians, Kyiv, Kiev
cuba | 쿠바, 아바나 | Cuba, Cuban, Cubans, Havana
ireland | 아일랜드, 더블린 | Ireland, Irish, Dublin
netherlands | 네덜란드, 암스테르담, 헤이그 | Netherlands, Dutch, Amsterdam, Hague
sweden | 스웨덴, 스톡홀름 | Sweden, Swedish, Stockholm
myanmar | 미얀마, 양곤 | Myanmar, Burma, Burmese, Yangon
tibet | 티베트 | Tibet, Tibetan, Tibetans
newyork | 뉴욕 | New York
north-america | 북미, 북아메리카 | North America, North American
south-america | 남미, 남아메리카 | South America, South American
latin-america | 중남미, 라틴아메리카, 중미 | Latin America, Latin American, Central America
middle-east | 중동 | Middle East, Mideast, Middle Eastern
southeast-asia | 동남아, 동남아시아 | Southeast Asia, Southeast Asian
oceania | 오세아니아 | Oceania
pacific | 태평양 | Pacific, Pacific Ocean
atlantic | 대서양 | Atlantic, Atlantic Ocean
indian-ocean | 인도양 | Indian Ocean
arctic | 북극 | Arctic, North Pole
antarctica | 남극 | Antarctica, Antarctic, South Pole
argentina | 아르헨티나, 부에노스아이레스 | Argentina, Argentine, Argentinian, Buenos Aires
chile | 칠레, 산티아고 | Chile, Chilean, Santiago
colombia | 콜롬비아, 보고타 | Colombia, Colombian, Bogota
peru | 페루 | Peru, Peruvian
venezuela | 베네수엘라, 카라카스 | Venezuela, Venezuelan, Caracas
bolivia | 볼리비아 | Bolivia, Bolivian
ecuador | 에콰도르 | Ecuador, Ecuadorian
panama | 파나마 | Panama, Panamanian
haiti | 아이티 | Haiti, Haitian
poland | 폴란드, 바르샤바 | Poland, Polish, Poles, Warsaw
greece | 그리스, 아테네 | Greece, Greek, Athens
portugal | 포르투갈, 리스본 | Portugal, Portuguese, Lisbon
belgium | 벨기에, 브뤼셀 | Belgium, Belgian, Brussels
switzerland | 스위스, 제네바, 취리히, 다보스 | Switzerland, Swiss, Geneva, Zurich, Davos
austria | 오스트리아, 비엔나 | Austria, Austrian, Vienna
norway | 노르웨이, 오슬로 | Norway, Norwegian, Oslo
denmark | 덴마크, 코펜하겐 | Denmark, Danish, Copenhagen
finland | 핀란드, 헬싱키 | Finland, Finnish, Helsinki
hungary | 헝가리, 부다페스트 | Hungary, Hungarian, Budapest
czech | 체코, 프라하 | Czech, Czechia, Czech Republic, Prague
romania | 루마니아 | Romania, Romanian
serbia | 세르비아, 베오그라드 | Serbia, Serbian, Belgrade
croatia | 크로아티아 | Croatia, Croatian
belarus | 벨라루스, 민스크 | Belarus, Belarusian, Minsk
greenland | 그린란드 | Greenland
kazakhstan | 카자흐스탄 | Kazakhstan, Kazakh
uzbekistan | 우즈베키스탄 | Uzbekistan, Uzbek
mongolia | 몽골, 울란바토르 | Mongolia, Mongolian, Ulaanbaatar
nepal | 네팔, 카트만두 | Nepal, Nepalese, Nepali, Kathmandu
bangladesh | 방글라데시 | Bangladesh, Bangladeshi
srilanka | 스리랑카 | Sri Lanka, Sri Lankan
malaysia | 말레이시아, 쿠알라룸푸르 | Malaysia, Malaysian, Kuala Lumpur
singapore | 싱가포르 | Singapore, Singaporean
cambodia | 캄보디아, 프놈펜 | Cambodia, Cambodian, Phnom Penh
laos | 라오스 | Laos, Lao, Laotian
newzealand | 뉴질랜드 | New Zealand
qatar | 카타르 | Qatar, Qatari, Doha
uae | 아랍에미리트, UAE, 두바이, 아부다비 | UAE, United Arab Emirates, Emirati, Dubai, Abu Dhabi
kuwait | 쿠웨이트 | Kuwait, Kuwaiti
jordan | 요르단 | Jordan, Jordanian, Amman
yemen | 예멘, 후티 | Yemen, Yemeni, Houthi, Houthis
libya | 리비아, 트리폴리 | Libya, Libyan, Tripoli
sudan | 남수단, 수단 정부, 수단군, 수단 내전, 하르툼 | Sudan, Sudanese, South Sudan, Khartoum
ethiopia | 에티오피아 | Ethiopia, Ethiopian
kenya | 케냐, 나이로비 | Kenya, Kenyan, Nairobi
nigeria | 나이지리아 | Nigeria, Nigerian
south-africa | 남아공, 남아프리카공화국 | South Africa, South African
somalia | 소말리아 | Somalia, Somali
congo | 콩고 | Congo, Congolese
algeria | 알제리 | Algeria, Algerian
morocco | 모로코 | Morocco, Moroccan
tunisia | 튀니지 | Tunisia, Tunisian
shanghai | 상하이 | Shanghai
osaka | 오사카 | Osaka
california | 캘리포니아 | California, Californian
texas | 텍사스 | Texas
florida | 플로리다 | Florida
losangeles | 로스앤젤레스 | Los Angeles, L.A.
chicago | 시카고 | Chicago
hawaii | 하와이 | Hawaii
siliconvalley | 실리콘밸리 | Silicon Valley
wallstreet | 월가, 월스트리트 | Wall Street
busan | 부산 | Busan, Pusan
incheon | 인천 | Incheon
daegu | 대구 | Daegu
gwangju | 광주 | Gwangju
daejeon | 대전 | Daejeon
ulsan | 울산 | Ulsan
jeju | 제주 | Jeju
gyeonggi | 경기도 | Gyeonggi, Gyeonggi Province
gangwon | 강원 | Gangwon
dokdo | 독도 | Dokdo
dmz | 비무장지대, DMZ, 판문점 | DMZ, demilitarized zone, Panmunjom
kaesong | 개성공단 | Kaesong
# ── International bodies, governments, agencies ──
un | 유엔, 국제연합, UN, 유엔난민기구 | UN, U.N., United Nations
nato | 나토, NATO, 북대서양조약기구 | NATO
security-council | 안보리, 안전보장이사회 | Security Council, UNSC
imf | 국제통화기금, IMF | IMF, International Monetary Fund
who | 세계보건기구, WHO | WHO, World Health Organization
ioc | 국제올림픽위원회, IOC | IOC, International Olympic Committee
iaea | 국제원자력기구, IAEA | IAEA, International Atomic Energy Agency
worldbank | 세계은행 | World Bank
fed | 연준, 연방준비제도, 연방준비은행 | Fed, Federal Reserve
wto | 세계무역기구, WTO | WTO, World Trade Organization
oecd | 경제협력개발기구, OECD | OECD
opec | 석유수출국기구, OPEC | OPEC
asean | 아세안, 동남아시아국가연합, ASEAN | ASEAN
apec | 아시아태평양경제협력체, APEC | APEC
g7 | 주요 7개국, G7, 주요7개국 | Group of Seven
unesco | 유네스코 | UNESCO
unicef | 유니세프 | UNICEF
unhcr | 유엔난민기구 | UNHCR, UN refugee agency
icc | 국제형사재판소 | ICC, International Criminal Court
icj | 국제사법재판소 | ICJ, International Court of Justice
interpol | 인터폴 | Interpol
redcross | 적십자 | Red Cross
ecb | 유럽중앙은행, ECB | ECB, European Central Bank
boj | 일본은행 | BOJ, Bank of Japan
bok | 한국은행, 한은 총재 | Bank of Korea, BOK
fifa | 국제축구연맹, FIFA | FIFA
nasa | 항공우주국, NASA | NASA
fbi | 연방수사국, FBI | FBI
cia | 중앙정보국, CIA | CIA
nis | 국가정보원, 국정원 | National Intelligence Service, NIS, spy agency
eu-commission | 집행위원회, 집행위 | European Commission
european-parliament | 유럽의회 | European Parliament
amnesty-intl | 앰네스티 | Amnesty, Amnesty International
greenpeace | 그린피스 | Greenpeace
hamas | 하마스 | Hamas
hezbollah | 헤즈볼라 | Hezbollah
taliban | 탈레반 | Taliban
isis | 이슬람국가, 이슬람 국가 | Islamic State, ISIS, ISIL
alqaeda | 알카에다 | al-Qaeda, Qaeda
whitehouse | 백악관 | White House
pentagon | 국방부, 펜타곤, 미 국방 | Pentagon, Defense Department, Department of Defense, defense ministry, defense minister
statedept | 국무부, 미 국무, 국무장관 | State Department, Secretary of State
finance-ministry | 기획재정부, 기재부, 재무부, 재정경제부 | finance ministry, finance minister, Treasury, Treasury Department, Treasury Secretary, Ministry of Finance
foreign-ministry | 외교부, 외무부, 외무성, 외교장관, 외무장관 | foreign ministry, foreign minister, Foreign Office, foreign affairs
justice-ministry | 법무부, 법무장관 | justice ministry, justice minister, Justice Department, Department of Justice, attorney general
unification-ministry | 통일부 | unification ministry, unification minister
education-ministry | 교육부 | education ministry, education minister
health-ministry | 보건복지부, 복지부, 보건부 | health ministry, health minister, welfare ministry
industry-ministry | 산업통상자원부, 산업부, 산자부 | industry ministry, industry minister, trade ministry
interior-ministry | 행정안전부, 행안부, 내무부 | interior ministry, interior minister, Home Office
labor-ministry | 고용노동부, 노동부 | labor ministry, labor minister
culture-ministry | 문화체육관광부, 문체부 | culture ministry, culture minister
environment-ministry | 환경부 | environment ministry, environment minister
ftc | 공정거래위원회, 공정위 | Fair Trade Commission, FTC, antitrust regulator
financial-regulator | 금융위원회, 금융위, 금융감독원, 금감원, 금융당국 | Financial Services Commission, Financial Supervisory Service, financial authorities, financial regulator, financial regulators
sec | 증권거래위원회 | SEC, Securities and Exchange Commission
fda | 식품의약국, 식약처, 식품의약품안전처 | FDA, Food and Drug Administration
cdc | 질병통제예방센터, 질병관리청, 질병청 | CDC, Centers for Disease Control, KDCA
supremecourt | 대법원, 대법관 | Supreme Court
constitutional-court | 헌법재판소, 헌재 | Constitutional Court
kospi | 코스피, 유가증권시장 | KOSPI, Kospi
kosdaq | 코스닥 | KOSDAQ, Kosdaq
nasdaq | 나스닥 | Nasdaq, NASDAQ
dow | 다우지수, 다우존스 | Dow, Dow Jones
# ── Companies and media often named in news ──
samsung | 삼성 | Samsung
hyundai | 현대차, 현대자동차, 현대모비스, 현대건설, 현대중공업 | Hyundai
kia | 기아차, 기아자동차 | Kia
lg | LG | LG
sk | SK하이닉스, SK그룹, SK텔레콤 | SK, SK hynix, SK Group, SK Telecom
apple | 애플 | Apple
google | 구글 | Google
microsoft | 마이크로소프트 | Microsoft
amazon | 아마존 | Amazon
tesla | 테슬라 | Tesla
meta | 메타, 페이스북 | Meta, Facebook
openai | 오픈AI, 오픈 AI | OpenAI
chatgpt | 챗GPT, 챗지피티, ChatGPT | ChatGPT
nvidia | 엔비디아 | NVIDIA, Nvidia
toyota | 도요타 | Toyota
huawei | 화웨이 | Huawei
tiktok | 틱톡 | TikTok
netflix | 넷플릭스 | Netflix
intel | 인텔 | Intel
boeing | 보잉 | Boeing
twitter | 트위터 | Twitter
youtube | 유튜브 | YouTube
instagram | 인스타그램 | Instagram
kakao | 카카오 | Kakao
naver | 네이버 | Naver
bloomberg | 블룸버그 | Bloomberg
reuters | 로이터 | Reuters
ap | AP통신, AP 통신 | AP, Associated Press
xinhua | 신화통신 | Xinhua
yonhap | 연합뉴스 | Yonhap
nyt | 뉴욕타임스 | New York Times
wsj | 월스트리트저널 | Wall Street Journal
# ── Politics and government ──
congress | 의회, 국회, 미 의회, 입법부 | Congress, parliament, parliamentary, legislature, National Assembly
senate | 상원 | Senate, senator, senators
house | 하원 | House of Representatives, House
lawmaker | 의원 | lawmaker, lawmakers, legislator, legislators, congressman, congresswoman, MP, MPs
president | 대통령 | president, presidential, presidency
vice-president | 부통령, 부주석 | vice president, vice-president
primeminister | 총리, 국무총리 | prime minister, premier, PM
deputy | 부총리, 차관, 부위원장 | deputy, deputy prime minister, vice minister
minister | 장관 | minister, secretary
spokesman | 대변인 | spokesman, spokeswoman, spokesperson
government | 정부, 당국, 행정부, 미 정부, 미 행정부, 행정 | government, administration, authorities, official, officials, governmental
ministry | 부처 | ministry, ministries, department, departments
cabinet | 내각, 국무회의, 국무위원 | cabinet, cabinet meeting
acting | 권한대행, 직무대행 | acting, acting president, interim
chairman | 회장, 의장, 위원장 | chairman, chairwoman, chairperson, chair, speaker
secretary-general | 사무총장 | secretary-general, secretary general
mayor | 서울시장, 부산시장, 시장 후보, 시장 선거, 시장직, 구청장 | mayor, mayoral
governor | 주지사, 도지사 | governor, gubernatorial
ambassador | 대사, 주미 대사, 주한 대사 | ambassador, envoy
embassy | 대사관, 영사관 | embassy, consulate
diplomat | 외교관 | diplomat, diplomats
diplomacy | 외교 | diplomacy, diplomatic, diplomatically, foreign policy
party | 정당, 당은, 민주당, 공화당, 국민의힘, 더불어민주당, 전당대회, 여야정, 여야 합의, 여야가, 여야는, 여야의, 여야 간, 여야 대표, 여야 지도부, 최고위원 | party, Democrat, Democrats, Democratic, Republican, Republicans, People Power Party, rival parties, bipartisan, convention, Supreme Council
ruling-party | 여당, 집권당, 與, 여권 | ruling party, governing party, ruling bloc, ruling camp
opposition | 야당, 야권, 野 | opposition, opposition party, opposition parties
conservative | 보수 | conservative, conservatives, right-wing, Tory, Tories
progressive | 진보 | progressive, progressives, left-wing, liberal, liberals
democracy | 민주주의, 민주화, 민주적 | democracy, democratic, democratization, pro-democracy
dictator | 독재 | dictator, dictatorship, authoritarian, autocrat, autocracy
regime | 정권, 체제 | regime, administration
communist | 공산주의, 공산당 | communist, communism, Communist Party, CCP
socialism | 사회주의 | socialism, socialist
capitalism | 자본주의, 신자유주의 | capitalism, capitalist, neoliberal, neoliberalism
election | 선거, 대선, 총선, 지방선거, 선거운동 | election, elections, electoral, poll, polls
vote | 투표, 표결, 찬반 | vote, votes, voted, voting, ballot, ballots, voter, voters
turnout | 투표율 | turnout, voter turnout
referendum | 국민투표, 주민투표 | referendum, plebiscite
candidate | 후보 | candidate, candidates, nominee, contender
primary | 경선 | primary, primaries, nomination race, leadership race
campaign | 선거운동, 유세, 캠페인 | campaign, campaigns, campaigning, campaigned, campaigner
approval-rating | 지지율, 지지도 | approval rating, approval ratings, support rating
win | 승리, 당선, 우승, 이겼, 이긴 | win, won, winning, victory, victorious, triumph
winner | 당선인, 당선자, 우승자, 수상자 | winner, winners, president-elect, laureate
lose | 패배, 패했, 잃었, 잃은, 잃고 | lose, lost, losing, defeat, defeated
inauguration | 취임 | inauguration, inaugurated, inaugural, take office, took office, sworn in
term | 임기 | term, tenure, term of office
resign | 사임, 사퇴, 물러나, 물러났, 퇴진, 하야 | resign, resigned, resignation, step down, stepped down, steps down, quit
appoint | 임명, 지명, 기용, 선임, 발탁 | appoint, appointed, appointment, nominate, nomination, named
elect | 선출, 뽑혔, 뽑았 | elect, elected
dismiss | 해임, 경질, 파면, 해고, 해직 | dismiss, dismissed, dismissal, fired, sack, sacked, oust, ousted, removed from office, layoff, layoffs, laid off
impeach | 탄핵, 탄핵심판, 탄핵소추 | impeach, impeachment, impeached
martial-law | 계엄, 비상계엄 | martial law
coup | 쿠데타, 정변 | coup, coup d'etat
constitution | 헌법, 개헌, 위헌, 합헌 | constitution, constitutional, unconstitutional
law | 법률, 법안, 법령, 입법, 법제화, 특별법, 개정안 | law, laws, bill, bills, legislation, legislative, statute
amend | 개정 | amend, amended, amendment, revise, revision
policy | 정책 | policy, policies
reform | 개혁, 쇄신 | reform, reforms, reformed, overhaul, reformist
regulation | 규제, 규정, 규칙, 단속 | regulation, regulations, regulate, regulatory, regulator, rule, rules, crackdown
deregulation | 규제 완화, 규제완화 | deregulation, deregulate, eased regulations, easing regulations
restrict | 제한 | restrict, restricted, restriction, restrictions, limit, limits, limited, limitation, curb, curbs
independence | 독립 | independence, independent
sovereignty | 주권 | sovereignty, sovereign
territory | 영토, 영유권, 영해, 영공 | territory, territorial, airspace, territorial waters
border | 국경, 접경 | border, borders, frontier, cross-border
unification | 통일 | unification, reunification, unified
defector | 탈북민, 탈북자, 탈북 | defector, defectors, defected, defection
humanitarian | 인도적, 인도주의 | humanitarian
alliance | 동맹, 연합군 | alliance, alliances, ally, allies, allied, coalition
peace | 평화 | peace, peaceful, peacefully, peacekeeping, peacekeepers
ceasefire | 휴전, 정전협정, 정전 협정 | ceasefire, cease-fire, truce, armistice
relations | 관계 | relations, relationship, relationships, ties
exchange | 교류 | exchange, exchanges
cooperate | 협력, 협조, 공조, 협업 | cooperate, cooperation, cooperative, collaborate, collaboration, partnership, work together
talks | 회담, 협상, 정상회담, 정상회의, 교섭 | talks, negotiation, negotiations, negotiate, negotiating, negotiator, summit
agreement | 합의, 협정, 협약, 업무협약 | agreement, agreements, agreed, deal, deals, accord, pact, MOU
treaty | 조약 | treaty, treaties
sanction | 제재 | sanction, sanctions, sanctioned
embargo | 금수 조치 | embargo
aid | 원조, 구호물자, 구호품, 구호 활동, 구호단체 | aid, relief, assistance, humanitarian aid
summit-meeting | 회의, 총회 | meeting, meetings, conference, session, assembly
press-conference | 기자회견, 기자간담회, 간담회, 브리핑 | press conference, news conference, briefing, press briefing
committee | 위원회, 위원 | committee, commission, panel, committee member
organization | 기관, 단체, 조직 | organization, organizations, organisation, agency, agencies, institution, institutions
member | 회원, 구성원, 멤버, 회원국 | member, members, membership, member state, member states
council | 이사회, 협의회, 협의체 | board, board of directors, council
chief | 수장, 총재, 청장, 원장 | chief, head, governor, commissioner, director
leader | 지도자, 지도부, 수뇌 | leader, leaders, leadership
executive-order | 행정명령 | executive order, executive orders
# ── People, professions, titles ──
people | 사람, 주민, 시민, 국민, 인민 | people, residents, citizens, citizen, public, the public
civilian | 민간인 | civilian, civilians
civic-group | 시민단체, 시민사회 | civic group, civic groups, NGO, NGOs, civil society
activist | 활동가, 운동가 | activist, activists, campaigner, campaigners
police | 경찰, 경찰청, 경찰관, 警 | police, policeman, policemen, officers, police officer, police officers, cop, cops, law enforcement
military | 군대, 군사, 군인, 병력, 병사, 미군, 군은, 국군, 軍, 장병, 군 당국, 주한미군 | military, army, troops, soldier, soldiers, forces, armed forces, service members
navy | 해군, 미 해군 | navy, naval, sailors
army | 육군, 지상군 | army, ground forces
air-force | 공군 | air force
marines | 해병대 | marine, marines, Marine Corps
commander | 사령관, 장군, 지휘관 | commander, commanders, general, generals
veteran | 참전용사, 참전 용사, 보훈, 재향군인 | veteran, veterans
court | 법원, 재판부, 지법, 고법, 지방법원, 고등법원 | court, courts, tribunal
judge | 판사, 재판관, 법관 | judge, judges, justice, justices
prosecutor | 검찰, 검사, 檢, 검찰청, 검찰총장, 특검, 특별검사 | prosecutor, prosecutors, prosecution, prosecutor general, special counsel, special prosecutor
lawyer | 변호사, 변호인 | lawyer, lawyers, attorney, attorneys, counsel, defense lawyer
law-firm | 로펌, 법무법인 | law firm, law firms
university | 대학, 대학교, 대학원, 연세대, 고려대, 서울대 | university, universities, college, colleges, graduate school, campus
student | 학생, 초등학생, 중학생, 고등학생, 고교생, 대학생 | student, students, pupil, pupils
professor | 교수 | professor, professors
teacher | 교사, 교원, 선생님, 교직원 | teacher, teachers, educator
research | 연구 | research, study, researcher, researchers, studies, studied
think-tank | 싱크탱크 | think tank, think tanks
institute | 연구소, 연구원 | institute, research institute, laboratory, lab, labs
scientist | 과학자 | scientist, scientists
doctor | 의사, 의료진, 전공의, 의사들 | doctor, doctors, physician, physicians, medical staff
nurse | 간호사, 간호 | nurse, nurses, nursing
hospital | 병원 | hospital, hospitals
patient | 환자 | patient, patients
reporter | 기자 | reporter, reporters, journalist, journalists
newspaper | 신문, 일간지, 일간신문 | newspaper, newspapers, daily
media | 언론, 매체, 미디어 | media, press, outlet, outlets, news outlet
foreign-media | 외신 | foreign media, foreign reports, foreign press, foreign news
news | 뉴스, 소식 | news
insider | 관계자, 소식통 | official, officials, insider, insiders, source, sources
expert | 전문가 | expert, experts, specialist, specialists
personal | 개인 | individual, individuals, personal, personally
talent | 인재 | talent, talents, talented, human resources, talent pool
analyst | 애널리스트, 분석가 | analyst, analysts
economist | 경제학자 | economist, economists
ceo | 최고경영자, CEO, 대표이사, 사장 | CEO, chief executive, chief executive officer
executive | 임원, 경영진, 간부 | executive, executives, management
founder | 창업자, 창립자, 설립자, 창업주 | founder, founders, co-founder
employee | 직원, 종업원, 임직원, 사원 | employee, employees, staff, staffer, staffers
worker | 근로자, 노동자 | worker, workers, laborer, laborers, labourer
union | 노조, 노동조합, 민주노총, 한국노총 | union, unions, labor union, trade union
engineer | 엔지니어, 기술자 | engineer, engineers
farmer | 농민, 농부, 농가, 농업인 | farmer, farmers
fisherman | 어민, 어부 | fisherman, fishermen
pilot | 조종사 | pilot, pilots
firefighter | 소방관, 소방대원, 소방당국, 소방서 | firefighter, firefighters, fire department, fire authorities
driver | 운전자, 운전기사 | driver, drivers, motorist, motorists
actor | 배우, 연기자, 여배우 | actor, actors, actress, actresses
singer | 가수 | singer, singers
artist | 예술가, 아티스트 | artist, artists, painter
writer | 작가, 소설가, 저자 | writer, writers, author, authors, novelist
coach | 감독, 코치, 사령탑 | coach, coaches, manager, head coach, director
idol | 아이돌 | idol, idols, K-pop idol
fan | 팬들, 팬덤, 팬클럽 | fan, fans, fandom
customer | 고객, 손님 | customer, customers, client, clients, guest, guests
user | 사용자, 이용자, 유저 | user, users
owner | 소유주, 소유자, 점주 | owner, owners, proprietor
protagonist | 주인공 | protagonist, main character, lead role
manager | 관리자, 매니저, 책임자 | manager, managers, supervisor, administrator, person in charge
hero | 영웅 | hero, heroes, heroic
neighbor | 이웃 | neighbor, neighbors, neighbour, neighbours, neighboring, neighbouring, neighborhood
pope | 교황 | pope, papal
king | 국왕, 왕 | king, kings
queen | 여왕 | queen
prince | 왕자, 왕세자 | prince, crown prince
princess | 공주 | princess
emperor | 일왕, 천황, 황제 | emperor
royal | 왕실 | royal, royal family, monarchy
passport | 여권, 비자, 사증 | passport, passports, visa, visas
monk | 스님, 승려 | monk, monks
priest | 사제, 목사, 목회자 | priest, priests, pastor, pastors, clergy
# ── Family and life ──
child | 어린이, 아이, 아동, 자녀 | child, children, kid, kids, childhood
woman | 여성, 여자 | woman, women, female
man | 남성, 남자 | man, men, male
family | 가족 | family, families
parent | 부모 | parent, parents, parental
wife | 부인, 아내가, 아내의, 아내를, 아내와, 아내인 | wife, wives
husband | 남편 | husband, husbands
son | 아들 | son, sons
daughter | 딸 | daughter, daughters
mother | 어머니, 엄마, 모친 | mother, mothers, mom
father | 아버지, 아빠, 부친 | father, fathers, dad
grandmother | 할머니 | grandmother, grandma
grandfather | 할아버지 | grandfather, grandpa
grandchild | 손자, 손녀, 손주 | grandson, granddaughter, grandchild, grandchildren
brother | 형제, 오빠, 남동생, 형님 | brother, brothers
sister | 자매, 언니, 누나, 여동생 | sister, sisters
sibling | 동생 | sibling, siblings, younger brother, younger sister
relative | 친척, 친지, 친인척 | relative, relatives
bereaved | 유족, 유가족 | bereaved, bereaved families, families of the victims
friend | 친구, 절친, 지인 | friend, friends, friendship, acquaintance
couple | 부부, 커플, 연인 | couple, couples, lover, lovers
dating | 남자친구, 남친, 여자친구, 여친 | boyfriend, girlfriend
spouse | 배우자 | spouse, spouses
marriage | 결혼, 혼인, 기혼, 미혼 | marriage, marriages, married, marry, wedding, unmarried
divorce | 이혼 | divorce, divorced
baby | 아기, 영아, 갓난아기, 신생아 | baby, babies, infant, infants, newborn, newborns
pregnant | 임신, 임산부 | pregnant, pregnancy
birth | 출산, 출생, 태어 | birth, born, childbirth, give birth, gave birth
birthrate | 출산율, 출생률, 저출산, 저출생 | birth rate, birthrate, fertility rate, low birth rate
youth | 청년, 청소년, 젊은이, 젊은 | youth, young, teenager, teenagers, teen, teens, adolescent
elderly | 노인, 고령자, 어르신, 노년 | elderly, senior, seniors, senior citizen, senior citizens, aged
aging | 고령화, 노령화, 초고령 | aging, ageing, aging society
generation | 세대 | generation, generations, generational
population | 인구 | population, populations, demographic, demographics
orphan | 고아 | orphan, orphans, orphaned
home | 가정, 자택, 가정집 | home, homes, household, households
domestic-violence | 가정폭력 | domestic violence
# ── Crime and justice ──
crime | 범죄, 범행 | crime, crimes, criminal, offense, offence
suspect | 용의자, 피의자, 범인, 피고인 | suspect, suspects, culprit, perpetrator, defendant, defendants, accused
victim | 피해자, 희생자 | victim, victims
damage | 피해, 손해, 손상, 타격 | damage, damages, damaged, harm, harmed, blow
murder | 살해, 살인 | murder, murdered, murderer, killed, killing, homicide
theft | 절도, 도난, 도둑, 소매치기 | theft, steal, stole, stolen, thief, thieves, burglary
robbery | 강도 사건, 무장강도, 강도범, 강도 혐의, 강탈 | robbery, robber, robbers, rob, robbed, armed robbery
fraud | 사기죄, 사기 혐의, 사기범, 사기꾼, 사기 사건, 금융사기, 보이스피싱, 전세사기, 투자사기 | fraud, scam, scams, swindle, fraudulent, phishing, voice phishing
election-fraud | 부정선거 | election fraud, electoral fraud, vote rigging, rigged
corruption | 부패, 비리, 부정부패 | corruption, corrupt, graft, irregularities
bribery | 뇌물, 금품, 청탁 | bribe, bribes, bribery, kickback, kickbacks
embezzle | 횡령, 배임 | embezzle, embezzlement, embezzled, breach of trust, misappropriation
speculation | 투기 | speculation, speculative, speculator, speculators
drug | 마약, 필로폰, 대마초 | drug, drugs, narcotics, narcotic, cocaine, heroin, methamphetamine, marijuana, cannabis
sexual-crime | 성폭행, 성폭력, 성범죄, 성추행, 성희롱, 강간, 성착취, 불법촬영 | sexual assault, sexual violence, sexual harassment, sexual abuse, sex crime, sex crimes, rape, raped, sexual, sexually
violence | 폭력, 폭행, 구타 | violence, violent, assault, assaulted, beating, beaten
abuse | 학대, 가혹행위, 갑질 | abuse, abused, abusive, maltreatment, mistreatment, power harassment
arson | 방화, 불을 질 | arson, arsonist, set fire
shooting | 총격, 총기, 총기난사, 발포, 사격 | shooting, shootings, shoot, shot, gun, guns, gunfire, gunman, firearm, firearms, opened fire
knife | 흉기, 칼부림 | knife, knives, stabbing, stab, stabbed
police-station | 경찰서, 파출소, 지구대 | police station
arrest | 체포, 구속, 검거, 구속영장, 체포영장 | arrest, arrested, arrests, detained, apprehend, apprehended
detain | 구금, 억류, 연행 | detain, detained, detention, custody
warrant | 영장, 구속영장, 체포영장 | warrant, warrants, arrest warrant
raid | 압수수색, 압수 | raid, raided, raids, search and seizure, seize, seized, seizure, confiscate, confiscated
investigate | 조사, 수사 | investigate, investigated, investigation, investigations, investigator, investigators, probe, inquiry
accuse | 혐의, 기소, 고발, 고소 | charge, charged, charges, accuse, accused, accusation, allegation, allegations, allege, alleged, indict, indicted, indictment
allegation | 의혹 | allegation, allegations, suspicion, suspicions, alleged
evidence | 증거, 물증, 단서 | evidence, proof, clue, clues
witness | 증인, 목격자, 증언 | witness, witnesses, testimony, testify, testified, eyewitness
trial | 재판, 공판 | trial, trials, hearing, hearings
ruling | 판결, 판시 | ruling, rulings, ruled, verdict, judgment, judgement
sentence | 선고, 징역, 형량, 실형 | sentence, sentenced, sentencing, jail term, prison term, prison sentence
death-penalty | 사형 | death penalty, death sentence, execution, executed, capital punishment
guilty | 유죄 | guilty, convicted, conviction
acquit | 무죄 | acquit, acquitted, acquittal, not guilty, innocent, innocence
appeal | 항소, 상고, 항고, 불복, 항소심 | appeal, appeals, appealed, appellate
fine-penalty | 벌금, 과징금, 과태료 | fine, fined, fines, penalty, penalties
suspended-sentence | 집행유예 | suspended sentence, probation
pardon | 사면, 특별사면 | pardon, pardoned, pardons, amnesty, clemency
parole | 가석방 | parole, paroled
prison | 교도소, 감옥, 수감, 수감자 | prison, prisons, jail, jailed, imprisonment, imprisoned
inmate | 수감자, 재소자, 수용자 | inmate, inmates, prisoner, prisoners, detainee, detainees
extradite | 송환, 신병 인도, 범죄인 인도, 인도 요청 | extradite, extradited, extradition, repatriate, repatriation, repatriated
deport | 추방, 강제송환, 강제 추방 | deport, deported, deportation, expel, expelled, expulsion
lawsuit | 소송, 제소 | lawsuit, lawsuits, sue, sued, suing, suit, litigation
compensation | 배상, 보상, 손해배상 | compensation, compensate, compensated, reparations, damages
kidnap | 납치 | kidnap, kidnapped, kidnapping, abduct, abducted, abduction
hostage | 인질 | hostage, hostages
terror | 테러 | terror, terrorist, terrorists, terrorism
spy | 간첩, 스파이, 첩보 | spy, spies, spying, espionage
# ── Military and conflict ──
war | 전쟁, 전투, 교전, 참전 | war, wars, battle, battles, fighting, combat, warfare
civil-war | 내전 | civil war
world-war | 세계대전, 세계 대전 | World War, world war
invasion | 침공, 침략, 침입 | invasion, invade, invaded, invading, incursion, aggression
occupation | 점령 | occupation, occupy, occupied, occupying
attack | 공격, 습격 | attack, attacks, attacked, assault
airstrike | 공습, 폭격, 포격 | airstrike, airstrikes, air strike, air strikes, air raid, shelling, bombardment, bombing
bomb | 폭탄 | bomb, bombs, bombing, bomber
explode | 폭발 | explosion, explosions, blast, exploded, explode, detonate
nuclear | 핵, 핵무기, 핵탄두, 핵실험, 비핵화, 핵무장, 핵개발, 원전, 원자력, 원자로 | nuclear, atomic, nuke, nukes, warhead, warheads, denuclearization
missile | 미사일, 탄도미사일 | missile, missiles, ballistic missile, ICBM
weapon | 무기, 핵무기, 무장 | weapon, weapons, arms, armed, weaponry
drone | 드론, 무인기 | drone, drones
tank | 탱크, 전차 | tank, tanks
warship | 군함, 구축함, 호위함, 항공모함, 항모, 잠수함 | warship, warships, destroyer, frigate, aircraft carrier, submarine, submarines
fighter-jet | 전투기, 폭격기 | fighter jet, fighter jets, fighter, fighters, warplane, warplanes, bomber, bombers
military-base | 기지, 주둔 | base, bases, stationed, garrison
drill | 훈련, 군사훈련 | drill, drills, exercise, exercises, training, military exercise
deploy | 배치, 파병, 투입 | deploy, deployed, deployment, dispatched
threat | 위협, 협박 | threat, threats, threaten, threatened, threatening, intimidation
enemy | 적군, 적국 | enemy, enemies, hostile
security | 안보, 국가안보 | security, national security
rebel | 반군 | rebel, rebels, insurgent, insurgents
protest | 시위, 집회, 농성, 촛불 | protest, protests, protester, protesters, protestor, demonstration, demonstrations, demonstrator, demonstrators, rally, rallies
riot | 폭동 | riot, riots, rioting, rioters, unrest
refugee | 난민 | refugee, refugees
asylum | 망명 | asylum, asylum seeker, asylum seekers, exile
immigrant | 이민, 이주민, 이민자, 이주 노동자 | immigrant, immigrants, immigration, migrant, migrants, migration, migrant workers
rights | 인권 | human rights
capture | 생포, 포로 | capture, captured, prisoner of war, prisoners of war, POW, POWs
# ── Economy, finance, business ──
company | 회사, 기업, 업체 | company, companies, firm, firms, corporation, corporations, corporate, business
business | 사업 | business, businesses, project, projects, venture
bank | 은행 | bank, banks, banking, lender, lenders
central-bank | 중앙은행 | central bank, central banks
stock | 주식, 증시, 주가 | stock, stocks, share, shares, equities, stock market
market-cap | 시가총액, 시총 | market capitalization, market cap, market value
securities | 증권, 유가증권 | securities, brokerage, brokerages
shareholder | 주주 | shareholder, shareholders, stockholder
index | 지수 | index, indices, indexes
invest | 투자, 출자 | invest, invested, investing, investment, investments, investor, investors
economy | 경제 | economy, economic, economies, economically
finance | 금융, 금융위기 | finance, financial, financing, financed
fiscal | 재정 | fiscal, public finances, public finance
budget | 예산, 추경, 추가경정예산 | budget, budgets, budgetary, supplementary budget, extra budget
deficit | 적자 | deficit, deficits, in the red
surplus | 흑자 | surplus, surpluses, in the black
debt | 부채, 채무, 빚을, 빚이, 빚더미 | debt, debts, indebted, liabilities, liability
bond | 채권, 국채, 국고채, 회사채 | bond, bonds, Treasuries, government bonds
loan | 대출, 융자 | loan, loans, lend, lending, lent, borrow, borrowed, borrowing, mortgage, mortgages
credit | 신용 | credit, creditworthiness
card | 카드 | card, cards, credit card, credit cards
interest-rate | 금리, 기준금리, 이자율, 이자 부담, 대출 이자, 이자 수익, 이자를 | interest rate, interest rates, rate hike, rate hikes, rate cut, rate cuts, key rate, base rate, benchmark rate, borrowing costs
inflation | 인플레이션, 인플레, 물가 | inflation, inflationary, consumer prices
exchange-rate | 환율, 원·달러, 원달러 | exchange rate, exchange rates, forex, foreign exchange
comfort-women | 위안부 | comfort women, comfort woman, sexual slavery
currency | 화폐, 외환, 통화가치, 기축통화 | currency, currencies
monetary-policy | 통화정책, 통화 정책, 금융정책 | monetary policy
dollar | 달러, 원·달러 | dollar, dollars, USD, greenback
won-currency | 원화, 억원, 억 원, 조원, 조 원, 만원, 만 원 | won
yen | 엔화, 엔저 | yen
yuan | 위안화, 억 위안, 만 위안, 조 위안 | yuan, renminbi
euro | 유로화, 억 유로, 만 유로 | euro, euros
pound | 파운드 | pound, pounds, sterling
bitcoin | 비트코인 | bitcoin
crypto | 가상화폐, 암호화폐, 가상자산, 코인 | cryptocurrency, cryptocurrencies, crypto, virtual asset, virtual assets, digital currency, coin, coins
gdp | 국내총생산, GDP | GDP, gross domestic product
growth | 성장, 성장률 | growth, growth rate
recession | 경기 침체, 경기침체, 불황, 침체, 불경기 | recession, downturn, slump, depression, stagnation
crisis | 위기, 금융위기 | crisis, crises
mood | 분위기 | mood, atmosphere, sentiment
stimulus | 경기부양, 경기 부양, 부양책 | stimulus, stimulate, stimulus package
business-climate | 체감 경기, 경기 회복, 경기 둔화, 경기 전망, 건설경기, 경기부진, 경기 부진 | business conditions, business sentiment, economic recovery, economic slowdown
revenue | 매출, 세수 | revenue, revenues, sales, turnover, tax revenue
profit | 이익, 이윤, 수익, 영업이익, 순이익 | profit, profits, profitable, profitability, earnings, earn, earned, net income, operating profit, net profit
loss | 손실, 손해 | loss, losses
results | 실적, 성과를, 성과가, 성과로, 성과는, 경영 성과 | results, earnings, performance, achievements
dividend | 배당 | dividend, dividends, payout
bankrupt | 파산, 부도, 도산 | bankruptcy, bankrupt, insolvency, insolvent
merger | 합병, 인수합병, M&A | merger, mergers, merge, merged
acquire | 인수, 인수합병 | acquire, acquired, acquisition, acquisitions, takeover, buyout
transition-team | 인수위, 인수위원회 | transition team, transition committee
listing | 상장, 기업공개, IPO | listing, listed, IPO, initial public offering, go public
startup | 스타트업, 벤처, 창업 | startup, startups, start-up, start-ups, venture, ventures
chaebol | 재벌, 대기업 | chaebol, conglomerate, conglomerates, big business, large companies, large corporations
sme | 중소기업, 소상공인, 자영업 | small business, small businesses, small and medium-sized, SME, SMEs, self-employed, small merchants
industry | 산업, 업계, 업종 | industry, industries, industrial, sector, sectors
factory | 공장 | factory, factories, plant, plants
manufacture | 제조 | manufacture, manufactured, manufacturing, manufacturer, manufacturers, maker, makers
produce | 생산, 제작 | produce, produced, production, producer, producers, output
supply | 공급, 보급 | supply, supplies, supplied, supplier, suppliers, provide, provided
supply-chain | 공급망 | supply chain, supply chains
demand-econ | 수요 | demand, demands
consume | 소비 | consume, consumption, consumer, consumers, consumer spending
spend | 지출, 씀씀이 | spend, spent, spending, expenditure, expenditures, outlay
save | 저축, 절약 | save, saved, saving, savings
pay | 지불, 지급, 납부 | pay, paid, payment, payments
wage | 임금, 급여, 월급, 연봉, 봉급, 최저임금 | wage, wages, salary, salaries, pay, paycheck, minimum wage
pension | 연금, 국민연금 | pension, pensions, pensioner
income | 소득 | income, incomes
welfare | 복지 | welfare, social welfare, Social Security
subsidy | 보조금, 지원금, 장려금 | subsidy, subsidies, subsidize, grant, grants, allowance, handout, handouts
tax | 세금, 세제, 과세, 감세 | tax, taxes, taxation, taxpayer, taxpayers
price | 가격, 값, 비용, 시세, 단가, 집값 | price, prices, priced, pricing, cost, costs, expense, expenses
expensive | 비싼, 비싸 | expensive, costly, pricey, high-priced, high-end
cheap | 저렴, 저가, 값싼, 값싸, 저비용 | cheap, cheaper, inexpensive, low-cost, low-priced, affordable
fee | 수수료, 요금, 이용료, 통행료 | fee, fees, fare, fares, charges
tuition | 등록금, 학비 | tuition, tuition fees, school fees
money | 돈, 자금 | money, fund, funds, funding
cash | 현금 | cash
capital | 자본 | capital
asset | 자산 | asset, assets
wealth | 부자, 부유, 재산, 자산가, 고소득 | rich, richest, wealthy, wealth, fortune, billionaire, billionaires, millionaire
poverty | 빈곤, 가난, 저소득, 취약계층 | poverty, poor, low-income, needy, the poor
inequality | 불평등, 양극화 | inequality, inequalities, polarization, disparity, disparities
market | 증권시장, 시장에서, 시장 점유율, 시장점유율, 시장 규모, 시장 진출, 시장경제, 시장 경제, 시장을, 시장이, 시장의 | market, markets, market share, marketplace
monopoly | 독점, 장악 | dominate, dominated, dominating, monopoly, monopolies, monopolize, monopolized, monopolistic, exclusive, dominance
compete | 경쟁, 라이벌 | compete, competed, competing, competition, competitive, competitiveness, competitor, competitors, rival, rivals, rivalry
trade | 무역, 교역, 통상, 무역수지, 통상 압력 | trade, trading, commerce, trade balance
export | 수출 | export, exports, exported, exporter, exporters
import | 수입 | import, imports, imported, importer, importers
tariff | 관세 | tariff, tariffs, duties, levies
retail | 유통, 소매, 소매업, 유통업 | retail, retailer, retailers, distribution
store | 매장, 점포, 상점, 가게 | store, stores, shop, shops, outlet, outlets
real-estate | 부동산 | real estate, property, properties, property market, housing market
housing | 주택, 아파트, 주거 | housing, house, houses, apartment, apartments, residential, home prices, house prices
rent | 임대, 월세, 전세, 임차, 세입자 | rent, rents, rental, lease, tenant, tenants, renter, renters, jeonse
redevelopment | 재개발, 재건축 | redevelopment, reconstruction, rebuild, rebuilding
agriculture | 농업, 농산물, 농작물, 농촌 | agriculture, agricultural, farming, farm, farms, crop, crops, rural
fishery | 수산, 어업, 수산물 | fishery, fisheries, fishing, seafood
tourism | 관광, 관광객, 여행, 여행객 | tourism, tourist, tourists, travel, traveler, travelers, trip, trips
aviation | 항공, 항공사 | aviation, airline, airlines
logistics | 물류, 해운, 택배 | logistics, shipping, parcel, parcels, courier
port | 항구, 항만, 부두 | port, ports, harbor, harbour, dock
oil | 석유, 유가, 원유 | oil, crude, petroleum, oil prices
gas | 가스, 천연가스, LNG, 액화천연가스 | gas, natural gas, LNG
coal | 석탄 | coal
steel | 철강, 강철, 제철 | steel, steelmaker, steelmakers
aluminum | 알루미늄 | aluminum, aluminium
copper | 구리 | copper
gold | 금값, 금괴, 금 가격, 금 시세 | gold, gold prices, bullion
semiconductor | 반도체, 메모리 | semiconductor, semiconductors, chip, chips, chipmaker, chipmakers, memory, memory chips, DRAM, NAND
foundry | 파운드리 | foundry, foundries, contract chipmaking, contract chipmaker
battery | 배터리, 이차전지, 2차전지 | battery, batteries
shipbuilding | 조선업, 조선사, 조선소, 조선업계, 조선 산업 | shipbuilding, shipbuilder, shipbuilders, shipyard, shipyards
car | 자동차, 차량, 승용차, 전기차 | car, cars, vehicle, vehicles, auto, autos, automaker, automakers, automotive
ev | 전기차, 전기자동차 | electric vehicle, electric vehicles, EV, EVs, electric car, electric cars
pharma | 제약사, 제약회사, 제약업, 제약 업계, 바이오 | pharmaceutical, pharmaceuticals, drugmaker, drugmakers, biotech, biopharmaceutical, pharma
insurance | 보험, 건강보험 | insurance, insurer, insurers, insured
restructuring | 구조조정 | restructuring, restructure, restructured
# ── Technology and science ──
ai | 인공지능, AI, 생성형 | AI, artificial intelligence, generative
model | 모델 | model, models
version | 버전 | version, versions
function | 기능 | function, functions, feature, features, functionality
inference | 추론 | inference, reasoning
efficiency | 효율, 고효율, 가성비 | efficiency, efficient, efficiently, high-efficiency, cost-efficiency, cost-effective
performance-spec | 성능, 고성능 | performance, high-performance, capability, capabilities, specifications
parameter | 파라미터, 매개변수 | parameter, parameters
technology | 기술 | technology, technologies, technological, technologically, tech, technique, techniques
bigtech | 빅테크 | Big Tech, big tech, tech giant, tech giants
it | 정보기술, IT, 정보통신 | IT, information technology, ICT
innovation | 혁신 | innovation, innovations, innovative, innovate, breakthrough
internet | 인터넷, 온라인 | internet, online, web
computer | 컴퓨터, PC | computer, computers, PC, PCs
phone | 휴대전화, 휴대폰, 전화, 통화했, 전화 통화 | phone, phones, cellphone, cellphones, telephone, mobile, phone call, phone calls
smartphone | 스마트폰, 아이폰, 갤럭시, 아이패드 | smartphone, smartphones, iPhone, iPhones, Galaxy, handset, handsets, iPad, tablet
app | 앱, 애플리케이션, 어플 | app, apps, application, applications
software | 소프트웨어 | software
opensource | 오픈소스, 오픈 소스 | open source, open-source, open-sourcing, open-sourced
platform | 플랫폼 | platform, platforms
social-media | 소셜미디어, 소셜 미디어, SNS, 사회관계망서비스 | social media, social network, social networks, social networking, SNS
cloud | 클라우드 | cloud, cloud computing
data | 데이터, 자료 | data, dataset, datasets
data-center | 데이터센터, 데이터 센터 | data center, data centers, data centre, data centres
server | 서버 | server, servers
device | 기기, 장치, 단말기 | device, devices, equipment, gadget, gadgets, hardware
algorithm | 알고리즘 | algorithm, algorithms
metaverse | 메타버스 | metaverse
robot | 로봇 | robot, robots, robotics, robotic
telecom | 통신, 이동통신, 통신사 | telecom, telecommunications, telecommunication, communications, mobile carrier, carriers
cyber | 사이버, 해킹, 해커 | cyber, cyberattack, cyberattacks, hacking, hacker, hackers, hack, hacked
cybersecurity | 보안, 사이버보안 | security, cybersecurity, cyber security
privacy | 개인정보, 사생활, 프라이버시 | privacy, personal information, personal data, private information
information | 정보 | information, info, intelligence
leak | 유출, 누출 | leak, leaks, leaked, leakage, breach, breaches, outflow, drain
block | 차단, 봉쇄 | block, blocked, blocking, blockade, lockdown, cut off
access | 접속, 접근 | access, accessed, accessing, connect, connection
install | 설치 | install, installed, installing, installation
satellite | 위성, 인공위성 | satellite, satellites
space | 우주, 우주선, 우주항공 | space, spacecraft, outer space, aerospace, astronaut, astronauts
rocket | 로켓, 발사체 | rocket, rockets, launch vehicle
moon | 달 탐사, 달 착륙, 달 표면, 달 궤도, 월면 | moon, lunar
earth | 지구 | Earth, earth
planet | 행성 | planet, planets
science | 과학 | science, sciences, scientific, scientifically
experiment | 실험 | experiment, experiments, experimental
study-paper | 논문 | paper, papers, study, journal, thesis
patent | 특허 | patent, patents
intellectual-property | 지식재산, 지적재산, 지식재산권, 지적재산권 | intellectual property, IP
math | 수학 | mathematics, math, maths, mathematical
electricity | 전기, 전력 | electricity, electric, electrical, power
energy | 에너지 | energy
renewable | 재생에너지, 재생 에너지, 신재생, 친환경 | renewable, renewables, renewable energy, clean energy, eco-friendly
solar | 태양광, 태양열, 태양 | solar, sun, solar power, photovoltaic
wind-power | 풍력 | wind power, wind farm, wind farms, wind turbine, wind turbines, wind energy
hydrogen | 수소 | hydrogen, fuel cell
nuclear-power | 원전, 원자력, 원자로, 핵발전 | nuclear power, nuclear plant, nuclear plants, nuclear power plant, reactor, reactors
power-plant | 발전소 | power plant, power plants, power station
blackout | 정전사태, 대정전, 정전이, 정전으로, 전력난 | blackout, blackouts, power outage, outage, power cut, power shortage
# ── Health and body ──
health | 건강, 보건 | health, healthy, healthcare, health care
medical | 의료, 의학, 의대 | medical, medicine, medical school, medics
medicine | 의약품, 약품, 치료제, 신약, 약물 | medicine, medicines, drug, drugs, medication, medications
treatment | 치료, 치료제 | treatment, treatments, treat, treated, therapy, cure, cured
surgery | 수술 | surgery, surgeries, surgical, operated on
symptom | 증상 | symptom, symptoms, symptomatic
disease | 질병, 질환, 감염병 | disease, diseases, illness, illnesses, infectious disease, sick, sickness
virus | 바이러스 | virus, viruses, viral
infect | 감염, 확진, 감염병 | infect, infected, infection, infections, infectious, confirmed case, confirmed cases, tested positive
pandemic | 팬데믹, 대유행 | pandemic, epidemic, outbreak, outbreaks
covid | 코로나, 코로나19 | COVID, Covid, coronavirus
flu | 독감, 인플루엔자 | flu, influenza
bird-flu | 조류독감, 조류인플루엔자 | bird flu, avian influenza
vaccine | 백신, 접종 | vaccine, vaccines, vaccination, vaccinations, vaccinate, vaccinated, inoculation
medical-test | 진단검사, 진단 검사, 건강검진, 검진, 코로나 검사, 검사를 받, 음성 판정, 양성 판정 | test, tested, testing, screening, checkup, diagnostic test
cancer | 암 환자, 암 발병, 암을, 암이, 유방암, 폐암, 위암, 간암, 대장암, 췌장암, 갑상선암, 전립선암, 혈액암, 암세포, 암 진단, 암으로, 항암, 발암 | cancer, cancers, tumor, tumors, tumour, carcinogen, carcinogenic, chemotherapy
obesity | 비만 | obesity, obese, overweight
diabetes | 당뇨 | diabetes, diabetic
dementia | 치매 | dementia, Alzheimer, Alzheimer's
heart | 심장, 심혈관, 심근경색, 심장마비 | heart, hearts, cardiac, heart attack, cardiovascular
stroke | 뇌졸중 | stroke, strokes
tuberculosis | 결핵 | tuberculosis, TB
pneumonia | 폐렴 | pneumonia
lung | 폐 질환, 폐질환, 폐 기능 | lung, lungs, pulmonary
liver | 간암, 간 이식, 간 기능 | liver
kidney | 신장 이식, 콩팥 | kidney, kidneys
brain | 뇌, 두뇌 | brain, brains, cerebral
blood | 혈액, 혈관, 출혈, 헌혈 | blood, bleeding, blood vessel, blood vessels
bone | 뼈, 골절 | bone, bones, fracture, fractured
skin | 피부 | skin
eye | 시력, 눈병 | eye, eyes, eyesight, vision
face | 얼굴 | facial
head | 머리, 두통 | head, heads, headache
hand | 손가락, 손목 | hand, hands, finger, fingers, wrist
teeth | 치아, 치과 | tooth, teeth, dental, dentist
stomach | 복부, 위궤양 | stomach, abdomen, abdominal
body | 신체, 시신, 시체, 몸, 사체 | body, bodies, corpse, remains, physical
mental-health | 정신건강, 우울증, 정신질환, 트라우마, 스트레스 | mental health, depression, mental illness, trauma, stress, anxiety, psychological
suicide | 자살, 극단적 선택, 극단 선택, 스스로 목숨 | suicide, suicides, suicidal, took his own life, took her own life, killed himself, killed herself
smoking | 흡연, 담배, 금연, 니코틴 | smoking, smoke, smoker, smokers, cigarette, cigarettes, tobacco, nicotine
alcohol | 음주, 술자리, 알코올, 과음, 만취, 음주운전 | alcohol, alcoholic, drinking, drunk, liquor, drunk driving
emergency-care | 응급, 응급실, 구급차, 구급대 | emergency room, ambulance, ambulances, paramedic, paramedics
disability | 장애인, 장애 | disability, disabilities, disabled, handicapped, impairment
hospitalize | 입원 | hospitalized, hospitalised, hospitalization, admitted to hospital
die | 사망, 숨졌, 숨진, 숨지, 목숨, 죽었, 죽은, 사상자, 사망자, 별세, 타계, 세상을 떠, 유명을 달리, 희생 | die, died, dead, death, deaths, killed, kill, fatal, casualty, casualties, fatalities, death toll, passed away, perished
injure | 부상, 다쳤, 다친, 다치, 중상, 경상자, 부상자, 부상당, 부상을 | injure, injured, wounded, injuries, injury, hurt, wound, wounds
emerge | 부상하, 부상했, 떠오르, 떠올랐, 대두, 등장 | emerge, emerged, emergence, emerging, appear, appeared, appearance, arise, arose
survive | 생존, 살아남 | survive, survived, survivor, survivors, survival
# ── Disasters, weather, environment ──
accident | 사고, 교통사고, 추돌 | accident, accidents, crash, crashes, crashed
disaster | 재난, 재해, 참사 | disaster, disasters, catastrophe, catastrophic, tragedy, calamity
industrial-accident | 산업재해, 산재 | industrial accident, industrial accidents, workplace accident, workplace accidents
earthquake | 지진, 강진, 여진 | earthquake, earthquakes, quake, quakes, aftershock, aftershocks, tremor
tsunami | 쓰나미, 지진해일, 해일 | tsunami, tsunamis
volcano | 화산 | volcano, volcanoes, volcanic, eruption, erupt, erupted
flood | 홍수, 침수, 범람 | flood, floods, flooding, flooded, inundated, submerged
typhoon | 태풍, 폭풍, 폭풍우 | typhoon, typhoons, storm, storms, cyclone, cyclones
hurricane | 허리케인 | hurricane, hurricanes
tornado | 토네이도 | tornado, tornadoes, twister
landslide | 산사태 | landslide, landslides, mudslide, mudslides
avalanche | 눈사태 | avalanche, avalanches
drought | 가뭄 | drought, droughts
fire | 화재, 산불, 불길, 화염 | fire, fires, blaze, blazes, wildfire, wildfires, flames, burn, burned, burnt, burning
rain | 폭우, 호우, 강우, 집중호우, 강수량, 비가 내, 장마철, 장맛비, 장마전선 | rain, rains, rainfall, downpour, downpours, heavy rain, torrential, monsoon
snow | 폭설, 대설, 적설, 눈이 내 | snow, snowfall, snowstorm, blizzard, snowy
heatwave | 폭염, 무더위, 불볕더위, 열대야, 더위 | heat wave, heatwave, heat waves, heat, scorching, sweltering, hottest
cold-wave | 한파, 혹한, 추위가, 추위에, 추위를, 추위로, 강추위 | cold wave, cold snap, cold, freezing, frigid
wind | 강풍, 풍속, 돌풍, 바람이 불 | wind, winds, gust, gusts, gale
weather | 날씨, 기상, 기상청 | weather, meteorological, weather agency, forecaster, forecasters
temperature | 기온, 온도, 체온 | temperature, temperatures, degrees
evacuate | 대피, 피난 | evacuate, evacuated, evacuation, evacuations, evacuee, evacuees, shelter, shelters
rescue | 구조대, 구조작업, 구조 작업, 구조됐, 구조된, 구조했, 구출, 구조에 나, 인명구조, 구조대원 | rescue, rescued, rescuer, rescuers, rescue workers
search | 수색 | search, searched, searching, manhunt
structure | 구조, 구조적 | structure, structures, structural, structurally
missing | 실종, 행방불명 | missing, disappear, disappeared, disappearance, unaccounted for
collapse | 붕괴, 무너 | collapse, collapsed, collapses, crumble, crumbled, topple, toppled
climate | 기후, 기후변화 | climate, climate change
warming | 온난화, 지구온난화 | warming, global warming
carbon | 탄소, 탄소중립 | carbon, carbon neutrality, net zero, net-zero, decarbonization
emissions | 배출, 배출가스 | emission, emissions, emit, emitted, discharge, discharged
greenhouse | 온실가스, 온실 | greenhouse, greenhouse gas, greenhouse gases
pollution | 오염 | pollution, polluted, polluting, contamination, contaminated, pollutant, pollutants
fine-dust | 미세먼지, 초미세먼지, 황사 | fine dust, particulate matter, yellow dust, smog, air pollution
environment | 환경 | environment, environmental, environmentally
animal | 동물 | animal, animals
pet | 반려동물, 애완동물, 반려견, 반려묘 | pet, pets, companion animal, companion animals
dog | 강아지, 견공 | dog, dogs, puppy, puppies
cat | 고양이 | cat, cats
pig | 돼지, 양돈 | pig, pigs, pork, swine, hog, hogs
cattle | 소고기, 쇠고기, 한우, 젖소, 축산 | cattle, cow, cows, beef, livestock
chicken | 닭, 치킨, 가금류 | chicken, chickens, poultry
fish | 물고기, 어류, 생선 | fish, fishes
whale | 고래 | whale, whales
wildlife | 야생동물, 야생 | wildlife, wild animals, wild
extinct | 멸종 | extinct, extinction, endangered
insect | 곤충, 벌레, 모기 | insect, insects, mosquito, mosquitoes
forest | 숲, 산림, 삼림 | forest, forests, woods, forestry
river | 하천, 강물 | river, rivers, stream, streams
sea | 바다, 해양, 해상, 해역 | sea, seas, ocean, oceans, marine, maritime, offshore
mountain | 산악, 산맥, 등산 | mountain, mountains, mountainous, hiking, climber, climbers
island | 섬에, 섬을, 섬은, 섬의, 섬이, 열도 | island, islands, archipelago
desert | 사막 | desert, deserts
water | 물을, 물이, 식수, 수돗물 | water, drinking water, tap water
food | 식품, 음식, 식량 | food, foods, foodstuff
rice | 쌀, 벼농사 | rice
wheat | 밀가루, 소맥 | wheat, flour
meat | 육류, 고기 | meat, meats
drink | 음료, 음료수 | beverage, beverages, drink, drinks
coffee | 커피 | coffee
restaurant | 음식점, 식당, 레스토랑, 외식 | restaurant, restaurants, eatery, dining
famine | 기근, 굶주림 | famine, hunger, starvation, starving, starve
# ── Transport and places ──
plane | 비행기, 항공기, 여객기, 전세기 | plane, planes, aircraft, airplane, airplanes, jet, jets, flight, flights, airliner
helicopter | 헬기, 헬리콥터 | helicopter, helicopters, chopper
airport | 공항 | airport, airports
ship | 선박, 어선, 여객선, 화물선, 유조선 | ship, ships, vessel, vessels, boat, boats, ferry, ferries, tanker, tankers, fishing boat
train | 열차, 기차, 철도, 고속철, KTX, 고속열차 | train, trains, railway, railways, railroad, rail, high-speed rail
subway | 지하철, 전철 | subway, subways
bus | 버스 | bus, buses
taxi | 택시 | taxi, taxis, cab, cabs
bicycle | 자전거 | bicycle, bicycles, bike, bikes, cycling, cyclist, cyclists
pedestrian | 보행자 | pedestrian, pedestrians
traffic | 교통, 대중교통, 운송, 수송, 교통사고 | traffic, transport, transportation, transit, public transportation, public transport
road | 고속도로, 도로에서, 도로 위, 도로를, 도로가, 도로망, 도로공사, 도로변 | road, roads, highway, highways, expressway, street, streets
bridge | 교량 | bridge, bridges
leg | 다리 | leg, legs, bridge
tunnel | 터널 | tunnel, tunnels
commute | 출퇴근, 출근, 퇴근 | commute, commuting, commuter, commuters, rush hour
city | 도시 | city, cities, urban
capital-city | 수도 | capital, capital city
village | 마을 | village, villages
local | 현지, 지역, 지방 | local, locally, region, regions, regional, area, areas, province, provinces, provincial
country | 국가, 나라 | country, countries, nation, nations, national
emerging-market | 신흥국, 신흥시장 | emerging market, emerging markets, emerging economies
developing-country | 개발도상국, 개도국 | developing country, developing countries, developing nations
developed-country | 선진국 | developed country, developed countries, developed nations, advanced countries, advanced economies
world | 세계, 전 세계, 전세계, 글로벌, 지구촌 | world, global, globally, worldwide, globe, international community
international | 국제 | international, internationally
foreign | 외국, 해외, 외국인 | foreign, foreigner, foreigners, overseas, abroad
building | 건물, 빌딩, 건축물 | building, buildings, tower, towers
hotel | 호텔, 숙박 | hotel, hotels, accommodation, accommodations, lodging
office | 사무실, 집무실, 청사 | office, offices
headquarters | 본사, 본부 | headquarters, head office, HQ
camp | 수용소, 캠프 | camp, camps
homeless | 노숙인, 노숙자, 노숙 | homeless, homelessness
# ── Education, culture, religion, society ──
education | 교육 | education, educational, educate, educated, teaching, schooling
school | 학교, 초등학교, 중학교, 고등학교, 고교, 초등 | school, schools, elementary school, middle school, high school, primary school
kindergarten | 유치원, 어린이집 | kindergarten, kindergartens, preschool, daycare, day care
academy | 학원, 사교육 | cram school, cram schools, hagwon, private education, private tutoring
exam | 시험, 수능, 수학능력시험 | exam, exams, examination, entrance exam, CSAT, college entrance exam, SAT
graduate | 졸업 | graduate, graduated, graduates, graduation, alumni
degree | 학위, 박사, 석사, 학사 | degree, degrees, doctorate, PhD, Ph.D., master's, bachelor's, Dr
scholarship | 장학금 | scholarship, scholarships
textbook | 교과서 | textbook, textbooks
learn | 배우고, 배운, 배웠, 배우는, 배우기, 학습 | learn, learned, learnt, learning, training, trained
culture | 문화 | culture, cultures, cultural
heritage | 문화재, 유산, 세계유산 | heritage, cultural heritage, World Heritage, legacy
history | 역사 | history, historical, historic, historian, historians
tradition | 전통 | tradition, traditions, traditional, traditionally
language | 언어, 외국어 | language, languages, linguistic
english-language | 영어 | English, English-language
korean-language | 한국어, 한글 | Korean, Hangul, Korean language
art | 미술, 예술 | art, arts, artistic, artwork, artworks
museum | 박물관, 미술관, 전시관 | museum, museums, gallery, galleries
exhibition | 전시회, 전시, 박람회, 엑스포 | exhibition, exhibitions, exhibit, exhibits, expo, fair
concert | 콘서트, 공연, 연주회 | concert, concerts, performance, performances, perform, performed, show, shows
festival | 축제, 페스티벌, 영화제 | festival, festivals, carnival
film | 영화 | film, films, movie, movies, cinema
music | 음악, 밴드 | music, musical, musician, musicians, band, bands
kpop | 케이팝, K팝, 한류 | K-pop, K-Pop, Hallyu, Korean wave
drama | 드라마 | drama, dramas, TV series
book | 도서, 서적, 출판, 신간 | book, books, publish, published, publishing, publisher
novel | 소설 | novel, novels, fiction
animation | 애니메이션, 만화, 웹툰 | animation, animated, cartoon, cartoons, comics, webtoon, webtoons
video-game | 게임 | video game, video games, gaming, game, games
fashion | 패션 | fashion
award | 시상식, 노벨상, 수상자 | award, awards, awarded, prize, prizes, Nobel, Nobel Prize, laureate
television | 방송 | broadcast, broadcasts, broadcasting, television, TV, broadcaster, broadcasters
religion | 종교, 신앙, 신자, 선교 | religion, religions, religious, faith, believer, believers, worship, missionary
betray | 배신 | betray, betrayed, betrayal, traitor
church | 교회 | church, churches
christian | 기독교, 개신교, 크리스천 | Christian, Christians, Christianity, Protestant, Protestants, evangelical
catholic | 천주교, 가톨릭, 성당 | Catholic, Catholics, Catholicism, cathedral
buddhism | 불교, 불자, 조계종, 사찰음식 | Buddhist, Buddhists, Buddhism, temple, temples
judaism | 유대교, 유대인, 유대계 | Jewish, Jew, Jews, Judaism
hindu | 힌두교, 힌두 | Hindu, Hindus, Hinduism
muslim | 이슬람, 무슬림, 모스크 | Islam, Islamic, Muslim, Muslims, mosque, mosques
sunni | 수니파 | Sunni, Sunnis
shia | 시아파 | Shia, Shiite, Shiites
cult | 사이비, 이단 | cult, cults, sect, heresy
arab | 아랍 | Arab, Arabs, Arabic, Arabian
kurd | 쿠르드 | Kurd, Kurds, Kurdish
uyghur | 위구르 | Uighur, Uighurs, Uyghur, Uyghurs, Xinjiang
rohingya | 로힝야 | Rohingya
hispanic | 히스패닉, 라티노 | Hispanic, Hispanics, Latino, Latinos, Latina
black-people | 흑인 | black, blacks, African American, African Americans, African-American
white-people | 백인 | white, whites, Caucasian
indigenous | 원주민, 토착민 | indigenous, Native American, Native Americans, aboriginal
ethnic | 민족, 소수민족, 인종 | ethnic, ethnicity, race, racial, ethnic minority, ethnic minorities
racism | 인종차별, 인종 차별 | racism, racist, racial discrimination
discrimination | 차별 | discrimination, discriminate, discriminatory, bias
differentiate | 차별화 | differentiate, differentiated, differentiation
gender | 성별, 젠더, 양성평등 | gender, gender equality
equality | 평등 | equality, equal, egalitarian
lgbt | 동성애, 동성결혼, 성소수자, 퀴어 | gay, lesbian, LGBT, LGBTQ, homosexual, same-sex, same-sex marriage, queer, sexual minorities
feminism | 페미니즘, 페미니스트, 여성주의 | feminism, feminist, feminists
society | 사회 | society, social, societal
community | 공동체, 지역사회, 커뮤니티 | community, communities
volunteer | 자원봉사, 봉사활동, 봉사 | volunteer, volunteers, volunteering, volunteered
donation | 기부, 성금, 후원금 | donation, donations, donate, donated, donor, donors, charity
jobs | 일자리, 고용, 취업, 구직 | job, jobs, employment, employed, employ, job seekers
hire | 채용 | hire, hired, hiring, recruit, recruited, recruitment
unemployment | 실업, 실직, 실업률 | unemployment, unemployed, jobless, job loss, job losses
labor | 노동, 근로 | labor, labour, labor market
working-hours | 근로시간, 근로 시간, 노동시간, 노동 시간, 근무시간, 근무 시간, 주 52시간 | working hours, work hours, workweek, work week, overtime
strike | 파업 | strike, strikes, striking, walkout, walkouts
retire | 은퇴, 퇴직, 정년 | retire, retired, retiree, retirees, retirement
safe | 안전 | safe, safety, safely
danger | 위험, 위태, 리스크 | danger, dangers, dangerous, risk, risks, risky, hazard, hazards, peril
emergency | 비상, 긴급 | emergency, emergencies, urgent, urgently
# ── Sports ──
sports | 스포츠, 체육 | sport, sports, athletic, athletics
soccer | 축구 | soccer, football, footballer, footballers
baseball | 야구, 프로야구, KBO, MLB | baseball, MLB, KBO
basketball | 농구, NBA | basketball, NBA
volleyball | 배구 | volleyball
golf | 골프, LPGA, PGA | golf, golfer, golfers, LPGA, PGA
tennis | 테니스 | tennis
swimming | 수영 | swimming, swimmer, swimmers, swim, swam
skating | 피겨, 스케이팅, 빙상, 쇼트트랙 | figure skating, skating, skater, skaters, short track, speed skating
marathon | 마라톤 | marathon, marathons
worldcup | 월드컵 | World Cup
league | 리그, 프리미어리그 | league, leagues, Premier League
championship | 선수권, 챔피언십, 챔피언 | championship, championships, champion, champions
tournament | 대회, 토너먼트 | tournament, tournaments, contest, contests
medal | 메달, 금메달, 은메달, 동메달 | medal, medals, gold medal, silver medal, bronze medal, medalist, medalists, medallist
olympics | 올림픽 | Olympic, Olympics
paralympics | 패럴림픽 | Paralympics, Paralympic
asiangames | 아시안게임 | Asian Games
game | 경기 | game, games, match, matches
stadium | 경기장, 구장, 스타디움, 체육관 | stadium, stadiums, arena, ballpark, gym, gymnasium
team | 팀 | team, teams
national-team | 국가대표, 대표팀 | national team, national squad
player | 선수 | player, players, athlete, athletes
goal-score | 득점, 결승골, 실점 | goal, goals, score, scored, scoring
draw | 무승부 | draw, drew, tie, tied
season | 시즌 | season, seasons
# ── Reporting verbs and common actions ──
say | 말했다, 밝혔다, 전했다, 덧붙였다, 설명했다, 강조했다, 말했, 밝혔, 전했, 덧붙, 설명했, 강조했, 언급, 발언, 라며, 답했, 말한 | said, says, say, told, tell, added, explained, stressed, stated, noted, remarked, commented, mentioned, remarks, statement
announce | 발표 | announce, announced, announcement, announcements, unveil, unveiled
report | 보도, 보고서 | report, reports, reported, reporting
according-to | 따르면, 의하면 | according to, citing, cited, quoted
local-time | 현지시간, 현지 시간 | local time
claim | 주장 | claim, claims, claimed, argue, argued, argument, insist, insisted, assert, asserted, contend
point-out | 지적 | point out, pointed out, points out, pointing out, note, noted
criticize | 비판, 비난, 질타, 규탄 | criticize, criticized, criticise, criticised, criticism, criticisms, critic, critics, blame, blamed, condemn, condemned, condemnation, slam, slammed, denounce, denounced
praise | 칭찬, 극찬, 찬사, 호평 | praise, praised, acclaim, acclaimed, commend, commended
apologize | 사과 | apologize, apologized, apologise, apologised, apology, apologies
deny | 부인했, 부인하, 부인한, 부정했, 일축, 반박 | deny, denied, denies, denial, refute, refuted, rebut, rebutted
admit | 인정, 자백 | admit, admitted, acknowledge, acknowledged, recognize, recognized, recognise, recognition, concede, conceded, confess, confessed, confession
confirm | 확인, 재확인, 검증, 입증 | confirm, confirmed, confirmation, verify, verified, identified, proven, prove, proved, validate, validated
reveal | 공개 | unveil, unveiled, disclose, disclosed, disclosure, reveal, revealed, released, make public, made public
hint | 시사 | suggest, suggested, hint, hinted, signal, signaled, signalled, signaling, indicate, indicated
predict | 전망, 예상, 예측, 관측, 내다봤, 내다보, 것이란 | forecast, forecasts, predict, predicted, prediction, predictions, expect, expected, expectation, outlook, projected, anticipate, anticipated
estimate | 추정, 추산 | estimate, estimates, estimated, estimation
expect | 기대, 희망 | expect, expected, expectation, expectations, hope, hoped, hopes, hopeful
analyze | 분석 | analyze, analyzed, analyse, analysed, analysis, analyses
warn | 경고, 경종 | warn, warned, warning, warnings, caution, cautioned
plan | 계획, 방침, 구상 | plan, plans, planned, planning, intend, intended, intention, blueprint
decide | 결정, 결심, 의사결정, 의사 결정 | decide, decided, decision, decisions, determine, determined, decision-making
agree | 동의, 찬성 | agree, agreed, consent, in favor, favor
reject | 거부, 거절, 반려, 기각 | reject, rejected, rejection, refuse, refused, refusal, turn down, turned down, veto, vetoed
demand | 요구, 촉구, 요청 | demand, demands, demanded, call for, called for, calls for, calling for, urge, urged, request, requested, ask, asked
propose | 제안, 제시, 제의했, 제의를 | propose, proposed, proposal, proposals, suggest, suggestion, suggestions, offer
approve | 승인, 허가, 비준 | approve, approved, approval, authorize, authorized, permit, permission, license, ratify, ratified, ratification
pass-bill | 통과, 가결 | pass, passed, passage
sign | 서명, 체결 | sign, signed, signing, signature, signatures
launch | 출시, 발사, 출범, 론칭, 런칭 | launch, launched, launches, launching, release, rollout, roll out, rolled out, debut
release-prisoner | 석방, 풀려 | release, released, freed, set free
investigate-check | 점검, 감찰, 검열 | inspect, inspected, inspection, inspections, inspector, inspectors, check, checked, audit, censorship
review | 검토, 재검토 | review, reviewed, reviewing, consider, considered, considering, consideration, examine, examined, look into
evaluate | 평가 | evaluate, evaluated, evaluation, assess, assessed, assessment, rated, rating
implement | 시행, 실시, 시행령 | implement, implemented, implementation, enforce, enforced, enforcement, carry out, carried out, conduct, conducted, take effect, took effect
introduce | 도입 | introduce, introduced, introduction, adopt, adopted, adoption
accept | 수용, 받아들 | accept, accepted, acceptance, embrace, embraced
prepare | 준비, 마련, 대비해, 대비하, 대비책 | prepare, prepared, preparation, preparations, preparing, ready, readiness
participate | 참여, 참가, 참석, 동참, 가입, 참가자 | participate, participated, participation, participant, participants, join, joined, attend, attended, attendance, take part, took part
visit | 방문, 방한, 방미, 방중, 방일, 순방 | visit, visits, visited, visitor, visitors, tour, trip
meet | 만나, 만났, 만난, 만남, 회동, 면담, 접견 | meet, met, meets, meeting, encounter
discuss | 논의, 협의, 토론, 의논 | discuss, discussed, discussion, discussions, debate, debated, deliberate, deliberation, consult, consultation, consultations
hold | 개최, 열린, 열리, 열었, 열고, 주최 | hold, held, holding, host, hosted, hosting, convene, convened, organize, organized
open | 개장, 개통, 개관, 개점, 개막, 문을 열, 개방 | open, opened, opening, reopen, reopened
close | 폐쇄, 폐업, 폐점, 문을 닫, 폐막 | close, closed, closing, closure, closures, shut, shutdown, shut down
build | 건설, 건립, 건축 | build, built, building, construct, constructed, construction
complete | 완료, 완성, 완공 | complete, completed, completion
begin | 시작, 착수, 돌입, 개시 | begin, began, begun, beginning, start, started, starting, commence, commenced, kick off
end | 종료, 끝나, 끝났, 마쳤, 마무리, 종식 | end, ended, ending, finish, finished, conclude, concluded, conclusion, wrap up, wrapped up
stop | 중단, 중지, 멈춰, 멈추, 정지 | stop, stopped, stopping, halt, halted, suspend, suspended, suspension, cease, ceased
resume | 재개 | resume, resumed, resumption, restart, restarted
continue | 지속, 계속, 이어가, 이어지, 이어졌 | continue, continued, continues, continuing, continuous, ongoing, sustained, persist, persisted
sell | 판매, 매각, 팔았, 팔아, 팔린, 매도 | sell, sold, sale, sales, seller, sellers, selling
buy | 구매, 매입, 구입, 매수 | buy, bought, buying, purchase, purchased, purchases, buyer, buyers
ban | 금지 | ban, bans, banned, banning, prohibit, prohibited, prohibition, forbid, forbidden, outlaw, outlawed
allow | 허용 | allow, allowed, allowing, permit, permitted, tolerate
support | 지원, 후원, 지지를, 지지하, 지지한, 지지했, 지지자, 지지층, 지지 선언 | support, supports, supported, supporting, supporter, supporters, backing
oppose | 반대, 반발 | oppose, opposed, opposing, opposition, objection, objections, backlash, protest
help | 도움, 돕기, 돕고, 도왔, 도와주, 도와달 | help, helped, helping, assist, assisted, assistance
protect | 보호, 지키, 수호 | protect, protected, protecting, protection, guard, safeguard, safeguards, defend, defended, defense
prevent | 예방, 방지, 저지, 막기, 막아 | prevent, prevented, prevention, preventive, deter, thwart
increase | 증가, 늘어, 늘었, 늘린, 늘려, 늘리, 늘고, 늘면, 증대, 상승, 올랐, 인상 | increase, increased, increases, increasing, rise, rises, rising, rose, risen, grow, grew, grown, growing, gain, gains, climb, climbed, raise, raised, hike, hikes
decrease | 감소, 줄어, 줄었, 줄인, 줄여, 줄이, 줄고, 축소, 하락, 인하, 삭감, 감축 | decrease, decreased, decreases, decline, declined, declines, declining, fall, fell, fallen, falling, drop, dropped, dropping, drops, reduce, reduced, reduction, shrink, shrank, cut, cuts, cutting, lower, lowered, slash, slashed
surge | 급증, 급등, 폭증, 치솟, 급성장 | surge, surged, surging, soar, soared, soaring, skyrocket, skyrocketed, jump, jumped, spike, spiked
plunge | 급감, 급락, 폭락 | plunge, plunged, plummet, plummeted, tumble, tumbled, slump, slumped, nosedive
expand | 확대, 확장, 확충, 넓히 | expand, expanded, expanding, expansion, enlarge, widen, widened, broaden, extend, extended, extension
spread | 확산, 퍼지, 퍼져, 번지 | spread, spreading, proliferate, proliferation
change | 변화, 변경, 바뀌, 바꾸, 바꿔, 전환, 지각변동 | change, changed, changes, changing, shift, shifted, shifting, shifts, transform, transformation, transition, switch, switched, upheaval, shake-up
improve | 개선, 향상, 나아지 | improve, improved, improvement, improvements, improving, enhance, enhanced, enhancement, better
recover | 회복, 반등, 복구 | recover, recovered, recovery, rebound, rebounded, restore, restored, restoration
worsen | 악화 | worsen, worsened, worsening, deteriorate, deteriorated, deterioration, aggravate, aggravated, worse
strengthen | 강화 | strengthen, strengthened, strengthening, reinforce, reinforced, reinforcement, tighten, tightened, bolster, bolstered, step up, stepped up
weaken | 약화, 약세, 취약 | weaken, weakened, weakening, weak, weakness, vulnerable, vulnerability, vulnerabilities, undermine, undermined
maintain | 유지 | maintain, maintained, maintaining, maintenance, sustain, retain, retained, keep, kept
create | 창출, 창조, 만들, 만든, 만드 | create, created, creating, creation, make, made, making
use | 사용, 이용, 활용 | use, used, uses, using, utilize, utilized, utilization, usage, employ, leverage
develop | 개발, 발전 | develop, developed, developing, development, developer, developers
deliver | 배송, 배달, 납품 | deliver, delivered, delivery, deliveries, shipment, shipments
send | 보내, 보냈, 파견, 송금 | send, sent, sending, dispatch, dispatched, remittance
receive | 받았, 수령, 수취 | receive, received, receiving, receipt, recipient, recipients
provide | 제공 | provide, provided, providing, provision, offer, offered, offering
share-verb | 공유 | share, shared, sharing
collect | 수집 | collect, collected, collecting, collection, gather, gathered, gathering
store-data | 저장 | store, stored, storage
process | 처리 | process, processed, processing, handle, handled, handling
delete | 삭제, 제거 | delete, deleted, deletion, remove, removed, removal, eliminate, eliminated, elimination, erase
violate | 위반, 침해하, 침해했, 침해한, 침해를, 침해가, 침해로, 침해에 | violate, violated, violation, violations, breach, infringe, infringed, infringement
instruct | 지시, 명령 | order, ordered, orders, instruct, instructed, instruction, instructions, directed, command, commanded
letter | 서한, 편지, 서신 | letter, letters
welcome | 환영 | welcome, welcomed, welcoming, embrace, embraced
promise | 약속, 공약 | promise, promised, promises, pledge, pledged, pledges, vow, vowed, commitment
answer | 답변, 대답, 응답 | answer, answered, answers, reply, replied, responded
response | 대응, 대응책, 대처하, 대처할, 대처해 | response, respond, responded, responding, reaction, react, reacted, cope, countermeasure, countermeasures
measure | 조치, 대책, 방안 | measure, measures, step, steps, action, actions, countermeasure, countermeasures
succeed | 성공 | succeed, succeeded, success, successful, successfully
fail | 실패, 무산, 좌절 | fail, failed, failing, failure, failures, unsuccessful, fell through, scrapped
achieve | 달성, 구현 | achieve, achieved, achievement, attain, attained, realize, realized, implement
exceed | 넘어, 넘었, 넘는, 돌파, 초과, 웃돌 | exceed, exceeded, exceeding, surpass, surpassed, top, topped, more than
below | 밑돌, 미만, 못 미치 | below, less than, fewer than, short of
approximately | 가량 | approximately, roughly, nearly
find | 발견, 찾아냈, 찾아낸 | discover, discovered, discovery, discoveries, found, find, detect, detected
leave | 떠나, 떠났, 출국 | leave, leaving, depart, departed, departure
withdraw | 탈퇴, 철회, 철수하, 철수했, 철수한, 철군 | withdraw, withdrawal, withdrew, withdrawn, pull out, pulled out, retreat, retract, revoke, revoked
arrive | 도착, 입국 | arrive, arrived, arrival, arrivals
return | 귀국, 복귀, 돌아오, 돌아왔, 반환 | return, returned, returning, returns, come back, came back, comeback
move | 이동, 이주 | move, moved, moving, relocate, relocated, relocation
fight | 싸움, 싸우, 싸웠, 투쟁, 맞서 | fight, fought, fighting, fights, struggle, struggled, confront, confronted
escape | 탈출, 도주, 도망 | escape, escaped, flee, fled, fleeing, fugitive, run away, ran away
suffer | 겪고, 겪었, 겪는, 시달리, 시달려 | suffer, suffered, suffering, undergo, underwent, experienced
clash | 충돌, 마찰, 갈등, 대립 | clash, clashes, clashed, conflict, conflicts, confrontation, friction, collision, collide, collided
tension | 긴장 | tension, tensions, tense, strain
dispute | 분쟁, 분규, 다툼 | dispute, disputes, feud, quarrel, row
controversy | 논란, 파문, 물의를 빚 | controversy, controversies, controversial, uproar, scandal, scandals
concern | 우려, 걱정, 염려, 불안 | concern, concerns, concerned, worry, worried, worries, worrying, fear, fears, feared, anxiety, anxious
shock | 충격, 쇼크 | shock, shocked, shocking, shockwave, shockwaves
influence | 영향, 파급, 여파, 파장 | influence, influenced, impact, impacts, effect, effects, affect, affected, repercussion, repercussions, fallout, aftermath
# ── Common nouns and adjectives ──
problem | 문제 | problem, problems, issue, issues, matter, trouble
opportunity | 기회 | opportunity, opportunities, chance, chances
challenge | 도전, 과제 | challenge, challenges, challenged, challenger, challengers, task, tasks
goal | 목표 | goal, goals, target, targets, aim, aims, objective, objectives
result | 결과 | result, results, outcome, outcomes, consequence, consequences
cause | 원인, 이유, 때문, 요인 | cause, causes, caused, reason, reasons, due to, because of, because, factor, factors
method | 방법, 방식 | method, methods, way, ways, means, approach, manner
situation | 상황, 사태, 정세 | situation, situations, circumstances
condition | 조건, 여건, 상태 | condition, conditions
role | 역할 | role, roles
power-authority | 권한, 권력, 권위 | power, powers, authority, authoritative
responsibility | 책임 | responsibility, responsibilities, responsible, accountable, accountability
trust | 신뢰, 믿음 | trust, trusted, confidence, credibility, reliable, reliability
truth | 사실, 진실, 진상 | truth, fact, facts, true
virtually | 사실상 | virtually, de facto, effectively, in effect, practically
position | 입장, 태도, 견해 | position, positions, stance, stances, attitude, view, views
opinion | 의견, 여론 | opinion, opinions, public opinion
survey | 설문, 여론조사, 실태조사 | survey, surveys, surveyed, poll, polls, questionnaire
attention | 관심, 주목, 이목 | attention, interest, interested, spotlight, notable
focus | 집중, 초점, 주력 | focus, focused, focusing, concentrate, concentrated, concentration, emphasis
strategy | 전략 | strategy, strategies, strategic, strategically
project | 프로젝트 | project, projects
product | 제품, 상품 | product, products, goods, merchandise
system | 시스템, 체계, 체제, 제도 | system, systems, framework, scheme, institutional
core | 핵심, 관건 | key, core, crux, essential
volatility | 변동성, 변동 | volatility, volatile, fluctuation, fluctuations, fluctuate
lead | 선도, 주도, 이끌, 앞장 | lead, led, spearhead, spearheaded, drive, driven
latecomer | 후발 | latecomer, latecomers, late entrant, late entrants
long-term | 장기적, 장기간, 장기화 | long-term, long term, prolonged, protracted
short-term | 단기 | short-term, short term, short-lived
advantage | 우위, 장점 | advantage, advantages, edge, upper hand, strength, strengths
movement | 움직임, 행보 | movement, movements, moves
own | 자체 | own, in-house
related | 연관, 관련 | related, relating, relevant, associated, linked, regarding
quality | 품질 | quality
value | 가치 | value, values, valuable, valuation
speed | 속도 | speed, speeds, pace, velocity
effect | 효과 | effect, effects, effective, effectively, effectiveness
leap | 도약 | leap, leaps, take-off
seek | 모색, 추구 | seek, seeking, sought, pursue, pursued, pursuit, explore, explored
cautious | 신중 | cautious, cautiously, careful, carefully, prudent
balance | 균형 | balance, balanced, imbalance, equilibrium
aspect | 측면 | aspect, aspects, in terms of, dimension
major | 주요 | major, main, key, leading, principal
important | 중요, 중대 | important, importance, significant, significance, crucial, vital
serious | 심각, 심한 | serious, seriously, severe, severely, grave, critical
possible | 가능 | possible, possibility, possibilities, possibly, potential, potentially, likely, likelihood
latent | 잠재 | potential, latent
impossible | 불가능, 불가 | impossible, unable, cannot
need | 필요, 필수 | need, needs, needed, necessary, necessity, require, required, requirement, requirements, essential, mandatory
difficult | 어려, 어렵, 곤란, 난항 | difficult, difficulty, difficulties, hard, struggle, struggling, tough, challenging
easy | 쉽게, 쉽지, 쉬운, 손쉽 | easy, easily, easier
strong | 강력, 강한, 강하게, 강경 | strong, strongly, stronger, powerful, forceful, tough, hardline, hard-line, firmly
active | 적극 | active, actively, aggressive, aggressively, proactive, proactively
high | 높은, 높아, 높이, 높였, 높게 | high, higher, highly, elevated
low | 낮은, 낮아, 낮추, 낮췄, 낮게 | low, lower, lowered
fast | 빠른, 빠르게, 빨리, 신속, 급속 | fast, faster, quick, quickly, rapid, rapidly, swift, swiftly, speedy
slow | 둔화, 느린, 더딘, 부진 | slow, slowed, slowing, slowdown, sluggish, stagnant, weak
immediately | 즉시, 즉각, 곧바로, 당장 | immediately, immediate, instantly, promptly, right away
again | 다시, 재차, 또다시 | again, once again, anew
new | 새로운, 새로, 신규, 신형, 신설, 새롭 | new, newly, brand-new, novel
large | 대규모, 대형, 거대, 막대 | large, large-scale, big, bigger, huge, massive, giant, enormous
small | 소규모, 소형, 작은, 영세 | small, small-scale, smaller, tiny
record | 사상 최대, 사상 최고, 사상 최저, 역대 최대, 역대 최고, 역대 최저, 신기록, 최대치, 최고치, 최저치, 기록적, 사상 처음, 기록 | record, records, recorded, record-high, record-breaking, all-time, all-time high, highest-ever, unprecedented, record high, record low
first | 처음, 최초, 첫 | first, first-ever, for the first time, initial, initially
last | 마지막, 최종, 최후 | last, final, finally, ultimate, ultimately
highest | 최고, 최상위, 최상의 | highest, top, best, peak, top-tier
largest | 최대 | largest, biggest, maximum, greatest
lowest | 최저, 최소 | lowest, minimum, least, minimize, minimized
worst | 최악 | worst
good | 좋은, 좋아, 양호, 호조 | good, favorable, favourable, solid
bad | 나쁜, 나빠, 악재 | bad
positive | 긍정적, 긍정, 호재 | positive, positively, upbeat
negative | 부정적, 악영향 | negative, negatively, adverse, adversely
optimism | 낙관 | optimistic, optimism
pessimism | 비관 | pessimistic, pessimism, gloomy
free | 무료, 무상, 공짜 | free, free of charge, for free
freedom | 자유 | freedom, freedoms, liberty, free
public | 공공, 공용, 대중 | public, publicly
private | 민간, 사적, 사립 | private, privately, private sector
official-adj | 공식 | official, officially, formal, formally
illegal | 불법, 위법, 탈법 | illegal, illegally, unlawful, illicit
legal | 합법, 법적, 적법, 정당성 | legal, legally, lawful, legitimate, legitimacy
special | 특별, 특수 | special, specially, particular, particularly, especially
general | 일반, 통상적 | general, generally, ordinary, common, regular, usual, usually
various | 다양 | various, variety, diverse, diversity, wide range
similar | 비슷, 유사 | similar, similarly, comparable
different | 차이 | different, difference, differences, differ, gap, gaps
direct | 직접 | direct, directly, in person, firsthand
indirect | 간접 | indirect, indirectly
entire | 전면, 전체 | full, fully, entire, entirely, comprehensive, comprehensively, all-out, overall
additional | 추가 | additional, additionally, extra, further
together | 함께 | together, jointly, along with, alongside
joint | 공동 | joint, jointly
mutual | 상호 | mutual, mutually, reciprocal, each other
alone | 혼자, 홀로, 단독 | alone, solo, sole, single-handedly
former | 전직 | former
same-time | 동시, 동시에 | simultaneously, at the same time, concurrently
many | 다수, 수많은, 많은 | many, numerous, multiple
part | 일부는, 일부가, 일부를, 일부의, 일부에서 | part, partial, partially, portion, some of
majority | 과반, 과반수, 대다수, 대부분 | majority, most, bulk
minority | 소수 | minority, minorities, few
half | 절반 | half, halves
double | 두 배, 배로 늘 | double, doubled, doubling, twice, twofold
average | 평균 | average, averaged, on average
total | 총액, 총합, 합계 | total, totaled, totalled, totaling, in total
level | 수준 | level, levels, standard, standards
scale | 규모 | scale, size, magnitude
number | 숫자, 수치, 건수 | number, numbers, figure, figures
ratio | 비율, 비중 | ratio, proportion, percentage, share
field | 분야, 부문, 영역 | field, fields, sector, area, domain, sphere
center | 중심, 중앙, 센터 | center, centre, central, hub
percent | 퍼센트, 퍼센트포인트, %포인트 | percent, per cent, percentage point, percentage points
skeptical | 회의적 | skeptical, sceptical, skepticism, doubtful
impressive | 인상적 | impressive, impressed, striking, remarkable
indefinite | 무기한 | indefinite, indefinitely
idea | 아이디어 | idea, ideas
image | 이미지 | image, images
so-called | 이른바, 소위 | so-called
realtime | 실시간 | real-time, real time, live
compared | 대비, 비해, 비교 | compared, compared with, compared to, versus, relative to, comparison, relatively
basis | 기반, 바탕으로, 토대로 | based, based on, basis, foundation, on the basis of
contrast | 반면 | on the other hand, in contrast, by contrast, whereas, conversely
iceland | 아이슬란드 | Iceland, Icelandic
# ── Time ──
today | 오늘 | today
yesterday | 어제 | yesterday
tomorrow | 내일 | tomorrow
now | 현재, 지금, 현행 | now, current, currently, present, presently, at present
recently | 최근 | recently, recent, lately, latest
future | 미래, 향후, 앞으로, 장래 | future, in the future, ahead, coming years, going forward
past | 과거, 예전 | past, previously, in the past
already | 이미, 벌써 | already
soon | 조만간, 머지않아 | soon, shortly, imminent, upcoming
early | 조기, 초기, 일찍, 초반, 이른 시일, 이른 시간, 이른 아침 | early, earlier, initial, premature
this-year | 올해, 금년, 연내 | this year, this year's, within the year
last-year | 지난해, 작년, 전년 | last year, last year's, previous year, a year earlier, a year ago, year-on-year
next-year | 내년 | next year, next year's
year-end | 연말, 세밑 | year-end, end of the year, end of this year, end of last year
new-year | 새해, 신년 | new year, new year's
annual | 연간, 매년, 해마다, 한 해 | annual, annually, yearly, every year, each year
month | 개월, 한 달, 달간 | month, months, monthly
this-month | 이달, 이번 달, 금월 | this month
last-month | 지난달, 전월 | last month, previous month, a month earlier
next-month | 다음 달, 다음달, 내달 | next month
week | 주간, 일주일 | week, weeks, weekly
this-week | 이번 주, 금주 | this week
last-week | 지난주, 지난 주 | last week
next-week | 다음 주, 다음주 | next week
day | 하루, 당일 | day, days, a day
weekend | 주말, 지난 주말, 이번 주말 | weekend, weekends
morning | 오전, 아침 | morning, mornings, a.m.
afternoon | 오후 | afternoon, p.m.
evening | 저녁, 야간, 심야, 밤사이, 밤늦게, 밤중 | evening, night, nights, nighttime, overnight, late-night, tonight
dawn | 새벽 | dawn, early morning, early hours, daybreak
time | 시간 | time, hours, hour
quarter | 분기 | quarter, quarters, quarterly
first-half | 상반기 | first half
second-half | 하반기 | second half, latter half
decade | 수십 년, 수십년 | decades
century | 세기 | century, centuries
anniversary | 주년, 기념일, 기념 | anniversary, commemorate, commemorated, commemoration, memorial
holiday | 연휴, 휴일, 명절, 공휴일 | holiday, holidays, vacation, long weekend
lunar-new-year | 설날, 설 연휴, 설연휴, 구정 | Lunar New Year, Seollal
chuseok | 추석, 한가위 | Chuseok, harvest festival, Thanksgiving
christmas | 크리스마스, 성탄절 | Christmas
spring | 봄 | spring, springtime
summer | 여름, 하계, 하절기 | summer
autumn | 가을 | autumn
winter | 겨울, 동계, 동절기 | winter
monday | 월요일 | Monday
tuesday | 화요일 | Tuesday
wednesday | 수요일 | Wednesday
thursday | 목요일 | Thursday
friday | 금요일 | Friday
saturday | 토요일 | Saturday
sunday | 일요일 | Sunday
january | 1월 | January, Jan
february | 2월 | February, Feb
march | 3월 | March, Mar
april | 4월 | April, Apr
may | 5월 | May
june | 6월 | June, Jun
july | 7월 | July, Jul
august | 8월 | August, Aug
september | 9월 | September, Sept, Sep
october | 10월 | October, Oct
november | 11월 | November, Nov
december | 12월 | December, Dec
# ── Units ──
km | 킬로미터, km | km, kilometer, kilometers, kilometre, kilometres
meter | 미터 | meter, meters, metre, metres
square-meter | 제곱미터 | square meter, square meters, square metre, square metres
mile | 마일 | mile, miles
ton | 톤 | ton, tons, tonne, tonnes
kg | 킬로그램, kg | kg, kilogram, kilograms, kilo, kilos
liter | 리터 | liter, liters, litre, litres
hectare | 헥타르 | hectare, hectares
celsius | 섭씨 | Celsius, degrees Celsius
fahrenheit | 화씨 | Fahrenheit
barrel | 배럴 | barrel, barrels
watt | 메가와트, 기가와트, 킬로와트, MW, GW | megawatt, megawatts, gigawatt, gigawatts, kilowatt, kilowatts, MW, GW
`
