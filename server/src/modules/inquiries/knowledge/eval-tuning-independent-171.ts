// Independent tuning set 171: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses English-speaking users (foreign investors, students, expatriates, journalists): about half the questions in English, some broken or mixed Chinese-English, with off-topic questions on visas, company registration, trade fairs, factory sourcing, exchange rates, travel and industry statistics that reuse programme words.
import type { EvalCase } from './types';

export const independentTuningSet171: EvalCase[] = [
  // ───────────── FAQ: programme ─────────────
  { question: 'what is this industry card programme about? pls explain simply', expect: { faq: 'what-is-programme' }, style: 'english' },
  { question: '产业名片计划 到底是搞什么的 能简单说下吗', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: 'who is behind this programme, government or a private company?', expect: { faq: 'who-runs' }, style: 'english' },
  { question: '这个计划依据的是哪个政策文件', expect: { faq: 'policy-basis' }, style: 'plain' },
  { question: "what's the point of the programme for a city? like what benefits does it bring", expect: { faq: 'programme-purposes' }, style: 'english' },
  { question: 'how many main cards and featured cards were planned by 2025?', expect: { faq: 'target-2025' }, style: 'english' },
  { question: '地方参加是自愿的还是上面硬性摊派的', expect: { faq: 'principles' }, style: 'colloquial' },
  { question: 'industry card = a physical card? like an ID card? confused', expect: { faq: 'what-is-industry-card' }, style: 'english' },
  { question: 'chanye mingpian jiujing shi shenme yisi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },

  // ───────────── FAQ: eligibility ─────────────
  { question: 'what kind of regions are eligible to join?', expect: { faq: 'who-may-apply' }, style: 'english' },
  { question: 'can a county-level city apply by itself, or must it go through the prefecture?', expect: { faq: 'county-eligible' }, style: 'english' },
  { question: 'our economic and technological development zone (ETDZ) wants to join, is that allowed?', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: '整个广东省作为一个区域来报可以吗', expect: { faq: 'province-eligible' }, style: 'plain' },
  { question: '报了就一定能选上吗', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: 'is there a minimum output value requirement, like X billion RMB?', expect: { faq: 'industry-threshold' }, style: 'english' },
  { question: '产值不到一百亿能报吗 有没有门坎', expect: { faq: 'industry-threshold' }, style: 'typo' },
  { question: 'I run a foreign-invested company in Suzhou, can my company apply for an industry card?', expect: { faq: 'enterprise-apply' }, style: 'english' },

  // ───────────── FAQ: how to apply ─────────────
  { question: 'what does a city have to do to take part, step by step?', expect: { faq: 'how-to-participate' }, style: 'english' },
  { question: '参与这个计划大概啥流程 先干嘛后干嘛', expect: { faq: 'how-to-participate' }, style: 'colloquial' },
  { question: 'does our city need a recommendation from the provincial department first?', expect: { faq: 'provincial-recommendation' }, style: 'english' },
  { question: 'how to submit the application inside the mini program?', expect: { faq: 'apply-in-app' }, style: 'english' },
  { question: '小程序里申请的入口在哪 找半天没找到', expect: { faq: 'apply-in-app' }, style: 'colloquial' },
  { question: "what's inside the cooperation agreement with the centre? is there a template?", expect: { faq: 'agreement' }, style: 'english' },
  { question: 'do we have to pay any fee to participate?', expect: { faq: 'fees' }, style: 'english' },
  { question: 'fees 要交吗 how much', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: 'what documents should we prepare for the application', expect: { faq: 'materials' }, style: 'english' },
  { question: 'we missed the first batch, will there be more rounds later?', expect: { faq: 'batches' }, style: 'english' },
  {
    question: 'can one city submit two applications for two different industries in the same call?',
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  { question: 'after filling the form where do I send it, by email?', expect: { faq: 'submit-where' }, style: 'english' },

  // ───────────── FAQ: the form ─────────────
  { question: 'which items do we need to fill in on the registration form?', expect: { faq: 'form-fields' }, style: 'english' },
  { question: '登计表一共要填哪几项', expect: { faq: 'form-fields' }, style: 'typo' },
  { question: 'how should an industrial park fill in the "region" field?', expect: { faq: 'form-region' }, style: 'english' },
  { question: 'registration form 里 lead unit 填什么', expect: { faq: 'form-lead-unit' }, style: 'colloquial' },
  { question: '主导产业我们想填五个 可以不', expect: { faq: 'form-leading-industries' }, style: 'colloquial' },
  {
    question: 'is the featured industries field required? and how is it different from leading industries',
    expect: { faq: 'form-featured-industries' },
    style: 'english',
  },
  { question: 'word limit for the region introduction?', expect: { faq: 'form-intro' }, style: 'english' },
  { question: '区域简介写500字行吗', expect: { faq: 'form-intro' }, style: 'colloquial' },
  { question: 'should the contact person be the director or the officer who handles it?', expect: { faq: 'form-contact' }, style: 'english' },
  { question: 'the phone field keeps rejecting my landline number, what format does it want?', expect: { faq: 'form-phone' }, style: 'english' },
  { question: '附件 can upload word doc 吗', expect: { faq: 'form-attachments' }, style: 'colloquial' },

  // ───────────── FAQ: deadlines ─────────────
  { question: '2022年首批报名截到哪天', expect: { faq: 'deadline-first-call' }, style: 'plain' },
  { question: 'still accepting applications right now? whats the closing date', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: '申請截止日期是幾號', expect: { faq: 'deadline-current' }, style: 'traditional' },
  { question: 'Deadline 过了 还能 submit 吗', expect: { faq: 'late-submission' }, style: 'colloquial' },
  { question: 'how long does the review take after we submit', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'when are the cards announced every year?', expect: { faq: 'release-timing' }, style: 'english' },

  // ───────────── FAQ: tiers ─────────────
  { question: '主名片指什么样的名片', expect: { faq: 'tier-main' }, style: 'plain' },
  { question: '特色名片指的是哪一类名片', expect: { faq: 'tier-featured' }, style: 'plain' },
  { question: 'what is 主名片 and 特色名片 的区别? which one is higher', expect: { faq: 'tier-difference' }, style: 'colloquial' },
  { question: 'can we choose to apply specifically for a main card?', expect: { faq: 'tier-choose' }, style: 'english' },
  { question: '一个城市能同时有好几张名片吗', expect: { faq: 'tier-system' }, style: 'colloquial' },

  // ───────────── FAQ: centre services ─────────────
  { question: 'what support does the centre give a region after signing', expect: { faq: 'centre-tasks' }, style: 'english' },
  { question: '名片标识里包括logo之类的视觉形象吗', expect: { faq: 'card-identity' }, style: 'colloquial' },
  { question: 'can universities join that ecosystem alliance thing?', expect: { faq: 'ecosystem-matrix' }, style: 'english' },
  { question: '企业可以把名片标识印在自己产品上吗', expect: { faq: 'card-management' }, style: 'plain' },
  { question: 'how will the cards be promoted, any media coverage abroad?', expect: { faq: 'promotion' }, style: 'english' },
  { question: '天工数藏会发产业名片的数字藏品吗', expect: { faq: 'digital-collectibles' }, style: 'plain' },
  { question: 'can old factory buildings become industrial culture landmarks under this programme?', expect: { faq: 'landmarks-clusters' }, style: 'english' },
  { question: '计划里说的工业元宇宙体验馆是干嘛的', expect: { faq: 'culture-complex' }, style: 'colloquial' },
  { question: 'is there any subsidy or funding for participating cities?', expect: { faq: 'funding' }, style: 'english' },

  // ───────────── FAQ: evaluation ─────────────
  { question: 'how are the influential cards evaluated, what indicators are used?', expect: { faq: 'evaluation-system' }, style: 'english' },
  { question: 'once a city is selected, can the card be taken away later?', expect: { faq: 'value-assessment' }, style: 'english' },
  { question: '"influence under competitiveness" — what is that principle about?', expect: { faq: 'influence-under-competitiveness' }, style: 'english' },

  // ───────────── FAQ: films ─────────────
  { question: 'what is the "fall in love in 3 minutes" documentary project?', expect: { faq: 'films-what' }, style: 'english' },
  { question: 'where can I watch the short documentaries in the app?', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'each documentary is how many minutes long?', expect: { faq: 'films-length' }, style: 'english' },
  { question: 'how can our city get a 3-minute documentary made?', expect: { faq: 'films-our-city' }, style: 'english' },

  // ───────────── FAQ: events ─────────────
  { question: '首批签约仪式是在哪个大会上办的', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: 'which cities were the first pilots back in 2022?', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  { question: 'what was released in Quanzhou in 2024, the "30+50" thing?', expect: { faq: 'release-2024' }, style: 'english' },
  { question: 'where and when was the 2025 industry card conference held?', expect: { faq: 'conference-2025' }, style: 'english' },
  { question: 'can you give me the full official list of the 2025 influential industry cards', expect: { faq: 'list-2025' }, style: 'english' },
  { question: '2025 had three categories of city cards, what are they?', expect: { faq: 'themes-2025' }, style: 'english' },
  { question: '产业名片有没有出过理论方面的书', expect: { faq: 'new-book' }, style: 'colloquial' },
  { question: "what's the China Industrial Geography Gala, is it a CCTV show?", expect: { faq: 'geography-gala' }, style: 'english' },

  // ───────────── FAQ: contact ─────────────
  { question: 'how can I get in touch with the centre?', expect: { faq: 'contact-centre' }, style: 'english' },
  { question: 'how does the human support work here, and what if I write at night?', expect: { faq: 'human-agent' }, style: 'english' },
  { question: '2022年那个函里的邮箱现在还能发吗', expect: { faq: 'letter-contacts' }, style: 'colloquial' },

  // ───────────── FAQ: the app ─────────────
  { question: 'do I need to register an account to use the app?', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'mini program 怎么 log in', expect: { faq: 'sign-in' }, style: 'colloquial' },
  { question: 'why does it ask me to verify my phone number before applying', expect: { faq: 'verify-phone' }, style: 'english' },
  { question: 'can I save the form halfway and finish it tomorrow?', expect: { faq: 'drafts' }, style: 'english' },
  { question: '状态变了会在哪提醒我', expect: { faq: 'notifications' }, style: 'colloquial' },
  { question: 'what does the status "in consultation" mean', expect: { faq: 'status-flow' }, style: 'english' },
  { question: 'my application got returned for revision, what should I do now', expect: { faq: 'returned' }, style: 'english' },
  { question: 'can I cancel an application after submitting it?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'I made a typo after submitting, can I still edit it?', expect: { faq: 'edit-after-submit' }, style: 'english' },
  { question: 'our application was declined, can we apply again?', expect: { faq: 'declined' }, style: 'english' },
  { question: 'how do I look up the cards of a specific city in the app?', expect: { faq: 'browse-cards' }, style: 'english' },
  { question: 'are these cards the real official list or just demo data?', expect: { faq: 'sample-data' }, style: 'english' },
  { question: '名片怎么转发到微信群里', expect: { faq: 'share' }, style: 'colloquial' },
  { question: 'does this app have an english interface? my chinese is bad', expect: { faq: 'english-version' }, style: 'english' },
  { question: "I'm a foreign student, not from the government, can I still use this app?", expect: { faq: 'who-can-use' }, style: 'english' },

  // ───────────── catalogue: cards ─────────────
  {
    question: 'which industry cards does Guangdong province have?',
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
    style: 'english',
  },
  {
    question: '浙江有哪些产业名片',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: 'cards in Fujian province pls',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'english',
  },
  {
    question: '泉州有啥名片',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: 'any industry cards for Beijing?', expect: { cards: [] }, style: 'english' },
  { question: '上海有产业名片吗', expect: { cards: [] }, style: 'region' },
  { question: 'Hangzhou cards?', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'english' },
  { question: '苏州的产业名片有哪些', expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] }, style: 'region' },
  {
    question: 'Jiangsu province industry card list',
    expect: { cards: ['kunshan-county-manufacturing', 'suzhou-gusu-innovation', 'wuxi-iot-city'] },
    style: 'english',
  },
  {
    question: '山东省的名片给我列一下',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'],
    },
    style: 'region',
  },
  {
    question: '湖南有哪些名片',
    expect: {
      cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'],
    },
    style: 'region',
  },
  {
    question: 'show me the cards in Inner Mongolia',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'english',
  },
  { question: '广州的名片', expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] }, style: 'region' },
  {
    question: 'which cities have ceramics or porcelain industry cards?',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'english',
  },
  { question: '做白酒的名片有哪些', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: 'rare earth industry cards?', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'english' },
  {
    question: '生物医药产业的名片都有哪些',
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
    question: 'knives and scissors cards, which places?',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'english',
  },
  {
    question: '工程机械方向的名片有哪些',
    expect: { cards: ['linyi-trade-logistics', 'changsha-construction-machinery', 'liuzhou-industrial-landscape'] },
    style: 'industry',
  },
  {
    question: 'which cards are about textiles?',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'quanzhou-maritime-silk-manufacturing', 'wuxi-iot-city', 'jinjiang-sportswear'],
    },
    style: 'english',
  },
  { question: '集成电路相关的名片', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] }, style: 'industry' },
  {
    question: 'home appliance industry cards?',
    expect: {
      cards: ['ningbo-port-city-making', 'zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'qingdao-city-of-brands'],
    },
    style: 'english',
  },
  {
    question: '石油化工的名片有哪几张',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: 'rail transit equipment cards in the catalogue?',
    expect: { cards: ['zhuzhou-rail-transit-equipment', 'qingdao-city-of-brands', 'changchun-motor-city'] },
    style: 'english',
  },
  {
    question: 'list the main cards from the 2024 batch',
    expect: {
      cards: [
        'baoding-electric-valley',
        'chengdu-tianfu-smart-making',
        'ningbo-port-city-making',
        'luoyang-agricultural-machinery',
        'changsha-construction-machinery',
        'qingdao-city-of-brands',
        'shenyang-equipment-base',
      ],
    },
    style: 'english',
  },
  {
    question: '科创热点主题的名片都有哪些',
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
    style: 'plain',
  },
  {
    question: 'innovative consumption theme cards in the app?',
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
    question: '广东2025年的名片有哪些',
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
  { question: '福建2025年有名片吗', expect: { cards: [] }, style: 'region' },
  { question: 'any grape wine region card?', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'english' },

  // ───────────── catalogue: counts ─────────────
  { question: 'how many industry cards are in the app in total?', expect: { count: 50 }, style: 'english' },
  { question: '目录里现在主名片一共几张', expect: { count: 15 }, style: 'count' },
  { question: 'how many featured cards does the catalogue have', expect: { count: 35 }, style: 'english' },
  { question: '2024年批次的名片有多少张', expect: { count: 22 }, style: 'count' },
  { question: 'number of cards in the 2025 batch?', expect: { count: 28 }, style: 'english' },
  { question: '广东一共有几张产业名片', expect: { count: 6 }, style: 'count' },
  { question: 'how many cards does Zhejiang have', expect: { count: 5 }, style: 'english' },
  { question: '升级更新主题的名片有多少个', expect: { count: 14 }, style: 'count' },
  { question: 'how many tech hotspot cards are listed', expect: { count: 10 }, style: 'english' },
  { question: '创新消费城市产业名片 目录里有几张', expect: { count: 12 }, style: 'count' },
  { question: 'how many main cards are from 2025 in the catalogue?', expect: { count: 8 }, style: 'english' },
  { question: '北京有几张名片', expect: { count: 0 }, style: 'count' },

  // ───────────── status ─────────────
  { question: "what's the status of my application?", expect: { status: true }, style: 'status' },
  { question: '我们提交的那份申请现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: 'has our application been reviewed yet? submitted it last week', expect: { status: true }, style: 'status' },
  { question: '我的登记表审核通过了没', expect: { status: true }, style: 'status' },
  { question: 'pls check my application progress', expect: { status: true }, style: 'status' },
  { question: '我们区的申请是不是还在协商中', expect: { status: true }, style: 'status' },
  { question: "my city's application — signed yet or not?", expect: { status: true }, style: 'status' },
  { question: '帮我查下我的申请进度', expect: { status: true }, style: 'status' },
  { question: 'any update on our application? we are Nanhai district of Foshan', expect: { status: true }, style: 'status' },
  { question: '看一下我那份申请有没有被退回', expect: { status: true }, style: 'status' },

  // ───────────── handoff ─────────────
  { question: 'I want to talk to a real person please', expect: { handoff: true }, style: 'handoff' },
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: 'can I speak with English-speaking staff from the centre?', expect: { handoff: true }, style: 'handoff' },
  { question: '人工 人工 人工', expect: { handoff: true }, style: 'handoff' },
  { question: 'connect me to staff pls', expect: { handoff: true }, style: 'handoff' },
  { question: '找个工作人员跟我聊一下', expect: { handoff: true }, style: 'handoff' },
  { question: 'bot is useless, human agent now', expect: { handoff: true }, style: 'handoff' },
  { question: '我要人工客服', expect: { handoff: true }, style: 'handoff' },
  { question: 'pls transfer me to a customer service person', expect: { handoff: true }, style: 'handoff' },
  { question: '能不能让中心的老师直接跟我说', expect: { handoff: true }, style: 'handoff' },

  // ───────────── off-topic: visas and residence ─────────────
  { question: 'How do I apply for a Z visa (work visa) in China? what materials needed', expect: { unsure: true }, style: 'off-topic' },
  { question: '申请中国签证需要准备哪些材料', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my visa application status - can you check it for me?', expect: { unsure: true }, style: 'off-topic' },
  { question: '签证申请进度在哪里查', expect: { unsure: true }, style: 'off-topic' },
  { question: 'do foreigners need a visa to attend the industry card conference in Dongguan?', expect: { unsure: true }, style: 'off-topic' },
  { question: '144小时过境免签能去义乌吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '外国人工作许可证申请流程是怎样的', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can the centre issue an invitation letter for my business visa?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'X1 student visa for studying in Wuhan, how long is the processing?', expect: { unsure: true }, style: 'off-topic' },
  { question: '杭州居留许可续签去哪个部门办', expect: { unsure: true }, style: 'off-topic' },
  { question: '外国人在中国落户申请条件', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: company registration and investment ─────────────
  { question: 'how to register a WFOE in Shenzhen, what are the steps?', expect: { unsure: true }, style: 'off-topic' },
  { question: '外国人在中国注册公司要准备什么材料', expect: { unsure: true }, style: 'off-topic' },
  { question: '营业执照审核一般要多久', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can I register my trading company through this app?', expect: { unsure: true }, style: 'off-topic' },
  { question: '工商登记表在哪里下载', expect: { unsure: true }, style: 'off-topic' },
  { question: "what's the minimum registered capital for a foreign company in China", expect: { unsure: true }, style: 'off-topic' },
  { question: '外商投资企业信息报告怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to get an import-export license, what is the application process', expect: { unsure: true }, style: 'off-topic' },
  { question: '高新技术企业认定怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '专精特新小巨人的申报条件是什么', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how can a foreign investor apply for tax incentives in a high-tech zone?', expect: { unsure: true }, style: 'off-topic' },
  { question: '开发区招商引资有哪些优惠政策', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Suzhou Industrial Park incentives for foreign manufacturers?', expect: { unsure: true }, style: 'off-topic' },
  { question: '外资制造业项目归哪个部委审批', expect: { unsure: true }, style: 'off-topic' },
  { question: 'negative list for foreign investment — which industries are restricted?', expect: { unsure: true }, style: 'off-topic' },
  { question: '深圳的产业扶持资金怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can an industry card help my company get a loan from a Chinese bank?', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: trade fairs ─────────────
  { question: 'when is the Canton Fair 2026 spring session?', expect: { unsure: true }, style: 'off-topic' },
  { question: '广交会怎么报名参展', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Yiwu fair dates in 2026? I want to go as a buyer', expect: { unsure: true }, style: 'off-topic' },
  { question: '进博会外商怎么申请展位', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can I rent a booth at the industry card conference to show my products?', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇陶瓷博览会一般几月份开', expect: { unsure: true }, style: 'off-topic' },
  { question: 'will foreign companies be allowed to exhibit at next year’s industrial culture conference?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'press accreditation for the Dongguan conference, how do journalists register?', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: factory sourcing ─────────────
  { question: 'can you recommend a reliable phone case factory in Dongguan?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'I need knife manufacturers in Yangjiang, pls give me their contact phone numbers', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我联系几家景德镇的陶瓷工厂', expect: { unsure: true }, style: 'off-topic' },
  { question: '中山找LED灯具供应商 起订量500个 有推荐吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '义乌哪家小商品供应商比较靠谱', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how do I check a Chinese factory is real and not just a trading company?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'need a sourcing agent in Foshan for furniture, any suggestion?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Jinjiang sportswear OEM factory list please', expect: { unsure: true }, style: 'off-topic' },
  { question: '德化的陶瓷厂能接OEM吗 联系电话多少', expect: { unsure: true }, style: 'off-topic' },
  { question: 'which factory in Liuzhou makes luosifen for export?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can I tour the Haier factory in Qingdao as a visitor?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can foreigners buy wholesale in Yiwu market without a Chinese company?', expect: { unsure: true }, style: 'off-topic' },
  { question: '陶瓷出口要办哪些证 申请材料有哪些', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: money ─────────────
  { question: 'USD to CNY exchange rate today?', expect: { unsure: true }, style: 'off-topic' },
  { question: '人民币兑欧元现在汇率多少', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to open a bank account in China as a foreigner', expect: { unsure: true }, style: 'off-topic' },
  { question: '外国信用卡能绑支付宝吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '外汇登记怎么办理', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: travel ─────────────
  { question: 'best way from Shanghai to Jingdezhen by train?', expect: { unsure: true }, style: 'off-topic' },
  { question: '广州到东莞的高铁票多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '冬天去乌鲁木齐旅游安全吗', expect: { unsure: true }, style: 'off-topic' },
  { question: 'hotel recommendations near Yiwu International Trade City?', expect: { unsure: true }, style: 'off-topic' },
  { question: "what's the best time of year to visit the Kunming flower market", expect: { unsure: true }, style: 'off-topic' },
  { question: '哈尔滨冰雪大世界门票多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Songshan Lake park in Dongguan — opening hours and entry fee?', expect: { unsure: true }, style: 'off-topic' },
  { question: '上海有哪些工业旅游景点推荐', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to buy train tickets on 12306 with a passport', expect: { unsure: true }, style: 'off-topic' },
  { question: '从泉州市区到德化县坐什么车', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: industry statistics ─────────────
  { question: "what is China's total industrial output value for 2025?", expect: { unsure: true }, style: 'off-topic' },
  { question: '2025年全国规上工业增加值增长了多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '去年中国新能源汽车出口了多少辆', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞GDP在全国城市里排第几', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国稀土产量占全球多少', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how many manufacturing companies are there in Guangdong province?', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国制造业PMI最新数据是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '全国哪个城市半导体产量最大', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部发布的工业统计数据在哪里查', expect: { unsure: true }, style: 'off-topic' },
  { question: '苏州工业园区有多少家外资企业', expect: { unsure: true }, style: 'off-topic' },
  { question: "what's the average factory worker salary in Dongguan", expect: { unsure: true }, style: 'off-topic' },
  { question: '各省GDP排名 区域经济数据哪里能查到', expect: { unsure: true }, style: 'off-topic' },
  { question: 'rare earth export controls — does Baotou need a license to sell to my company?', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: ministry, media, study, the word 名片 ─────────────
  { question: 'who is the minister of MIIT now?', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部总机电话是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: 'does MIIT have an English website? link pls', expect: { unsure: true }, style: 'off-topic' },
  { question: 'MIIT press office contact for foreign journalists?', expect: { unsure: true }, style: 'off-topic' },
  { question: '我是外媒记者 想采访中心领导 怎么预约', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can I use the card photos in my newspaper article, who owns the copyright?', expect: { unsure: true }, style: 'off-topic' },
  { question: "where can I stream the documentary 'China from Above'?", expect: { unsure: true }, style: 'off-topic' },
  { question: '央视纪录片《大国重器》在哪能看全集', expect: { unsure: true }, style: 'off-topic' },
  { question: '我是留学生 想去工信部实习 怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: 'any scholarships for international students to study industrial design in China?', expect: { unsure: true }, style: 'off-topic' },
  { question: '哪个城市比较适合外国人学中文', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心今年招不招外籍员工', expect: { unsure: true }, style: 'off-topic' },
  { question: "I'm a foreigner without a Chinese mobile number, how can I sign in and verify?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'can we fill in the registration form in English instead of Chinese?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'does the app have Japanese or Korean language?', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心办公地址在哪 可以直接上门拜访吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '海南自贸港离岛免税额度是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: 'where can I print bilingual business cards (名片) cheaply in Shanghai?', expect: { unsure: true }, style: 'off-topic' },
  { question: '想印一盒中英文名片 大概多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Chinese business card etiquette — how do I exchange 名片 in a meeting?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'is Hefei a good city to invest in an EV battery plant?', expect: { unsure: true }, style: 'off-topic' },
];
