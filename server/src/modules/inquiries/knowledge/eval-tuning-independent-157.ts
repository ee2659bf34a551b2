// Independent tuning set 157: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses simple, sometimes broken English from non-native speakers in Southeast Asia, Africa, the Middle East and Latin America (with words of their own languages), including many tempting off-topic trade, visa, study and travel questions that borrow the programme's places, industries and card titles.
import {
  BIOMEDICINE_CARDS,
  CERAMICS_CARDS,
  FUJIAN_CARDS,
  GUANGDONG_CARDS,
  HUNAN_CARDS,
  INNOVATIVE_CONSUMPTION_CARDS,
  TECH_HOTSPOT_CARDS,
  ZHEJIANG_CARDS,
} from './sample-card-lists';
import type { EvalCase } from './types';

export const independentTuningSet157: EvalCase[] = [
  // ───────────── FAQ: the programme ─────────────
  {
    question: 'Hello, I am from Kenya. What is this regional (city) industry card program? first time I see it',
    expect: { faq: 'what-is-programme' },
    style: 'english',
  },
  { question: 'pls explain simple, the industri card plan is about what', expect: { faq: 'what-is-programme' }, style: 'typo' },
  {
    question: 'who is organizer of this programme? government of China or private company?',
    expect: { faq: 'who-runs' },
    style: 'english',
  },
  { question: 'this program is based on which policy document?', expect: { faq: 'policy-basis' }, style: 'english' },
  {
    question: 'why China make these industry cards, what is the purpose of the plan?',
    expect: { faq: 'programme-purposes' },
    style: 'english',
  },
  {
    question: 'what is the benefit for a city to join this plan? inshallah it is good for them',
    expect: { faq: 'programme-purposes' },
    style: 'colloquial',
  },
  {
    question: 'How many main card and featured card the programe want to build by 2025?',
    expect: { faq: 'target-2025' },
    style: 'typo',
  },
  { question: 'is it compulsary for cities to join or is voluntary?', expect: { faq: 'principles' }, style: 'typo' },
  {
    question: 'Industry card is a physical card? like business card or bank card?',
    expect: { faq: 'what-is-industry-card' },
    style: 'english',
  },

  // ───────────── FAQ: eligibility ─────────────
  {
    question: 'which kind of places can apply? city, county, industrial park?',
    expect: { faq: 'who-may-apply' },
    style: 'english',
  },
  {
    question: 'can a small county apply by itself, not together with the city?',
    expect: { faq: 'county-eligible' },
    style: 'english',
  },
  {
    question: 'Habari! a high-tech development zone in Guangxi can apply also, or only cities?',
    expect: { faq: 'zone-eligible' },
    style: 'english',
  },
  { question: 'Can a whole province apply as one card?', expect: { faq: 'province-eligible' }, style: 'english' },
  {
    question: 'if we apply we are 100% selected? how the centre choose the regions',
    expect: { faq: 'selection-criteria' },
    style: 'english',
  },
  {
    question: 'is there minimum output value or number of factories to apply?',
    expect: { faq: 'industry-threshold' },
    style: 'english',
  },
  {
    question: 'I am owner of a company (joint venture in Guangdong), can my company apply for industry card?',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },
  { question: 'individual person like me can apply for the card, bro?', expect: { faq: 'enterprise-apply' }, style: 'colloquial' },

  // ───────────── FAQ: how to apply ─────────────
  {
    question: 'what are the steps to join this program? first step is what?',
    expect: { faq: 'how-to-participate' },
    style: 'english',
  },
  {
    question: 'we need recommendation letter from the province department before applying?',
    expect: { faq: 'provincial-recommendation' },
    style: 'english',
  },
  {
    question: 'where is the apply button inside this mini program? I cannot find it',
    expect: { faq: 'apply-in-app' },
    style: 'english',
  },
  {
    question: 'we must sign contract with the centre? what is inside the agreement, there is template?',
    expect: { faq: 'agreement' },
    style: 'english',
  },
  { question: 'how much money to join the program? any fee?', expect: { faq: 'fees' }, style: 'english' },
  {
    question: 'Bonjour, the participation is free or the city have to pay something?',
    expect: { faq: 'fees' },
    style: 'english',
  },
  { question: 'what documents we must prepare to apply?', expect: { faq: 'materials' }, style: 'english' },
  {
    question: 'only one time selection or there will be more batch later? we missed the first one',
    expect: { faq: 'batches' },
    style: 'english',
  },
  {
    question: 'can one city send 2 applications in the same call? one for each industry',
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  {
    question: 'after I fill the form, I send it to which email address?',
    expect: { faq: 'submit-where' },
    style: 'english',
  },

  // ───────────── FAQ: the form ─────────────
  { question: 'what fields are in the registration form?', expect: { faq: 'form-fields' }, style: 'english' },
  {
    question: 'how to fill the region field if we are an industrial park, not a city?',
    expect: { faq: 'form-region' },
    style: 'english',
  },
  {
    question: 'Que es "lead unit"? what I write there, the bureau name?',
    expect: { faq: 'form-lead-unit' },
    style: 'english',
  },
  {
    question: 'can I put 5 leading industries in the form? we have many',
    expect: { faq: 'form-leading-industries' },
    style: 'english',
  },
  {
    question: 'featured industries is required or optional? how many maximum?',
    expect: { faq: 'form-featured-industries' },
    style: 'english',
  },
  { question: 'region introduction maximum how many characters?', expect: { faq: 'form-intro' }, style: 'english' },
  {
    question: 'contact person field, must write the job title also?',
    expect: { faq: 'form-contact' },
    style: 'english',
  },
  {
    question: 'the form not accept my phone number +971 50 000 0000, what format it want?',
    expect: { faq: 'form-phone' },
    style: 'english',
  },
  {
    question: 'can attach PDF brochure to the application? what is the max size?',
    expect: { faq: 'form-attachments' },
    style: 'english',
  },

  // ───────────── FAQ: deadlines ─────────────
  {
    question: 'the first call deadline was when? 30 June 2022?',
    expect: { faq: 'deadline-first-call' },
    style: 'english',
  },
  { question: 'still can apply now? when is the deadline this time', expect: { faq: 'deadline-current' }, style: 'english' },
  {
    question: 'deadline passed yesterday, still can submit por favor?',
    expect: { faq: 'late-submission' },
    style: 'english',
  },
  {
    question: 'asante sana. after submit, how long we wait for the result?',
    expect: { faq: 'review-time' },
    style: 'colloquial',
  },
  { question: 'when do you publish the new cards each year?', expect: { faq: 'release-timing' }, style: 'english' },

  // ───────────── FAQ: tiers ─────────────
  { question: 'what is main card?', expect: { faq: 'tier-main' }, style: 'english' },
  { question: 'wat is featurd card', expect: { faq: 'tier-featured' }, style: 'typo' },
  {
    question: 'main card vs featured card, what is the difference? which one is higher',
    expect: { faq: 'tier-difference' },
    style: 'english',
  },
  {
    question: 'can we choose to apply for main card directly in the form?',
    expect: { faq: 'tier-choose' },
    style: 'english',
  },
  { question: 'one city can have more than one card? there is limit?', expect: { faq: 'tier-system' }, style: 'english' },

  // ───────────── FAQ: what the centre does ─────────────
  {
    question: 'after the city sign, what the centre will do for them?',
    expect: { faq: 'centre-tasks' },
    style: 'english',
  },
  {
    question: 'the card need logo and slogan? what is included in the card identity',
    expect: { faq: 'card-identity' },
    style: 'english',
  },
  {
    question: 'after card is built who manage it? local companies can use the card logo with their brand?',
    expect: { faq: 'card-management' },
    style: 'english',
  },
  {
    question: 'how the centre promote the cards? TV, short video, foreign media?',
    expect: { faq: 'promotion' },
    style: 'english',
  },
  {
    question: 'will there be NFT or digital collectibles for the industry cards?',
    expect: { faq: 'digital-collectibles' },
    style: 'english',
  },
  {
    question: 'what is the ecosystem alliance (生态方阵)? universities can join?',
    expect: { faq: 'ecosystem-matrix' },
    style: 'english',
  },
  {
    question: 'landmark carriers means what? an old factory museum can count?',
    expect: { faq: 'landmarks-clusters' },
    style: 'english',
  },
  {
    question: 'what is this culture complex with "industrial metaverse hall"?',
    expect: { faq: 'culture-complex' },
    style: 'english',
  },
  { question: 'is ther any subsidie or money support if the city join', expect: { faq: 'funding' }, style: 'typo' },

  // ───────────── FAQ: evaluation ─────────────
  {
    question: 'how you evaluate the influential cards? what indicators?',
    expect: { faq: 'evaluation-system' },
    style: 'english',
  },
  {
    question: 'after selected, the card is forever or can be removed later?',
    expect: { faq: 'value-assessment' },
    style: 'english',
  },
  {
    question: 'what "influence under competitiveness" mean?',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'english',
  },

  // ───────────── FAQ: films ─────────────
  {
    question: 'what is "Fall in love with China industry cards in 3 minutes"?',
    expect: { faq: 'films-what' },
    style: 'english',
  },
  { question: 'wher to watch the 3 minit films in this app', expect: { faq: 'films-where' }, style: 'typo' },
  { question: 'Obrigado. how long is each film? 3 minutes exact?', expect: { faq: 'films-length' }, style: 'colloquial' },
  {
    question: 'how a city can get a 3 minute film made? who shoot it',
    expect: { faq: 'films-our-city' },
    style: 'english',
  },

  // ───────────── FAQ: events ─────────────
  {
    question: 'the first signing ceremony in 2022 was at which event?',
    expect: { faq: 'signing-2022' },
    style: 'english',
  },
  {
    question: 'which cities signed first in 2022? the pilot list please',
    expect: { faq: 'pilot-regions-2022' },
    style: 'english',
  },
  {
    question: 'the first release 2024 in Quanzhou, what is "30+50"?',
    expect: { faq: 'release-2024' },
    style: 'english',
  },
  {
    question: 'where was the 2025 industry card conference held?',
    expect: { faq: 'conference-2025' },
    style: 'english',
  },
  {
    question: '2025 three themes, what they are? tech hotspot and what else',
    expect: { faq: 'themes-2025' },
    style: 'english',
  },
  {
    question: 'the new book about industry card theory and practice, who is the author and where I buy it?',
    expect: { faq: 'new-book' },
    style: 'english',
  },
  {
    question: 'China Industrial Geography Gala is what? it is a CCTV show?',
    expect: { faq: 'geography-gala' },
    style: 'english',
  },

  // ───────────── FAQ: contact ─────────────
  { question: 'how to contact the centre? email or phone please', expect: { faq: 'contact-centre' }, style: 'english' },
  {
    question: 'how to reach a human agent and what hours they work? I am in different time zone',
    expect: { faq: 'human-agent' },
    style: 'english',
  },
  {
    question: 'the phone and email written in the 2022 letter still working?',
    expect: { faq: 'letter-contacts' },
    style: 'english',
  },

  // ───────────── FAQ: this app ─────────────
  { question: 'how to login in the browser version, I dont use WeChat', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'why I need verify phone number before apply?', expect: { faq: 'verify-phone' }, style: 'english' },
  {
    question: 'if internet cut while I fill the form, I lose everything?',
    expect: { faq: 'drafts' },
    style: 'english',
  },
  {
    question: 'in which place of the app I can see the notifications and the progress?',
    expect: { faq: 'notifications' },
    style: 'english',
  },
  {
    question: 'status "in consultation" mean what? and after "signed" what is next?',
    expect: { faq: 'status-flow' },
    style: 'english',
  },
  {
    question: 'application returned for changes, what I must do now?',
    expect: { faq: 'returned' },
    style: 'english',
  },
  { question: 'how to withdrw aplication, the bureau change mind', expect: { faq: 'withdraw' }, style: 'typo' },
  { question: 'can i edit after submiting? i wrote wrong phone', expect: { faq: 'edit-after-submit' }, style: 'typo' },
  { question: 'application was declined, can we apply again?', expect: { faq: 'declined' }, style: 'english' },
  { question: 'how to search cards by province in the app?', expect: { faq: 'browse-cards' }, style: 'english' },
  {
    question: 'Hola! the cards here are real official list or demo data? gracias',
    expect: { faq: 'sample-data' },
    style: 'colloquial',
  },
  { question: 'how to share a card to my friend? copy link?', expect: { faq: 'share' }, style: 'english' },
  {
    question: 'Assalamu alaikum, this app can switch to English? my Chinese very weak',
    expect: { faq: 'english-version' },
    style: 'english',
  },
  {
    question: 'I am tourist not government officer, what I can do in this app?',
    expect: { faq: 'who-can-use' },
    style: 'english',
  },

  // ───────────── FAQ: pinyin, traditional and learner Chinese ─────────────
  { question: 'chanye mingpian shi shenme yisi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },
  { question: 'zhu mingpian he tese mingpian you shenme qubie', expect: { faq: 'tier-difference' }, style: 'pinyin' },
  { question: 'dengjibiao yao tian naxie neirong', expect: { faq: 'form-fields' }, style: 'pinyin' },
  { question: '請問產業名片打造計劃是誰主辦的？', expect: { faq: 'who-runs' }, style: 'traditional' },
  { question: '申請區域簡介最多可以寫幾個字？', expect: { faq: 'form-intro' }, style: 'traditional' },
  { question: '在哪裡可以看產業名片的微紀錄片？', expect: { faq: 'films-where' }, style: 'traditional' },
  { question: '我是外国人，请问产业名片打造计划是什么？', expect: { faq: 'what-is-programme' }, style: 'plain' },
  { question: '主导产业最多填几个？', expect: { faq: 'form-leading-industries' }, style: 'plain' },

  // ───────────── catalogue: places ─────────────
  {
    question: 'Which industry card Guangzhou have? I live in Guangzhou 5 years already',
    expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] },
    style: 'region',
  },
  {
    question: 'Yiwu have industry card? I come to buy goods there every year',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'region',
  },
  {
    question: 'show me the cards of Yunnan province, Kunming is near to Laos',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'region',
  },
  { question: 'Xinjiang got any card? Urumqi maybe?', expect: { cards: ['urumqi-silk-road-hub'] }, style: 'region' },
  {
    question: 'Guangxi have which cards? we are neighbour from Vietnam',
    expect: { cards: ['liuzhou-industrial-landscape'] },
    style: 'region',
  },
  { question: 'Hainan island industry card?', expect: { cards: ['haikou-free-port-consumption'] }, style: 'region' },
  { question: 'Ningxia region cards, Yinchuan have?', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'region' },
  { question: 'Shenzhen industry card where? I search but cannot find', expect: { cards: [] }, style: 'region' },
  { question: 'Shanghai has any card in this app?', expect: { cards: [] }, style: 'region' },
  { question: 'Beijing cards list pls', expect: { cards: [] }, style: 'region' },
  { question: 'Tibet or Lhasa, any industry card?', expect: { cards: [] }, style: 'region' },
  { question: 'Fujian province all cards please', expect: { cards: FUJIAN_CARDS }, style: 'region' },
  {
    question: 'Quanzhou cards? the maritime silk road city',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: 'Zhejiang province what cards you have?', expect: { cards: ZHEJIANG_CARDS }, style: 'region' },
  {
    question: 'Inner Mongolia cards?',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'region',
  },
  { question: 'Hunan province industry cards, Changsha and the others', expect: { cards: HUNAN_CARDS }, style: 'region' },
  {
    question: 'Dongguan card, the world factory, show me',
    expect: { cards: ['dongguan-manufacturing-aesthetics'] },
    style: 'region',
  },
  { question: 'Xiamen have card?', expect: { cards: [] }, style: 'region' },
  { question: 'main cards in Hunan?', expect: { cards: ['changsha-construction-machinery'] }, style: 'region' },
  { question: 'Yiwu you chanye mingpian ma', expect: { cards: ['yiwu-world-supermarket'] }, style: 'pinyin' },
  { question: '廣東省有哪些產業名片？', expect: { cards: GUANGDONG_CARDS }, style: 'traditional' },

  // ───────────── catalogue: industries and themes ─────────────
  {
    question: 'my shop in Riyadh sell kitchen knives. which city cards are about knives and scissors?',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  {
    question: 'rare earth industry cards?',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },
  { question: 'ceramic / pottery cards, which cities?', expect: { cards: CERAMICS_CARDS }, style: 'industry' },
  {
    question: 'baijiu (Chinese liquor) card is which city?',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: 'wine region card? I am from Chile, we make wine also',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'industry',
  },
  {
    question: 'flower industry card? I am Colombian, curious',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'industry',
  },
  { question: 'big data card which city?', expect: { cards: ['guiyang-china-data-valley'] }, style: 'industry' },
  {
    question: 'construction machinery cards, excavators and cranes',
    expect: { cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'] },
    style: 'industry',
  },
  { question: 'I am from Ethiopia, coffee country. coffee industry card exist?', expect: { cards: [] }, style: 'industry' },
  { question: 'cocoa or palm oil industry card, any?', expect: { cards: [] }, style: 'industry' },
  { question: 'biomedicine / pharma cards list', expect: { cards: BIOMEDICINE_CARDS }, style: 'industry' },
  { question: 'LED lighting card?', expect: { cards: ['zhongshan-lighting-capital'] }, style: 'industry' },
  {
    question: 'trade and logistics cards',
    expect: { cards: ['linyi-trade-logistics', 'urumqi-silk-road-hub', 'yiwu-world-supermarket'] },
    style: 'industry',
  },
  { question: 'cashmere card, which one?', expect: { cards: ['ordos-zero-carbon-energy'] }, style: 'industry' },
  { question: 'tech hotspot theme cards, which ones?', expect: { cards: TECH_HOTSPOT_CARDS }, style: 'english' },
  { question: 'innovative consumption cards list please', expect: { cards: INNOVATIVE_CONSUMPTION_CARDS }, style: 'english' },

  // ───────────── counts ─────────────
  { question: 'how many cards total in this app?', expect: { count: 50 }, style: 'count' },
  { question: 'how many main cards are in the catalogue now?', expect: { count: 15 }, style: 'count' },
  { question: 'number of featured cards in the app?', expect: { count: 35 }, style: 'count' },
  { question: 'how many cards Guangdong province have?', expect: { count: 6 }, style: 'count' },
  { question: 'Zhejiang how many cards', expect: { count: 5 }, style: 'count' },
  { question: 'how many cards in Fujian?', expect: { count: 4 }, style: 'count' },
  { question: 'Shandong how many card?', expect: { count: 4 }, style: 'count' },
  { question: 'in the app, how many cards are from year 2025?', expect: { count: 28 }, style: 'count' },
  { question: 'how many cards from the 2024 batch in your catalogue', expect: { count: 22 }, style: 'count' },
  { question: 'tech hotspot cards, how many?', expect: { count: 10 }, style: 'count' },
  { question: 'how many upgrade and renewal cards?', expect: { count: 14 }, style: 'count' },
  { question: 'how many innovative consumption cards in the app', expect: { count: 12 }, style: 'count' },
  { question: 'how many cards Tibet have', expect: { count: 0 }, style: 'count' },
  { question: 'how many rare earth cards?', expect: { count: 2 }, style: 'count' },
  { question: 'how many Jiangsu cards', expect: { count: 3 }, style: 'count' },
  { question: 'how many main cards with year 2025?', expect: { count: 8 }, style: 'count' },
  { question: 'how many cards Inner Mongolia', expect: { count: 2 }, style: 'count' },
  { question: 'boleh tanya, how many cards in Hunan?', expect: { count: 3 }, style: 'count' },

  // ───────────── my own application ─────────────
  {
    question: 'Hello, I submit application for our industrial park last week, what is the status now?',
    expect: { status: true },
    style: 'status',
  },
  { question: 'my application where is it now? in consultation or signed already?', expect: { status: true }, style: 'status' },
  { question: 'pls check my application progress, terima kasih', expect: { status: true }, style: 'status' },
  { question: 'did the centre approve our registration form already?', expect: { status: true }, style: 'status' },
  {
    question: 'whats the status of my application? I am the contact person for our county',
    expect: { status: true },
    style: 'status',
  },
  { question: 'Hola, my application is signed yet or still waiting?', expect: { status: true }, style: 'status' },
  { question: 'was my application returned? I not see any message', expect: { status: true }, style: 'status' },
  { question: 'where my aplication now, any updat', expect: { status: true }, style: 'status' },
  { question: 'our zone application status please, we submitted in October', expect: { status: true }, style: 'status' },
  { question: 'wo de shenqing dao na yi bu le', expect: { status: true }, style: 'pinyin' },
  {
    question: 'can you tell me the progress of the application I submitted for our city?',
    expect: { status: true },
    style: 'status',
  },

  // ───────────── hand-over ─────────────
  { question: 'I want talk to real person please, not robot', expect: { handoff: true }, style: 'handoff' },
  { question: 'can you connect me to the staff of the centre?', expect: { handoff: true }, style: 'handoff' },
  { question: 'human please', expect: { handoff: true }, style: 'handoff' },
  { question: 'transfer me to an agent, por favor', expect: { handoff: true }, style: 'handoff' },
  {
    question: 'I need speak with someone from the centre about our park application',
    expect: { handoff: true },
    style: 'handoff',
  },
  { question: 'zhuan rengong', expect: { handoff: true }, style: 'pinyin' },
  { question: 'let me talk with customer service person', expect: { handoff: true }, style: 'handoff' },
  { question: 'habibi I need a human being, the bot not understand me', expect: { handoff: true }, style: 'handoff' },
  { question: '转人工 please', expect: { handoff: true }, style: 'handoff' },
  { question: 'is there a staff who speak English? connect me now', expect: { handoff: true }, style: 'handoff' },
  { question: 'operator pls, my question is complicated', expect: { handoff: true }, style: 'handoff' },

  // ───────────── programme or app questions no FAQ answers ─────────────
  {
    question: 'the app have Arabic or Spanish language? my team dont read English well',
    expect: { unsure: true },
    style: 'english',
  },
  { question: 'how many regions applied in the 2025 call?', expect: { unsure: true }, style: 'english' },
  {
    question: 'what is the name of the director of the Industrial Culture Development Center?',
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: 'can the centre translate a card story to French for African investors?',
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: 'the films will be uploaded on YouTube? my family abroad cannot use WeChat',
    expect: { unsure: true },
    style: 'english',
  },

  // ───────────── off-topic: trade ─────────────
  {
    question: 'I want import porcelain tea sets from Dehua to Lagos, can you give me factory contact and price list?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Yiwu market what time open? which district for toys? I come from Dubai next month',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'how to find honest buying agent in Yiwu, my last agent cheat me', expect: { unsure: true }, style: 'off-topic' },
  { question: 'minimum order quantity for kitchen knives from Yangjiang factory?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'shipping cost for 40ft container of furniture from Foshan to Tema port Ghana',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'can you check if this supplier in Dongguan is real company or scam?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'HS code for LED lamps from Zhongshan, for customs in Saudi', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Moutai wholesale price per bottle? I want sell in Nairobi', expect: { unsure: true }, style: 'off-topic' },
  { question: 'used SANY excavator price in Changsha, export to Peru', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to get export licence for rare earth magnets from Baotou?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'I want become distributor of Haier in Tanzania, who I contact?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'Jinjiang sport shoes OEM factory, can put my own brand logo? MOQ?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'Canton Fair 2026 dates? phase 2 is which products?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'China-Africa Economic and Trade Expo in Changsha, next date and booth price?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'how register as exhibitor in China-Eurasia Expo in Urumqi from Kazakhstan',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'pay Chinese supplier safe way, LC or TT which better?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Helan mountain wine import to Brazil, how much tax?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'can Kunming flower market ship fresh roses to Bangkok by air? cost?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'Ordos cashmere sweaters wholesale price please', expect: { unsure: true }, style: 'off-topic' },
  { question: 'luosifen is halal? can export to Malaysia ah?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'where buy wholesale phone accessories in Guangzhou?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to apply certificate of origin Form E for ASEAN export', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'my container stuck in Ningbo port customs 2 weeks, who can help me?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'can the centre help me sue a factory in Wenzhou that sent bad shoes?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'CCC certificate needed for my electric products to sell in China?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'exchange rate yuan to naira today?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how open bank account in China as foreign businessman', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to register WFOE company in Guangzhou, steps and cost', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Brazil import tax for Chinese solar panels?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'price of electric bus from China for our city in Chile', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'can we buy locomotives from Zhuzhou for railway in Ethiopia? tender contact?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'where I print business cards (名片) cheap in Yiwu, 1000 pieces', expect: { unsure: true }, style: 'off-topic' },
  { question: 'need Chinese SIM card for Canton Fair trip, where buy at the airport?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my Visa credit card work in Guangzhou shops?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'where buy original Pu erh tea in Kunming, not fake', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'track my shipment status from Shenzhen to Mombasa, where is it now?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'my order from Yiwu supplier, what status? he not answer WeChat', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: visas ─────────────
  { question: 'how to get business visa (M visa) to visit Yiwu market?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'can the centre send me invitation letter for visa? I want to attend the industry card conference',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: '144 hours visa free transit in Chengdu for Indonesian passport?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'visa free entry to Hainan for Filipino tourist po?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my visa expire next week, I am in Guangzhou, how extend?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'work permit to work as engineer in Suzhou factory', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Chinese green card permanent residence, how apply?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Chinese embassy in Lima, appointment for visa how?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'my visa application status, 3 weeks still processing, what step now?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'residence registration with police in Yiwu, how do?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'visa for my wife to join me on business trip to Foshan', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: study ─────────────
  { question: 'CSC scholarship for master at Wuhan university, deadline when?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can foreigner study ceramic art in Jingdezhen? which school?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'HSK 4 enough for bachelor in Hangzhou university?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'internship at Huawei in Dongguan for African students?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'best university in Xi an for aerospace engineering?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Chinese language course price in Kunming for 3 months', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my scholarship application status, still under review?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'I write thesis about Belt and Road, give me data of Chinese investment in Africa',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'my university in Mexico want partnership with Chinese university, who to contact?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'can I do PhD on industrial heritage in Shenyang? need supervisor', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: travel ─────────────
  {
    question: 'best time visit Harbin ice festival? how cold? I am from Nigeria never see snow',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'train Urumqi to Almaty ticket, how buy online?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'halal restaurant near Yiwu international trade city?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Weifang kite festival 2026 what date? foreigners can join?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Qingdao beer festival ticket price', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Taoxichuan in Jingdezhen open at night? entry fee?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to go from Guangzhou airport to Foshan by metro', expect: { unsure: true }, style: 'off-topic' },
  { question: 'one day tour plan for Quanzhou world heritage sites', expect: { unsure: true }, style: 'off-topic' },
  { question: 'cheap hotel near Canton Fair with halal breakfast', expect: { unsure: true }, style: 'off-topic' },
  { question: 'mosque for Friday prayer in Guangzhou, address?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'duty free shopping limit in Haikou for foreign tourist?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Maotai town distillery tour booking, how?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Didi taxi app works with foreign phone number?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Alipay for foreigners, how link my Mastercard?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Lanzhou beef noodle recipe please', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Chongqing hotpot not too spicy, restaurant recommend?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'cheapest flight Dubai to Guangzhou?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Chengdu panda base ticket and opening time', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Tsingtao beer museum opening hours and ticket', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can I visit the FAW car factory in Changchun as tourist?', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: other near misses ─────────────
  { question: 'translate my product catalogue to Chinese please', expect: { unsure: true }, style: 'off-topic' },
  { question: 'write email to Chinese supplier asking 10% discount', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Made in China quality better than India or not?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'can Industrial Culture Development Center give loan to my startup in Accra?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'my city in Ghana want to be sister city with Dongguan, who arrange?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'job vacancy at the centre for Arabic translator?', expect: { unsure: true }, style: 'off-topic' },
];
