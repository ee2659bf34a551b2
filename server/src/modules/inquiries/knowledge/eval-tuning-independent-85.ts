// Independent tuning set 85: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses English: foreign investors, overseas Chinese, students, journalists and expats asking in English (often broken, with typos, or mixed with Chinese), with every FAQ entry asked at least once in English and many English near-miss off-topic questions.
import type { EvalCase } from './types';

export const independentTuningSet85: EvalCase[] = [
  // ───────────── FAQ in English: the programme ─────────────
  { question: 'hi, what exactly is this industry card programme about?', expect: { faq: 'what-is-programme' }, style: 'english' },
  { question: 'wat is a industry card program? explain simple pls', expect: { faq: 'what-is-programme' }, style: 'english' },
  {
    question:
      "Hello, I'm a journalist with a German daily writing about regional branding in China. Who actually organises the industry card programme, is it a ministry-level thing?",
    expect: { faq: 'who-runs' },
    style: 'english',
  },
  { question: 'what policy document is this whole thing based on?', expect: { faq: 'policy-basis' }, style: 'english' },
  { question: 'whats the point of the program for a city? what does it try to achieve', expect: { faq: 'programme-purposes' }, style: 'english' },
  {
    question: 'What was the original target, how many main and featured cards were supposed to be built by 2025?',
    expect: { faq: 'target-2025' },
    style: 'english',
  },
  { question: 'Is participation compulsory for cities or is it voluntary?', expect: { faq: 'principles' }, style: 'english' },
  { question: 'sorry if dumb question but is the industry card an actual physical card??', expect: { faq: 'what-is-industry-card' }, style: 'english' },

  // ───────────── FAQ in English: eligibility ─────────────
  { question: 'which kinds of places are eligible to take part, only big cities?', expect: { faq: 'who-may-apply' }, style: 'english' },
  {
    question: 'Can a county level city apply on its own, or does it have to go through the prefecture?',
    expect: { faq: 'county-eligible' },
    style: 'english',
  },
  { question: 'I work for the admin committee of a national high-tech zone. Can our zone apply?', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: '我们园区想join，可以吗？', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: 'could a provincial government itself be the applicant?', expect: { faq: 'province-eligible' }, style: 'english' },
  {
    question: 'if we apply are we guaranteed to get selected? what kind of regions does the centre go for',
    expect: { faq: 'selection-criteria' },
    style: 'english',
  },
  { question: 'Is there a minimum GDP or industrial output value required?', expect: { faq: 'industry-threshold' }, style: 'english' },
  {
    question: 'We are a foreign-invested manufacturer. Can our company apply for an industry card directly?',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },
  { question: 'cn a foregin company apply?', expect: { faq: 'enterprise-apply' }, style: 'english' },

  // ───────────── FAQ in English: how to apply ─────────────
  { question: 'what are the steps to participate, from applying to getting the card', expect: { faq: 'how-to-participate' }, style: 'english' },
  { question: '我想apply这个program，要怎么开始？', expect: { faq: 'how-to-participate' }, style: 'english' },
  {
    question: 'do we need a recommendation from the provincial industry department or can we go straight to the centre?',
    expect: { faq: 'provincial-recommendation' },
    style: 'english',
  },
  { question: 'how do I actually submit the application in this mini program', expect: { faq: 'apply-in-app' }, style: 'english' },
  {
    question: 'what is in the cooperation agreement we would sign? is there a standard template?',
    expect: { faq: 'agreement' },
    style: 'english',
  },
  { question: 'is it free to join or do cities have to pay anything?', expect: { faq: 'fees' }, style: 'english' },
  { question: 'what paperwork do we need to prepare before applying', expect: { faq: 'materials' }, style: 'english' },
  { question: 'we missed the first round. will there be more batches later?', expect: { faq: 'batches' }, style: 'english' },
  {
    question: 'can our city put in two separate applications in the same call, one for each industry?',
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  { question: 'After I fill out the form do I have to email it somewhere?', expect: { faq: 'submit-where' }, style: 'english' },

  // ───────────── FAQ in English: the registration form ─────────────
  { question: 'how many sections does the registration form have and what goes in them', expect: { faq: 'form-fields' }, style: 'english' },
  {
    question: 'on the form how do i choose the region if we are a development zone under a district?',
    expect: { faq: 'form-region' },
    style: 'english',
  },
  { question: 'what do i write in the "lead unit" box', expect: { faq: 'form-lead-unit' }, style: 'english' },
  { question: 'can I list 4 leading industries or is there a limit?', expect: { faq: 'form-leading-industries' }, style: 'english' },
  { question: 'is the featured industries field required? how many can i put', expect: { faq: 'form-featured-industries' }, style: 'english' },
  { question: 'word limit for the region intro??', expect: { faq: 'form-intro' }, style: 'english' },
  {
    question: 'Who should be the contact person, my director or me as the staff handling it? And is the job title mandatory?',
    expect: { faq: 'form-contact' },
    style: 'english',
  },
  {
    question: 'the phone number field keeps saying invalid. what format does it want? can I use a landline?',
    expect: { faq: 'form-phone' },
    style: 'english',
  },
  { question: 'can i attach our investment brochure as a pdf, is there a size limit', expect: { faq: 'form-attachments' }, style: 'english' },
  { question: '登记表可以upload PDF吗？', expect: { faq: 'form-attachments' }, style: 'english' },

  // ───────────── FAQ in English: deadlines and timing ─────────────
  { question: 'when was the deadline for the very first call in 2022?', expect: { faq: 'deadline-first-call' }, style: 'english' },
  { question: 'is the call for applications still open right now? when does it close?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'whats the dedline this year', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'We missed the deadline by 2 days, can we still send it in?', expect: { faq: 'late-submission' }, style: 'english' },
  { question: 'how long does it normally take to hear back after submitting?', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'what time of year are new cards announced?', expect: { faq: 'release-timing' }, style: 'english' },

  // ───────────── FAQ in English: tiers ─────────────
  { question: 'what does "main card" mean exactly?', expect: { faq: 'tier-main' }, style: 'english' },
  { question: 'what qualifies as a featured card', expect: { faq: 'tier-featured' }, style: 'english' },
  {
    question: 'main card vs featured card, which one ranks higher and how are they different?',
    expect: { faq: 'tier-difference' },
    style: 'english',
  },
  { question: '主名片和featured card哪个更高级？', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: 'Can we specify on the application that we want a main card?', expect: { faq: 'tier-choose' }, style: 'english' },
  {
    question: 'Can one city end up with several cards, e.g. a main one plus some featured ones?',
    expect: { faq: 'tier-system' },
    style: 'english',
  },

  // ───────────── FAQ in English: what the centre does ─────────────
  { question: 'what kind of support does the centre provide to cities once they join?', expect: { faq: 'centre-tasks' }, style: 'english' },
  { question: 'does a card come with its own logo / visual identity?', expect: { faq: 'card-identity' }, style: 'english' },
  {
    question: 'Can universities and research institutes get involved somehow? I heard about an ecosystem alliance',
    expect: { faq: 'ecosystem-matrix' },
    style: 'english',
  },
  {
    question: 'Once a card exists, can local companies put the card logo on their products and marketing?',
    expect: { faq: 'card-management' },
    style: 'english',
  },
  { question: 'how will the card be promoted? TV, foreign media, short videos?', expect: { faq: 'promotion' }, style: 'english' },
  { question: 'are there going to be NFTs or digital collectibles for the cards?', expect: { faq: 'digital-collectibles' }, style: 'english' },
  {
    question: 'does turning an old factory into an industrial museum count towards the landmark carriers in the plan?',
    expect: { faq: 'landmarks-clusters' },
    style: 'english',
  },
  { question: 'What is the "industrial metaverse experience hall" thing in the plan?', expect: { faq: 'culture-complex' }, style: 'english' },
  { question: 'do participating cities receive any government subsidy or funding?', expect: { faq: 'funding' }, style: 'english' },

  // ───────────── FAQ in English: evaluation ─────────────
  { question: 'How are the influential industry cards evaluated? what is the scoring system?', expect: { faq: 'evaluation-system' }, style: 'english' },
  { question: 'Can a city lose its card later? is there any re-evaluation after selection?', expect: { faq: 'value-assessment' }, style: 'english' },
  {
    question: 'I saw the phrase "influence under competitiveness" in a news report, what does it mean?',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'english',
  },

  // ───────────── FAQ in English: films ─────────────
  { question: 'What is the "fall in love with China industry cards in 3 minutes" project?', expect: { faq: 'films-what' }, style: 'english' },
  { question: 'where in the app can i watch the short documentaries', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'how long are the films, like 3 mins max?', expect: { faq: 'films-length' }, style: 'english' },
  { question: 'Our city would love to have a micro-documentary. How do we get one made?', expect: { faq: 'films-our-city' }, style: 'english' },

  // ───────────── FAQ in English: events ─────────────
  { question: 'where did the first signing ceremony take place?', expect: { faq: 'signing-2022' }, style: 'english' },
  { question: 'which cities were the first pilots that signed in 2022?', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  { question: 'what does "30+50" refer to in the 2024 release?', expect: { faq: 'release-2024' }, style: 'english' },
  { question: 'what happened at the Quanzhou conference in december 2024', expect: { faq: 'release-2024' }, style: 'english' },
  { question: 'where was the 2025 industry card conference held and when?', expect: { faq: 'conference-2025' }, style: 'english' },
  { question: 'can you give me the complete official 2025 list of influential industry cards?', expect: { faq: 'list-2025' }, style: 'english' },
  {
    question: 'I read there were three themes in 2025, tech hotspot and two others? what are they',
    expect: { faq: 'themes-2025' },
    style: 'english',
  },
  { question: 'is there a book about the theory of industry cards?', expect: { faq: 'new-book' }, style: 'english' },
  { question: 'What is the China Industrial Geography Gala? Is it a CCTV show?', expect: { faq: 'geography-gala' }, style: 'english' },

  // ───────────── FAQ in English: contact ─────────────
  { question: 'how can I get in touch with the centre? do you have an email address?', expect: { faq: 'contact-centre' }, style: 'english' },
  { question: 'how does getting transferred to a human work here? is there a queue?', expect: { faq: 'human-agent' }, style: 'english' },
  { question: 'The 2022 letter had a contact email on it, is that still valid?', expect: { faq: 'letter-contacts' }, style: 'english' },

  // ───────────── FAQ in English: using the app ─────────────
  { question: 'do I need to create an account? how do I log in from a normal browser?', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'why does it make me verify my phone before I can submit??', expect: { faq: 'verify-phone' }, style: 'english' },
  { question: 'if I close the form halfway will I lose what i typed?', expect: { faq: 'drafts' }, style: 'english' },
  { question: 'how will i be notified when something changes with our application?', expect: { faq: 'notifications' }, style: 'english' },
  { question: 'what does the status "in consultation" mean, and what comes after it?', expect: { faq: 'status-flow' }, style: 'english' },
  { question: 'our application was sent back for revisions. what do we do now?', expect: { faq: 'returned' }, style: 'english' },
  { question: 'how do we withdraw an application we submitted?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'i noticed a typo in our intro after submitting, can i still edit it?', expect: { faq: 'edit-after-submit' }, style: 'english' },
  { question: 'if we get rejected, are we allowed to apply again?', expect: { faq: 'declined' }, style: 'english' },
  { question: 'how do I filter the cards by province and year in the app?', expect: { faq: 'browse-cards' }, style: 'english' },
  { question: 'are the cards in this app the real official list or just examples?', expect: { faq: 'sample-data' }, style: 'english' },
  { question: 'how do i send a card to a friend on wechat', expect: { faq: 'share' }, style: 'english' },
  { question: 'can the interface be switched to English? my Chinese is not great', expect: { faq: 'english-version' }, style: 'english' },
  { question: '这个app有English version吗', expect: { faq: 'english-version' }, style: 'english' },
  { question: "I'm just a tourist here, can I use the app without logging in?", expect: { faq: 'who-can-use' }, style: 'english' },

  // ───────────── FAQ in Chinese (plain, colloquial, typo, traditional, pinyin) ─────────────
  { question: '报这个要不要交钱啊', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: 'zhu mingpian he tese mingpian you sha qubie', expect: { faq: 'tier-difference' }, style: 'pinyin' },
  { question: '登记表填一半能先存着吗，明天再接着填', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '主導產業最多能填幾個', expect: { faq: 'form-leading-industries' }, style: 'traditional' },
  { question: '申请被退会了咋整', expect: { faq: 'returned' }, style: 'typo' },
  { question: '园区管委会能当牵头单位不', expect: { faq: 'form-lead-unit' }, style: 'colloquial' },
  { question: '首批试点有那些城市', expect: { faq: 'pilot-regions-2022' }, style: 'typo' },
  { question: '2025年的大会是在哪开的', expect: { faq: 'conference-2025' }, style: 'plain' },
  { question: '怎么撤消申请', expect: { faq: 'withdraw' }, style: 'typo' },
  { question: 'shenqing shenme shihou jiezhi', expect: { faq: 'deadline-current' }, style: 'pinyin' },
  { question: '評價體系是怎樣的', expect: { faq: 'evaluation-system' }, style: 'traditional' },
  { question: '参加了有补帖吗', expect: { faq: 'funding' }, style: 'typo' },
  { question: '名片里的数据是官方的吗', expect: { faq: 'sample-data' }, style: 'plain' },
  { question: '中心給參與城市提供哪些服務', expect: { faq: 'centre-tasks' }, style: 'traditional' },

  // ───────────── Catalogue in English: regions ─────────────
  { question: 'cards in Yiwu?', expect: { cards: ['yiwu-world-supermarket'] }, style: 'region' },
  { question: 'Yiwu那张card是哪年发布的？', expect: { cards: ['yiwu-world-supermarket'] }, style: 'region' },
  {
    question: 'We are a European machinery maker looking at Changsha for a new plant. Does Changsha have an industry card, and what is it about?',
    expect: { cards: ['changsha-construction-machinery'] },
    style: 'region',
  },
  {
    question: 'show me all the cards for Guangdong province',
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
  { question: 'anything for Hangzhou?', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'region' },
  {
    question: 'Quanzhou industry cards please',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: "moving to Xi'an for work, what's its industry card?", expect: { cards: ['xian-hard-tech-city'] }, style: 'region' },
  { question: 'does Shenzhen have an industry card?', expect: { cards: [] }, style: 'region' },
  { question: 'any cards from Inner Mongolia', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  { question: 'what cards does Suzhou have', expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] }, style: 'region' },
  {
    question: 'Hunan cards',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  { question: 'Ningbo de chanye mingpian shi shenme', expect: { cards: ['ningbo-port-city-making'] }, style: 'pinyin' },
  { question: 'Qingdao you mingpian ma', expect: { cards: ['qingdao-city-of-brands'] }, style: 'pinyin' },

  // ───────────── Catalogue in English: industries ─────────────
  {
    question: 'which cities have biomedicine cards?',
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
  {
    question: 'ceramics / porcelain cards?',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: 'Which cards are about rare earths?', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  {
    question: 'I import baijiu to the UK. Which industry cards are about Chinese liquor?',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  { question: 'is there a wine region card?', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  {
    question: 'EV industry cards? new energy vehicles',
    expect: {
      cards: ['huangpu-bay-area-innovation', 'guangzhou-smart-manufacturing', 'hefei-chips-screens-cars', 'xian-hard-tech-city', 'yibin-baijiu-and-batteries'],
    },
    style: 'industry',
  },
  {
    question: 'home appliance cities?',
    expect: {
      cards: ['ningbo-port-city-making', 'zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'qingdao-city-of-brands'],
    },
    style: 'industry',
  },
  { question: 'is there any card for shipbuilding?', expect: { cards: [] }, style: 'industry' },
  { question: 'Any card about coffee?', expect: { cards: [] }, style: 'industry' },

  // ───────────── Catalogue in English: tiers, themes, years ─────────────
  {
    question: 'list all the main cards',
    expect: {
      cards: [
        'baoding-electric-valley',
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'chengdu-tianfu-smart-making',
        'ningbo-port-city-making',
        'luoyang-agricultural-machinery',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'changsha-construction-machinery',
        'wuhan-optics-valley',
        'qingdao-city-of-brands',
        'shenyang-equipment-base',
        'chongqing-mountain-city-motors',
      ],
    },
    style: 'english',
  },
  { question: 'main cards in Zhejiang?', expect: { cards: ['hangzhou-digital-city', 'ningbo-port-city-making'] }, style: 'region' },
  {
    question: 'show me the innovative consumption city cards',
    expect: {
      cards: [
        'zhongshan-lighting-capital',
        'wenzhou-private-manufacturing',
        'linyi-trade-logistics',
        'jingdezhen-millennium-porcelain',
        'zunyi-sauce-aroma-baijiu',
        'foshan-ceramics-and-appliances',
        'yibin-baijiu-and-batteries',
        'liuzhou-industrial-landscape',
        'kunming-spring-city-flowers',
        'yinchuan-helan-mountain-wine',
        'haikou-free-port-consumption',
        'yiwu-world-supermarket',
      ],
    },
    style: 'english',
  },
  {
    question: 'tech hotspot cards pls',
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
  {
    question: 'upgrade & renewal cards in Guangdong',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
      ],
    },
    style: 'region',
  },

  // ───────────── Catalogue in Chinese ─────────────
  { question: '佛山有名片吗', expect: { cards: ['foshan-ceramics-and-appliances'] }, style: 'region' },
  { question: '江西省的产业名片', expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] }, style: 'region' },
  { question: '深圳的产业名片有哪些', expect: { cards: [] }, style: 'region' },
  { question: '廈門有產業名片嗎', expect: { cards: [] }, style: 'traditional' },
  { question: '做钨的名片有哪些', expect: { cards: ['ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: '螺蛳粉也有名片？', expect: { cards: ['liuzhou-industrial-landscape'] }, style: 'industry' },

  // ───────────── Counts ─────────────
  { question: 'how many cards are in the app altogether?', expect: { count: 50 }, style: 'count' },
  { question: 'how many main cards are there?', expect: { count: 15 }, style: 'count' },
  { question: 'number of featured cards?', expect: { count: 35 }, style: 'count' },
  { question: 'how many cards does Zhejiang have', expect: { count: 5 }, style: 'count' },
  { question: 'how many cards in the app are from 2024?', expect: { count: 22 }, style: 'count' },
  { question: 'how many tech hotspot cards are there', expect: { count: 10 }, style: 'count' },
  { question: 'Guangdong有几张cards？', expect: { count: 6 }, style: 'count' },
  { question: '江苏有几张名片', expect: { count: 3 }, style: 'count' },
  { question: '创新消费主题的名片有多少张', expect: { count: 12 }, style: 'count' },
  { question: '升级更新的一共几张', expect: { count: 14 }, style: 'count' },
  { question: '山东省有多少张产业名片', expect: { count: 4 }, style: 'count' },

  // ───────────── Status of the asker's own application ─────────────
  { question: "What's the status of my application?", expect: { status: true }, style: 'status' },
  { question: 'any update on our application? we submitted two weeks ago', expect: { status: true }, style: 'status' },
  { question: 'has our application been approved yet?', expect: { status: true }, style: 'status' },
  { question: 'is my application still in consultation or signed already?', expect: { status: true }, style: 'status' },
  { question: 'did the centre look at what I submitted?', expect: { status: true }, style: 'status' },
  { question: '我的application现在什么status？', expect: { status: true }, style: 'status' },
  { question: '我们的申请审核到哪一步了', expect: { status: true }, style: 'status' },

  // ───────────── Asking for a person ─────────────
  { question: 'I want to talk to a real person', expect: { handoff: true }, style: 'handoff' },
  { question: 'human pls', expect: { handoff: true }, style: 'handoff' },
  { question: 'can I speak to someone at the centre?', expect: { handoff: true }, style: 'handoff' },
  { question: 'agent', expect: { handoff: true }, style: 'handoff' },
  { question: "connect me with your staff please, the bot isn't helping", expect: { handoff: true }, style: 'handoff' },
  { question: 'Is there a live person I could chat with right now?', expect: { handoff: true }, style: 'handoff' },
  { question: 'transfer me to customer service', expect: { handoff: true }, style: 'handoff' },
  { question: '帮我转human agent', expect: { handoff: true }, style: 'handoff' },
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '找个真人跟我说吧', expect: { handoff: true }, style: 'handoff' },

  // ───────────── Off-topic in English (including near misses) ─────────────
  {
    question: 'Do I need a business visa to attend the industry card conference in China, or is an L visa ok?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'how do I extend my residence permit in Hangzhou?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What are the current visa-free transit rules for Germans?', expect: { unsure: true }, style: 'off-topic' },
  { question: "my WeChat Pay won't accept my foreign Visa card, can you help?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the Alipay customer service number for foreigners?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I reset my WeChat password, I got locked out', expect: { unsure: true }, style: 'off-topic' },
  { question: 'My 12306 train booking failed, what should I do?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What tax breaks does Suzhou Industrial Park give to foreign investors?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'whats the corporate income tax rate for high and new tech enterprises', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What incentives does Hefei offer EV startups, in numbers?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the total budget of the industry card programme?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Exactly how many yuan of subsidy does a city get for a main card?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How much does the centre charge to produce a 3-minute film, in RMB?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Who is the director of the Industrial Culture Development Center?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'whats the phone extension for the person handling applications?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Who are the authors of the new book on industry cards?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'List all 28 evaluation indicators with their weights please', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which officials signed the 2022 agreement for Baoding?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which presenter hosted the CCTV gala?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many people attended the 2025 conference in Dongguan?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What exact date is the 2026 industry card conference?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many applications did the centre receive this year?', expect: { unsure: true }, style: 'off-topic' },
  { question: "Can you check the status of Hangzhou's application for me?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'My friend at the Wenzhou bureau applied last month, did they get accepted?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you book me a hotel near the conference venue in Dongguan?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'weather in Dongguan in december?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'what is the air quality in Baotou today', expect: { unsure: true }, style: 'off-topic' },
  { question: 'where can I get the best Lanzhou beef noodles in Shanghai', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you recommend a reliable knife factory in Yangjiang for OEM orders?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'USD to RMB exchange rate today?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I register a WFOE in Shanghai?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the minimum wage in Dongguan now?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which Chinese stocks will benefit from the industry card programme?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can u recommend a VPN that works in china', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I apply for the Canton Fair as an exhibitor?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'How can my company get the "specialized and sophisticated little giant" certification?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'How can a foreigner open a bank account in China?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'could you translate our company profile into Chinese for us?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the population of Chengdu?', expect: { unsure: true }, style: 'off-topic' },
  { question: "How much did Dongguan's GDP grow in 2025?", expect: { unsure: true }, style: 'off-topic' },
  {
    question: "Could the centre write a recommendation letter for my master's application at a Chinese university?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: 'Are there scholarships for international students in industrial design?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'is the centre hiring? what does a staff member earn?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'email of the Dongguan investment promotion bureau?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'tell me a joke', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── Off-topic in Chinese ─────────────
  { question: '帮我订一张下周去东莞的机票', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心主任叫什么名字', expect: { unsure: true }, style: 'off-topic' },
];
