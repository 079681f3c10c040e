/**
 * A small hand-written Korean–English glossary of news words: countries, institutions, titles and
 * the events news reports on. It gives the sentence aligner anchors where a sentence has no figure or
 * name. Korean entries are stems matched inside words (사망 matches 사망했다); English entries are
 * words matched with common inflections (kill matches killed); an entry with a capital letter is matched
 * case-sensitively (US, not "us"). Users extend it with their own entries (see GlossaryEntry).
 *
 * Format: one concept a line, `id | korean, … | english, …`.
 */
export const NEWS_GLOSSARY_SOURCE = `
usa | 미국, 美, 미군, 방미, 한미, 미 의회, 미 정부, 미 국무, 미 국방, 미 해군, 미 행정부, 미 연방 | U.S., US, USA, United States, America, American, Americans
china | 중국, 中, 베이징, 방중, 한중, 미중 | China, Chinese, Beijing
japan | 일본, 日, 도쿄, 방일, 한일 | Japan, Japanese, Tokyo
korea | 한국, 韓, 서울, 국내 | Korea, Korean, Koreans, Seoul, domestic
north-korea | 북한, 北, 평양, 북측 | North Korea, North Korean, Pyongyang, DPRK
russia | 러시아, 모스크바 | Russia, Russian, Moscow, Kremlin
britain | 영국, 런던 | Britain, British, UK, U.K., England, English, London
france | 프랑스, 파리 | France, French, Paris
germany | 독일, 베를린 | Germany, German, Berlin
italy | 이탈리아, 로마 | Italy, Italian, Rome
india | 인도 | India, Indian, Indians, New Delhi
iraq | 이라크, 바그다드 | Iraq, Iraqi, Iraqis, Baghdad
iran | 이란, 테헤란 | Iran, Iranian, Tehran
israel | 이스라엘 | Israel, Israeli, Israelis
palestine | 팔레스타인, 가자 | Palestinian, Palestinians, Palestine, Gaza
afghanistan | 아프가니스탄, 아프간 | Afghanistan, Afghan, Kabul
pakistan | 파키스탄 | Pakistan, Pakistani
canada | 캐나다 | Canada, Canadian
mexico | 멕시코 | Mexico, Mexican
australia | 호주 | Australia, Australian
brazil | 브라질 | Brazil, Brazilian
europe | 유럽, 유럽연합, EU | Europe, European, EU
asia | 아시아 | Asia, Asian
africa | 아프리카 | Africa, African
taiwan | 대만, 타이완 | Taiwan, Taiwanese
hongkong | 홍콩 | Hong Kong
vietnam | 베트남 | Vietnam, Vietnamese
thailand | 태국 | Thailand, Thai
indonesia | 인도네시아 | Indonesia, Indonesian
philippines | 필리핀 | Philippines, Philippine, Filipino
spain | 스페인 | Spain, Spanish
turkey | 터키, 튀르키예 | Turkey, Turkish
egypt | 이집트 | Egypt, Egyptian
saudi | 사우디 | Saudi
syria | 시리아 | Syria, Syrian
lebanon | 레바논 | Lebanon, Lebanese
ukraine | 우크라이나 | Ukraine, Ukrainian
cuba | 쿠바 | Cuba, Cuban
ireland | 아일랜드 | Ireland, Irish
netherlands | 네덜란드 | Netherlands, Dutch
sweden | 스웨덴 | Sweden, Swedish
myanmar | 미얀마 | Myanmar, Burma, Burmese
tibet | 티베트 | Tibet, Tibetan
newyork | 뉴욕 | New York
un | 유엔, 국제연합 | UN, U.N., United Nations
nato | 나토 | NATO
whitehouse | 백악관 | White House
pentagon | 국방부, 펜타곤 | Pentagon, Defense Department, Department of Defense, defense ministry
statedept | 국무부 | State Department
congress | 의회, 국회 | Congress, parliament, legislature, National Assembly
senate | 상원 | Senate, senator, senators
house | 하원 | House of Representatives, House
lawmaker | 의원 | lawmaker, legislator, congressman, congresswoman, MP
president | 대통령 | president, presidential
primeminister | 총리 | prime minister, premier, PM
minister | 장관 | minister, secretary
spokesman | 대변인 | spokesman, spokeswoman, spokesperson
government | 정부, 당국 | government, administration, authorities, official, officials
police | 경찰 | police, policeman, officers
military | 군대, 군사, 군인, 병력, 병사, 미군, 군은 | military, army, troops, soldier, soldiers, forces
navy | 해군 | navy, naval
court | 법원, 재판부 | court
judge | 판사 | judge
prosecutor | 검찰, 검사 | prosecutor, prosecutors, prosecution
lawyer | 변호사, 변호인 | lawyer, attorney
university | 대학 | university, college
student | 학생 | student, pupil
professor | 교수 | professor
research | 연구 | research, study, researcher, studies
scientist | 과학자 | scientist
doctor | 의사, 의료진 | doctor, physician
hospital | 병원 | hospital
patient | 환자 | patient
reporter | 기자 | reporter, journalist
newspaper | 신문, 일간 | newspaper, daily
television | 방송 | broadcast, television, TV, broadcaster
company | 회사, 기업, 업체 | company, firm, corporation, business
bank | 은행 | bank
stock | 주식, 증시, 주가 | stock, share, shares, stocks
invest | 투자 | invest, investment, investor
economy | 경제 | economy, economic
oil | 석유, 유가, 원유 | oil, crude, petroleum
price | 가격, 값 | price, cost
tax | 세금, 세제 | tax, taxes
trade | 무역, 교역 | trade
export | 수출 | export
import | 수입 | import
tariff | 관세 | tariff
die | 사망, 숨졌, 숨진, 숨지, 목숨, 죽었, 죽은, 사상자, 사망자 | die, died, dead, death, deaths, killed, kill, fatal, casualty
murder | 살해, 살인 | murder, murdered, killed, killing
injure | 부상 | injure, injured, wounded, injuries, hurt
attack | 공격, 습격 | attack
bomb | 폭탄 | bomb, bombing
explode | 폭발 | explosion, blast, exploded
terror | 테러 | terror, terrorist, terrorism
war | 전쟁, 전투 | war, battle, fighting, combat
election | 선거, 대선, 총선 | election, elections, poll, polls
vote | 투표 | vote, ballot, voter
candidate | 후보 | candidate, nominee
win | 승리, 당선 | win, won, victory
arrest | 체포, 구속 | arrest, arrested, detained
trial | 재판 | trial
guilty | 유죄 | guilty, convicted
prison | 교도소, 감옥, 수감 | prison, jail, imprisonment
accident | 사고 | accident, crash
earthquake | 지진 | earthquake, quake
flood | 홍수 | flood, flooding
typhoon | 태풍 | typhoon, storm
hurricane | 허리케인 | hurricane
fire | 화재, 산불 | fire, blaze, wildfire
plane | 비행기, 항공기, 여객기 | plane, aircraft, airplane, jet, flight
airport | 공항 | airport
car | 자동차, 차량 | car, vehicle, auto
ship | 선박 | ship, vessel, boat
nuclear | 핵 | nuclear
missile | 미사일 | missile
weapon | 무기 | weapon, arms
talks | 회담, 협상 | talks, negotiation, summit
agreement | 합의, 협정 | agreement, deal, accord
treaty | 조약 | treaty
sanction | 제재 | sanction, sanctions
protest | 시위 | protest, protester, demonstration, demonstrator
rights | 인권 | human rights
refugee | 난민 | refugee
immigrant | 이민 | immigrant, immigration, migrant
hostage | 인질 | hostage
kidnap | 납치 | kidnap, abduct, abducted, kidnapped
disease | 질병, 질환 | disease, illness
cancer | 암 환자, 암 발병, 암을, 암이, 유방암, 폐암, 위암, 암세포 | cancer, tumor
virus | 바이러스 | virus
infect | 감염 | infect, infected, infection
flu | 독감, 인플루엔자 | flu, influenza
vaccine | 백신 | vaccine
child | 어린이, 아이, 아동, 자녀 | child, children, kid, kids
woman | 여성, 여자 | woman, women, female
man | 남성, 남자 | man, men, male
family | 가족 | family
parent | 부모 | parent
wife | 아내, 부인 | wife
husband | 남편 | husband
son | 아들 | son
daughter | 딸 | daughter
mother | 어머니, 엄마, 모친 | mother, mom
father | 아버지, 아빠, 부친 | father, dad
today | 오늘 | today
yesterday | 어제 | yesterday
tomorrow | 내일 | tomorrow
monday | 월요일 | Monday
tuesday | 화요일 | Tuesday
wednesday | 수요일 | Wednesday
thursday | 목요일 | Thursday
friday | 금요일 | Friday
saturday | 토요일 | Saturday
sunday | 일요일 | Sunday
weekend | 주말 | weekend
internet | 인터넷, 온라인 | internet, online, web
computer | 컴퓨터 | computer
phone | 휴대전화, 휴대폰, 전화 | phone, cellphone, telephone, mobile
climate | 기후 | climate
environment | 환경 | environment, environmental
energy | 에너지 | energy
electricity | 전기, 전력 | electricity, electric, power
coal | 석탄 | coal
gas | 가스 | gas
warming | 온난화 | warming
carbon | 탄소 | carbon
animal | 동물 | animal
water | 물을, 물이, 식수 | water
food | 식품, 음식, 식량 | food
world | 세계, 전 세계 | world, global, worldwide
city | 도시 | city
village | 마을 | village
country | 국가, 나라 | country, nation, national
people | 사람, 주민, 시민 | people, residents, citizens
leader | 지도자 | leader
party | 정당, 당은, 민주당, 공화당 | party, Democrat, Democratic, Republican
rebel | 반군 | rebel, insurgent
money | 돈, 자금 | money, fund, funds
dollar | 달러 | dollar
market | 증권시장, 시장에서 | market
church | 교회 | church
religion | 종교 | religion, religious
muslim | 이슬람, 무슬림 | Islam, Islamic, Muslim
pope | 교황 | pope
king | 국왕, 왕 | king
queen | 여왕 | queen
film | 영화 | film, movie
music | 음악 | music
game | 경기 | game, match
olympics | 올림픽 | Olympic, Olympics
team | 팀 | team
player | 선수 | player, athlete
say | 말했다, 밝혔다, 전했다, 덧붙였다, 설명했다, 강조했다 | said, says, told, added, explained, stressed
report | 보도, 보고서 | report, reported
`
