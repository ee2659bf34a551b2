// Independent tuning set 93: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses casual English from outsiders (tourists, parents, overseas buyers, expats, students, a twinning office, retirees): every FAQ entry in everyday words, places and industries by their English names, and many off-topic travel/shopping/personal requests.
import type { EvalCase } from './types';

export const independentTuningSet93: EvalCase[] = [
  // ───────── FAQ: what the programme is ─────────
  {
    question: 'saw a film about chinese factories on the plane and it mentioned this app. what is the whole industry card programme actually about',
    expect: { faq: 'what-is-programme' },
    style: 'english',
  },
  { question: 'my daughter has a school project on this. which government office is in charge of it', expect: { faq: 'who-runs' }, style: 'english' },
  { question: 'is this thing based on some official policy document? need a reference for an essay', expect: { faq: 'policy-basis' }, style: 'english' },
  { question: 'why does china even do this, whats in it for the cities', expect: { faq: 'programme-purposes' }, style: 'english' },
  {
    question:
      'Good afternoon. I am writing on behalf of the international relations office of our city in Germany. We would be grateful if you could explain briefly what the initiative hopes to achieve for the cities that take part. Thank you very much.',
    expect: { faq: 'programme-purposes' },
    style: 'english',
  },
  { question: 'how many cards were they hoping to have done by 2025', expect: { faq: 'target-2025' }, style: 'english' },
  { question: 'do cities get told to join or do they choose to', expect: { faq: 'principles' }, style: 'english' },
  {
    question: 'sorry if this is a silly question but is an industry card a real card you can hold, like a business card?',
    expect: { faq: 'what-is-industry-card' },
    style: 'english',
  },

  // ───────── FAQ: who can take part ─────────
  { question: 'what kind of places can take part, only big cities?', expect: { faq: 'who-may-apply' }, style: 'english' },
  { question: 'our twin town in china is a county, not a city. could a county go for this by itself', expect: { faq: 'county-eligible' }, style: 'english' },
  { question: 'can an industrial park or high tech zone sign up or is it just for cities', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: 'could a whole province put itself forward as one applicant', expect: { faq: 'province-eligible' }, style: 'english' },
  { question: 'if a city applies is it guaranteed to be picked', expect: { faq: 'selection-criteria' }, style: 'english' },
  { question: 'is there a minimum gdp or output a place needs before it can apply', expect: { faq: 'industry-threshold' }, style: 'english' },
  {
    question: 'i import from a factory in china and the owner wants his company to get one of these cards. can a private company apply',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },

  // ───────── FAQ: applying ─────────
  { question: 'whats the process for a city to get involved, step by step', expect: { faq: 'how-to-participate' }, style: 'english' },
  { question: 'does the city need the provincial government to nominate it first', expect: { faq: 'provincial-recommendation' }, style: 'english' },
  {
    question: 'where in this mini program is the application form? im helping the foreign affairs office of our zone',
    expect: { faq: 'apply-in-app' },
    style: 'english',
  },
  { question: 'what is in the contract a city signs with the centre', expect: { faq: 'agreement' }, style: 'english' },
  { question: 'does it cost anything for a town to join', expect: { faq: 'fees' }, style: 'english' },
  { question: 'what documents do we need to get ready', expect: { faq: 'materials' }, style: 'english' },
  { question: 'if a city misses this round, is there another round later', expect: { faq: 'batches' }, style: 'english' },
  { question: 'can one district send in two separate applications in the same round', expect: { faq: 'one-application-per-region' }, style: 'english' },
  { question: 'after filling in the form do i have to email it to someone too', expect: { faq: 'submit-where' }, style: 'english' },

  // ───────── FAQ: the form ─────────
  { question: 'how many boxes are on the sign up form and what are they', expect: { faq: 'form-fields' }, style: 'english' },
  { question: 'how do i choose the district on the form, the dropdown is confusing', expect: { faq: 'form-region' }, style: 'english' },
  { question: 'who do i put as lead unit, the bureau or the mayor?', expect: { faq: 'form-lead-unit' }, style: 'english' },
  { question: 'can we list 5 main industries or is there a cap', expect: { faq: 'form-leading-industries' }, style: 'english' },
  { question: 'do i have to fill the featured industries part or can i leave it empty', expect: { faq: 'form-featured-industries' }, style: 'english' },
  { question: 'whats the character limit on the region description', expect: { faq: 'form-intro' }, style: 'english' },
  { question: 'for the contact person, do i need to add their job title too', expect: { faq: 'form-contact' }, style: 'english' },
  { question: 'can i put an office landline instead of a mobile number', expect: { faq: 'form-phone' }, style: 'english' },
  { question: 'can i attach our pdf brochure? how big can it be', expect: { faq: 'form-attachments' }, style: 'english' },

  // ───────── FAQ: dates ─────────
  { question: 'when did applications close for the very first round in 2022', expect: { faq: 'deadline-first-call' }, style: 'english' },
  { question: 'is it still possible to apply at the moment or is it closed', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'we are a few days past the closing date, will they still take our form', expect: { faq: 'late-submission' }, style: 'english' },
  { question: 'roughly how long do they take to review an application', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'what time of year do they usually announce the new cards', expect: { faq: 'release-timing' }, style: 'english' },

  // ───────── FAQ: main vs featured ─────────
  { question: 'what does main card mean exactly', expect: { faq: 'tier-main' }, style: 'english' },
  { question: 'and a featured card, what is that', expect: { faq: 'tier-featured' }, style: 'english' },
  { question: 'main card or featured card, which one is the bigger deal', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: 'when applying can the city say it wants a main card rather than a featured one', expect: { faq: 'tier-choose' }, style: 'english' },
  { question: 'is a city limited to just one card or can it have several', expect: { faq: 'tier-system' }, style: 'english' },
  { question: 'hw many main n featured cards r planned in total', expect: { faq: 'target-2025' }, style: 'english' },

  // ───────── FAQ: what the centre does ─────────
  { question: 'what does the centre actually do for the cities once they join', expect: { faq: 'centre-tasks' }, style: 'english' },
  { question: 'does each card get its own logo and slogan? what goes into it', expect: { faq: 'card-identity' }, style: 'english' },
  { question: 'i teach at a university, is there any way universities can be part of this', expect: { faq: 'ecosystem-matrix' }, style: 'english' },
  { question: 'can a local brand put the city card logo on its packaging', expect: { faq: 'card-management' }, style: 'english' },
  { question: 'how do they get the word out about these cards, tv? social media?', expect: { faq: 'promotion' }, style: 'english' },
  { question: 'are there nfts of the cards or something? heard about digital collectibles', expect: { faq: 'digital-collectibles' }, style: 'english' },
  { question: 'do old factories turned into museums count as part of this', expect: { faq: 'landmarks-clusters' }, style: 'english' },
  { question: 'what is the industrial metaverse hall thing mentioned in the plan', expect: { faq: 'culture-complex' }, style: 'english' },
  { question: 'do participating cities get money or subsidies for it', expect: { faq: 'funding' }, style: 'english' },

  // ───────── FAQ: evaluation ─────────
  { question: 'how do they decide which cards are influential, is there a scoring system', expect: { faq: 'evaluation-system' }, style: 'english' },
  { question: 'once a city has a card is it checked again later or is it for life', expect: { faq: 'value-assessment' }, style: 'english' },
  {
    question: 'an article said the 2025 list was judged on influence under competitiveness. what does that mean',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'english',
  },

  // ───────── FAQ: films ─────────
  { question: 'we watched one of those three minute films about a chinese city, what is that series', expect: { faq: 'films-what' }, style: 'english' },
  { question: 'where can i find the short videos in the app', expect: { faq: 'films-where' }, style: 'english' },
  {
    question:
      'Dear Sir or Madam, my husband and I are retired and enjoy documentaries very much. Could you kindly tell us where in the application we may watch the short films, and whether English subtitles are available?',
    expect: { faq: 'films-where' },
    style: 'english',
  },
  { question: 'how long is each film, my kids have short attention spans lol', expect: { faq: 'films-length' }, style: 'english' },
  { question: 'our town would love a film made about its industry, how would that happen', expect: { faq: 'films-our-city' }, style: 'english' },

  // ───────── FAQ: events ─────────
  { question: 'at which event did the first cities sign on', expect: { faq: 'signing-2022' }, style: 'english' },
  { question: 'which places were in the first batch back in 2022', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  { question: 'what got announced at the 2024 event? someone mentioned 30+50', expect: { faq: 'release-2024' }, style: 'english' },
  { question: 'where was the december 2025 conference held', expect: { faq: 'conference-2025' }, style: 'english' },
  { question: 'which cities made the 2025 influential list', expect: { faq: 'list-2025' }, style: 'english' },
  {
    question: 'the 2025 cards had three categories, tech hotspot and something else, what are they',
    expect: { faq: 'themes-2025' },
    style: 'english',
  },
  { question: 'is there a book about industry cards i could read', expect: { faq: 'new-book' }, style: 'english' },
  { question: 'what is the china industrial geography gala, is it a tv show', expect: { faq: 'geography-gala' }, style: 'english' },

  // ───────── FAQ: contact ─────────
  { question: 'how can i reach the centre, do they have an email', expect: { faq: 'contact-centre' }, style: 'english' },
  { question: 'if i ask for staff here is there a queue? do they reply at night', expect: { faq: 'human-agent' }, style: 'english' },
  {
    question: 'i found a 2022 letter online with a contact person and email, can i still use that',
    expect: { faq: 'letter-contacts' },
    style: 'english',
  },

  // ───────── FAQ: using the app ─────────
  { question: 'do i need to register an account to log in', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'why does it want me to verify my phone number before i can apply', expect: { faq: 'verify-phone' }, style: 'english' },
  { question: 'closed the app halfway through filling in the form, did i lose everything', expect: { faq: 'drafts' }, style: 'english' },
  { question: 'where do updates about an application show up, will i get a wechat message', expect: { faq: 'notifications' }, style: 'english' },
  { question: 'what do the stages mean, like in consultation, building, published', expect: { faq: 'status-flow' }, style: 'english' },
  { question: 'what happens if they send the form back asking for changes', expect: { faq: 'returned' }, style: 'english' },
  { question: 'can a city take back its application after sending it', expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'spotted a typo after hitting submit, can i still fix it', expect: { faq: 'edit-after-submit' }, style: 'english' },
  { question: 'if an application gets turned down can the city try again', expect: { faq: 'declined' }, style: 'english' },
  { question: "how do i search for a specific city's cards", expect: { faq: 'browse-cards' }, style: 'english' },
  { question: 'are the cards in here the real official ones or just examples', expect: { faq: 'sample-data' }, style: 'english' },
  { question: 'how do i send a card to my friend on wechat', expect: { faq: 'share' }, style: 'english' },
  { question: 'is there an english interface, my chinese is bad', expect: { faq: 'english-version' }, style: 'english' },
  { question: 'can i chnage the language to english', expect: { faq: 'english-version' }, style: 'english' },
  {
    question: 'im just a retired tourist, am i allowed to use this app or is it only for officials',
    expect: { faq: 'who-can-use' },
    style: 'english',
  },

  // ───────── FAQ in Chinese, pinyin, traditional (expats, HK/TW visitors) ─────────
  { question: '产业名片是啥东西 是那种实体的卡吗', expect: { faq: 'what-is-industry-card' }, style: 'colloquial' },
  { question: '我是老外 能不能用这个小程序看名片', expect: { faq: 'who-can-use' }, style: 'colloquial' },
  { question: '怎么换成英文界面啊', expect: { faq: 'english-version' }, style: 'colloquial' },
  { question: '截止日期过了几天 还能交吗', expect: { faq: 'late-submission' }, style: 'colloquial' },
  { question: '纪录片在那里看', expect: { faq: 'films-where' }, style: 'typo' },
  { question: '城市参加要交钱马', expect: { faq: 'fees' }, style: 'typo' },
  { question: 'chanye mingpian shi shenme yisi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },
  { question: 'jilupian you duo chang', expect: { faq: 'films-length' }, style: 'pinyin' },
  { question: 'zenme ba mingpian fenxiang gei pengyou', expect: { faq: 'share' }, style: 'pinyin' },
  { question: '這個計劃是誰主辦的', expect: { faq: 'who-runs' }, style: 'traditional' },
  { question: '主名片和特色名片差在哪裡', expect: { faq: 'tier-difference' }, style: 'traditional' },
  { question: '2025年那個大會在哪裡辦的', expect: { faq: 'conference-2025' }, style: 'traditional' },

  // ───────── Catalogue: places ─────────
  { question: "we just got back from xian, does xi'an have a card", expect: { cards: ['xian-hard-tech-city'] }, style: 'region' },
  { question: 'doing an exchange semester in wuhan, what is wuhan known for industry-wise', expect: { cards: ['wuhan-optics-valley'] }, style: 'region' },
  {
    question: 'what cards are there for guangdong province',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'huangpu-bay-area-innovation',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
      ],
    },
    style: 'region',
  },
  {
    question: 'anything from zhejiang',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: 'fujian cards pls',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  {
    question: 'show me what shandong has',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'],
    },
    style: 'region',
  },
  { question: 'nei menggu you shenme mingpian', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'pinyin' },
  {
    question: 'sichuan - besides chengdu is there anything else',
    expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] },
    style: 'region',
  },
  { question: 'we are going to urumqi in the summer, does xinjiang have a card', expect: { cards: ['urumqi-silk-road-hub'] }, style: 'region' },
  { question: 'shanghai cards?', expect: { cards: [] }, style: 'region' },
  { question: 'nothing for beijing at all?', expect: { cards: [] }, style: 'region' },
  { question: 'my son works in shenzhen, does shenzhen have one', expect: { cards: [] }, style: 'region' },
  {
    question: 'we visited quanzhou last year, which cards come from the quanzhou area',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: 'what about suzhou', expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] }, style: 'region' },
  { question: 'hangzhou industry card', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'region' },
  {
    question: "Hello, our city has been twinned with Qingdao for many years. Could you tell us what Qingdao's industry card is about?",
    expect: { cards: ['qingdao-city-of-brands'] },
    style: 'region',
  },
  { question: "i buy from yiwu every year, what does yiwu's card say", expect: { cards: ['yiwu-world-supermarket'] }, style: 'region' },
  { question: 'main cards in guangdong only', expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] }, style: 'region' },
  { question: 'tangshan - grandpa worked in the mines there. is there a card', expect: { cards: ['tangshan-cradle-of-modern-industry'] }, style: 'region' },
  {
    question: 'which ones are the tech hotspot cards',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'qiantang-china-medicine-port',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'wuxi-iot-city',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'wuhan-optics-valley',
        'guiyang-china-data-valley',
      ],
    },
    style: 'english',
  },
  { question: '景德镇的名片讲的是什么', expect: { cards: ['jingdezhen-millennium-porcelain'] }, style: 'region' },
  {
    question: '湖南有哪些名片',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  { question: 'chongqing you mingpian ma', expect: { cards: ['chongqing-mountain-city-motors'] }, style: 'pinyin' },

  // ───────── Catalogue: industries in everyday words ─────────
  {
    question: 'which cities are known for making shoes',
    expect: { cards: ['jinjiang-sportswear', 'wenzhou-private-manufacturing', 'quanzhou-maritime-silk-manufacturing'] },
    style: 'industry',
  },
  { question: 'any card about tea', expect: { cards: ['zunyi-sauce-aroma-baijiu'] }, style: 'industry' },
  { question: 'where do they make phones', expect: { cards: ['dongguan-manufacturing-aesthetics'] }, style: 'industry' },
  {
    question: 'EVs - which cities have electric car cards',
    expect: {
      cards: ['huangpu-bay-area-innovation', 'guangzhou-smart-manufacturing', 'hefei-chips-screens-cars', 'xian-hard-tech-city', 'yibin-baijiu-and-batteries'],
    },
    style: 'industry',
  },
  {
    question: 'i collect porcelain, which places are about ceramics',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: 'kitchen knives and scissors, where', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: 'is there a wine region card', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  { question: '白酒有哪些名片', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: 'flowers?? my wife loves flower markets', expect: { cards: ['kunming-spring-city-flowers'] }, style: 'industry' },
  {
    question: 'steel towns',
    expect: {
      cards: ['baotou-rare-earth-capital', 'liuzhou-industrial-landscape', 'tangshan-cradle-of-modern-industry', 'taiyuan-steel-and-heavy-machinery'],
    },
    style: 'industry',
  },
  {
    question: 'sourcing home appliances, which cities should i look at',
    expect: {
      cards: ['zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'ningbo-port-city-making', 'qingdao-city-of-brands'],
    },
    style: 'industry',
  },
  { question: 'chips and semiconductors', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars', 'xian-hard-tech-city'] }, style: 'industry' },
  {
    question: 'pharma and biotech cities?',
    expect: {
      cards: [
        'qiantang-china-medicine-port',
        'huangpu-bay-area-innovation',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'wuhan-optics-valley',
        'kunming-spring-city-flowers',
        'haikou-free-port-consumption',
      ],
    },
    style: 'industry',
  },
  { question: 'chocolate', expect: { cards: [] }, style: 'industry' },
  { question: '有没有做灯具的城市', expect: { cards: ['zhongshan-lighting-capital'] }, style: 'industry' },

  // ───────── Catalogue: counts ─────────
  { question: 'how many cards are in the app altogether', expect: { count: 50 }, style: 'count' },
  { question: 'how many does guangdong have', expect: { count: 6 }, style: 'count' },
  { question: 'how many main cards are listed', expect: { count: 15 }, style: 'count' },
  { question: 'and how many featured ones', expect: { count: 35 }, style: 'count' },
  { question: 'how many cards are from 2024', expect: { count: 22 }, style: 'count' },
  { question: '2025年的名片一共几张', expect: { count: 28 }, style: 'count' },
  { question: 'how many tech hotspot cards are there', expect: { count: 10 }, style: 'count' },
  { question: 'how many innovative consumption city cards', expect: { count: 12 }, style: 'count' },
  { question: 'how many cards have the upgrade and renewal theme', expect: { count: 14 }, style: 'count' },
  { question: 'how many main cards came out in 2025', expect: { count: 8 }, style: 'count' },
  { question: 'how many cards does beijing have', expect: { count: 0 }, style: 'count' },
  { question: '福建一共有幾張名片', expect: { count: 4 }, style: 'count' },

  // ───────── My own application ─────────
  {
    question: "hi, i work for our park's investment office and we submitted the form last week. where is our application at now",
    expect: { status: true },
    style: 'status',
  },
  { question: 'did our application get approved yet', expect: { status: true }, style: 'status' },
  { question: 'any update on my application?', expect: { status: true }, style: 'status' },
  { question: 'has anyone at the centre looked at the form i sent on monday', expect: { status: true }, style: 'status' },
  { question: 'is my application still in consultation or is it signed already', expect: { status: true }, style: 'status' },
  { question: 'wo de shenqing zenmeyang le', expect: { status: true }, style: 'status' },
  { question: '我們提交的申請現在到哪一步了', expect: { status: true }, style: 'status' },

  // ───────── Wants a person ─────────
  { question: 'can i talk to a real person please', expect: { handoff: true }, style: 'handoff' },
  { question: 'human', expect: { handoff: true }, style: 'handoff' },
  { question: 'this bot isnt helping, get me a staff member', expect: { handoff: true }, style: 'handoff' },
  {
    question: 'I would prefer to discuss this directly with someone from the centre, could you put me through to a colleague who speaks English?',
    expect: { handoff: true },
    style: 'handoff',
  },
  { question: 'agent pls', expect: { handoff: true }, style: 'handoff' },
  { question: 'operator', expect: { handoff: true }, style: 'handoff' },
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: 'zhuan rengong', expect: { handoff: true }, style: 'handoff' },

  // ───────── Off-topic: travel, visas, transport, hotels ─────────
  { question: 'do i need a visa to visit dongguan', expect: { unsure: true }, style: 'off-topic' },
  { question: 'best hotel near the canton fair?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how do i get from shanghai to yiwu by train', expect: { unsure: true }, style: 'off-topic' },
  { question: 'whats the weather like in kunming in april', expect: { unsure: true }, style: 'off-topic' },
  { question: 'what time does the china port museum open on sundays', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how much are tickets for the kailuan mine park', expect: { unsure: true }, style: 'off-topic' },
  { question: 'recommend a good hotpot place in chengdu', expect: { unsure: true }, style: 'off-topic' },
  { question: 'is lanzhou beef noodle halal', expect: { unsure: true }, style: 'off-topic' },
  { question: '簽證怎麼延期', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: shopping, prices, sourcing ─────────
  { question: 'where can i buy dehua porcelain online and ship it to canada', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how much does a pair of anta running shoes cost', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can you find me an led lamp supplier in zhongshan, moq 500 pcs', expect: { unsure: true }, style: 'off-topic' },
  { question: 'price of a bottle of moutai?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'is the yiwu market open during chinese new year', expect: { unsure: true }, style: 'off-topic' },
  { question: 'best way to ship samples from foshan to brazil', expect: { unsure: true }, style: 'off-topic' },
  { question: 'what are the eu import tariffs on chinese electric cars', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my taobao parcel hasnt arrived, can you check', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞哪里买手机最便宜', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: other apps and services ─────────
  { question: 'wechat pay wont accept my foreign visa card, help', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how do i contact alipay customer service', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my wechat account got blocked what do i do', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can you help me grow my douyin account', expect: { unsure: true }, style: 'off-topic' },
  { question: 'which vpn works in china', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: programme details nobody published ─────────
  { question: 'whats the total budget of the programme', expect: { unsure: true }, style: 'off-topic' },
  { question: 'who sits on the jury that picks the cards, names please', expect: { unsure: true }, style: 'off-topic' },
  { question: 'what is the name of the director of the centre', expect: { unsure: true }, style: 'off-topic' },
  { question: 'give me the phone extension of the person handling applications', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how much did the dongguan conference cost to put on', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how many places applied in the 2025 round', expect: { unsure: true }, style: 'off-topic' },
  { question: 'exactly how many rmb is the participation fee', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how many points did guangzhou score in the evaluation', expect: { unsure: true }, style: 'off-topic' },
  { question: 'our twin city is lyon in france, can a foreign city apply for a card too', expect: { unsure: true }, style: 'off-topic' },
  { question: "my friend's town applied last month, can you check how their application is doing", expect: { unsure: true }, style: 'off-topic' },
  { question: "did linyi's application get accepted", expect: { unsure: true }, style: 'off-topic' },
  { question: 'zhe ge xiangmu yusuan you duoshao qian', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: other programmes, study, work, personal ─────────
  { question: 'is this the same as the little giant sme programme', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how does a company get high and new tech enterprise certification', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how do i apply for a csc scholarship to study in china', expect: { unsure: true }, style: 'off-topic' },
  { question: 'is the centre hiring? i want an internship', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how do i register a wfoe company in shanghai', expect: { unsure: true }, style: 'off-topic' },
  { question: 'lost my passport in hangzhou, what should i do', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my back hurts after the long flight, what medicine should i take', expect: { unsure: true }, style: 'off-topic' },
  { question: "can you do my son's maths homework, its fractions", expect: { unsure: true }, style: 'off-topic' },
  { question: 'tell me a joke', expect: { unsure: true }, style: 'off-topic' },
  { question: '附近有什么好吃的', expect: { unsure: true }, style: 'off-topic' },
];
