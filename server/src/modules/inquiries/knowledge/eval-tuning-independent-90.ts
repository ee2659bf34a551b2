// Independent tuning set 90: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses English that avoids the FAQ's own wording (everyday paraphrases, British and American spellings, Indian/German/Japanese/Arabic-speaker phrasing, texting shorthand, one-to-five-word questions and long pasted e-mails), English catalogue questions, and near-miss off-topic questions.
import type { EvalCase } from './types';

export const independentTuningSet90: EvalCase[] = [
  // ───────── Programme overview (paraphrased English) ─────────
  { question: 'hi, what is this whole city industry branding scheme about?', expect: { faq: 'what-is-programme' }, style: 'english' },
  { question: '这个产业名片计划到底是搞啥的啊', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: 'who is behind this? govt or some private company?', expect: { faq: 'who-runs' }, style: 'english' },
  { question: 'What policy document is this initiative based on? My boss needs the reference for a memo.', expect: { faq: 'policy-basis' }, style: 'english' },
  { question: 'whats in it for our city tho, why should we bother', expect: { faq: 'programme-purposes' }, style: 'english' },
  { question: 'How many brand cards were they aiming to create nationwide by 2025?', expect: { faq: 'target-2025' }, style: 'english' },
  { question: 'Is taking part mandatory for every city, or is it optional?', expect: { faq: 'principles' }, style: 'english' },
  { question: 'so is the "card" an actual plastic card or what', expect: { faq: 'what-is-industry-card' }, style: 'english' },
  { question: 'chanye mingpian dao di shi shenme dongxi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },

  // ───────── Eligibility ─────────
  {
    question: 'We are a small county in Guizhou. Are we allowed to apply by ourselves, or must the prefecture do it for us?',
    expect: { faq: 'county-eligible' },
    style: 'english',
  },
  {
    question: 'Is it possible that also a county-level city takes part alone? Please give me information about this.',
    expect: { faq: 'county-eligible' },
    style: 'english',
  },
  { question: 'can a hi-tech zone put in for this?', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: '我们是开发区的，能报不', expect: { faq: 'zone-eligible' }, style: 'colloquial' },
  { question: 'Could a whole province be the applicant? We sit at provincial department level.', expect: { faq: 'province-eligible' }, style: 'english' },
  { question: 'if we apply r we guaranteed to get in?', expect: { faq: 'selection-criteria' }, style: 'english' },
  {
    question: 'Is there a minimum output value, like 100 billion yuan, before we are allowed to apply?',
    expect: { faq: 'industry-threshold' },
    style: 'english',
  },
  { question: 'I run a factory. Can my firm apply directly?', expect: { faq: 'enterprise-apply' }, style: 'english' },
  { question: '我们公司也想参加，咋整', expect: { faq: 'enterprise-apply' }, style: 'colloquial' },

  // ───────── How to apply ─────────
  { question: 'what are the steps to get involved, start to finish?', expect: { faq: 'how-to-participate' }, style: 'english' },
  {
    question: 'Do we need our provincial IT department to nominate us first, or can we go straight to the center?',
    expect: { faq: 'provincial-recommendation' },
    style: 'english',
  },
  { question: 'where in the mini program do i actually fill the thing in and send it', expect: { faq: 'apply-in-app' }, style: 'english' },
  { question: 'Do we have to sign some sort of contract with them? What would be in it?', expect: { faq: 'agreement' }, style: 'english' },
  { question: 'is it free to join or do we have to pay something', expect: { faq: 'fees' }, style: 'english' },
  { question: 'fees?', expect: { faq: 'fees' }, style: 'english' },
  { question: '報名要不要交錢', expect: { faq: 'fees' }, style: 'traditional' },
  { question: 'What paperwork should I get ready before applying?', expect: { faq: 'materials' }, style: 'english' },
  { question: 'we missed the first round, will there be another intake?', expect: { faq: 'batches' }, style: 'english' },
  {
    question: 'Can our city submit two separate applications, one for each of our key sectors?',
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  { question: 'once the form is done do i have to email it somewhere?', expect: { faq: 'submit-where' }, style: 'english' },

  // ───────── Filling in the form ─────────
  { question: 'what info does the form ask for?', expect: { faq: 'form-fields' }, style: 'english' },
  { question: 'Our park sits inside a district. How do I select the area on the form?', expect: { faq: 'form-region' }, style: 'english' },
  { question: 'What should go in the "leading organisation" field? Our bureau or the mayor\'s office?', expect: { faq: 'form-lead-unit' }, style: 'english' },
  { question: 'can i put 5 main industries?', expect: { faq: 'form-leading-industries' }, style: 'english' },
  { question: '主導產業最多可以寫幾個', expect: { faq: 'form-leading-industries' }, style: 'traditional' },
  { question: 'Is the specialty industries box compulsory, and how many can I add?', expect: { faq: 'form-featured-industries' }, style: 'english' },
  { question: 'word limit for the area description?', expect: { faq: 'form-intro' }, style: 'english' },
  { question: 'For the contact person, should I put the director or the officer who actually handles it?', expect: { faq: 'form-contact' }, style: 'english' },
  { question: "it won't accept our office landline, what format does it want??", expect: { faq: 'form-phone' }, style: 'english' },
  { question: '座机号码咋填才不报错', expect: { faq: 'form-phone' }, style: 'colloquial' },
  { question: 'can i attach a pdf brochure? whats the max size', expect: { faq: 'form-attachments' }, style: 'english' },

  // ───────── Dates and deadlines ─────────
  { question: 'when was the cutoff for the very first round back in 2022?', expect: { faq: 'deadline-first-call' }, style: 'english' },
  { question: 'r applications still open rn?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'Excuse me, until when can we submit this year? Is it still possible now?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'deadline?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'we missed the closing date by 2 days, can we still send it in?', expect: { faq: 'late-submission' }, style: 'english' },
  { question: '截止日期過了還可以補交嗎', expect: { faq: 'late-submission' }, style: 'traditional' },
  { question: 'How long does the review usually take after we hand it in?', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'When do they usually announce the new cards each year?', expect: { faq: 'release-timing' }, style: 'english' },

  // ───────── The two levels of card ─────────
  { question: 'what counts as a "flagship" card, the top level one?', expect: { faq: 'tier-main' }, style: 'english' },
  { question: 'What is meant by the second-tier "characteristic" card?', expect: { faq: 'tier-featured' }, style: 'english' },
  { question: 'flagship vs specialty card, whats the diff', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: '主名片跟特色明片有啥区别', expect: { faq: 'tier-difference' }, style: 'typo' },
  { question: 'Can we pick which level we are applying for?', expect: { faq: 'tier-choose' }, style: 'english' },
  { question: 'one city, several cards?', expect: { faq: 'tier-system' }, style: 'english' },

  // ───────── What the centre does ─────────
  { question: 'What support does the centre actually give once we are in?', expect: { faq: 'centre-tasks' }, style: 'english' },
  { question: "does the card come with a logo and a visual identity? what's included", expect: { faq: 'card-identity' }, style: 'english' },
  { question: 'Can universities or research institutes get involved in some way?', expect: { faq: 'ecosystem-matrix' }, style: 'english' },
  {
    question: 'after the card is made who runs it day to day? can local companies put it on their products?',
    expect: { faq: 'card-management' },
    style: 'english',
  },
  { question: "How will you publicise our city's card? TV, social media?", expect: { faq: 'promotion' }, style: 'english' },
  { question: 'are you guys doing NFTs for this?', expect: { faq: 'digital-collectibles' }, style: 'english' },
  {
    question: 'Would our old factory that was turned into a museum count as an industrial culture landmark?',
    expect: { faq: 'landmarks-clusters' },
    style: 'english',
  },
  { question: 'what\'s this "industrial metaverse hall" thing I read about in the plan?', expect: { faq: 'culture-complex' }, style: 'english' },
  { question: 'any grants or subsidies?', expect: { faq: 'funding' }, style: 'english' },
  { question: '有补贴没', expect: { faq: 'funding' }, style: 'colloquial' },

  // ───────── Evaluation ─────────
  { question: 'how are the influential cards scored? what criteria do u use', expect: { faq: 'evaluation-system' }, style: 'english' },
  { question: 'Are the cards reviewed again after they have been awarded?', expect: { faq: 'value-assessment' }, style: 'english' },
  {
    question: 'The 2025 news said they judged "impact within competitiveness". What does that mean?',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'english',
  },

  // ───────── Films ─────────
  { question: "what's the 3-minute documentary project?", expect: { faq: 'films-what' }, style: 'english' },
  { question: 'where can i watch the short videos', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'How long are the mini docs?', expect: { faq: 'films-length' }, style: 'english' },
  { question: 'How can we get a short film made about our town?', expect: { faq: 'films-our-city' }, style: 'english' },

  // ───────── Events and releases ─────────
  { question: 'At what event did the first cities sign up back in 2022?', expect: { faq: 'signing-2022' }, style: 'english' },
  { question: 'who were the first pilot cities', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  { question: 'What does "30+50" mean for the 2024 release?', expect: { faq: 'release-2024' }, style: 'english' },
  { question: '2024年泉州那次发布会发布了啥', expect: { faq: 'release-2024' }, style: 'colloquial' },
  { question: 'Which city hosted the 2025 industry card conference?', expect: { faq: 'conference-2025' }, style: 'english' },
  { question: 'can u give me the whole 2025 winners list', expect: { faq: 'list-2025' }, style: 'english' },
  { question: 'What were the 3 categories announced in 2025?', expect: { faq: 'themes-2025' }, style: 'english' },
  { question: 'There was a book launched at the conference, what is it called?', expect: { faq: 'new-book' }, style: 'english' },
  { question: "what's the CCTV industrial geography show?", expect: { faq: 'geography-gala' }, style: 'english' },

  // ───────── Contact ─────────
  { question: 'How can I get in touch with the centre?', expect: { faq: 'contact-centre' }, style: 'english' },
  { question: 'What happens if I ask for a staff member outside office hours?', expect: { faq: 'human-agent' }, style: 'english' },
  { question: 'The 2022 letter had a contact email on it. Does that still work?', expect: { faq: 'letter-contacts' }, style: 'english' },

  // ───────── Using the app ─────────
  { question: 'how do i log in from a normal browser', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'Why does it want my mobile number verified before I can submit?', expect: { faq: 'verify-phone' }, style: 'english' },
  { question: 'can i save halfway and come back tomorrow?', expect: { faq: 'drafts' }, style: 'english' },
  { question: '登记表没填玩能先保存吗', expect: { faq: 'drafts' }, style: 'typo' },
  { question: 'Where do updates show up? Will I get a WeChat notification?', expect: { faq: 'notifications' }, style: 'english' },
  { question: 'xiaoxi tongzhi zai nali kan', expect: { faq: 'notifications' }, style: 'pinyin' },
  { question: 'what does "in consultation" mean on the tracker', expect: { faq: 'status-flow' }, style: 'english' },
  { question: 'They sent our application back to us. What do I do now?', expect: { faq: 'returned' }, style: 'english' },
  { question: 'we changed our mind, can we pull our application?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'zenme chehui shenqing', expect: { faq: 'withdraw' }, style: 'pinyin' },
  { question: 'I made a typo after submitting, can I still change it?', expect: { faq: 'edit-after-submit' }, style: 'english' },
  { question: '提交完了发现电话写错了咋办', expect: { faq: 'edit-after-submit' }, style: 'colloquial' },
  { question: 'we got rejected, can we try again?', expect: { faq: 'declined' }, style: 'english' },
  { question: 'How do I filter the cards by province in the app?', expect: { faq: 'browse-cards' }, style: 'english' },
  { question: 'is this data real or just demo stuff?', expect: { faq: 'sample-data' }, style: 'english' },
  { question: 'share to wechat group?', expect: { faq: 'share' }, style: 'english' },
  { question: 'Can I switch the app into English?', expect: { faq: 'english-version' }, style: 'english' },
  { question: '小程序能切英文不', expect: { faq: 'english-version' }, style: 'colloquial' },
  { question: "I'm just a tourist, can I use this app too?", expect: { faq: 'who-can-use' }, style: 'english' },

  // ───────── Long e-mails pasted into the chat ─────────
  {
    question:
      'Dear Sir or Madam, I hope this message finds you well. My name is Chen and I work in the Industry and Information Technology Bureau of a prefecture-level city in Jiangxi. Our leadership has recently shown interest in the regional industry branding initiative, and I have been asked to find out whether the call for applications is currently open and, if so, by what date we must submit. Thank you in advance for your kind reply. Best regards, Chen',
    expect: { faq: 'deadline-current' },
    style: 'english',
  },
  {
    question:
      'Respected Sir/Madam, Greetings from Pune. We are a mid-sized auto components manufacturer having a joint venture in Jiangsu province. We came to know about your esteemed programme through a trade magazine. Kindly let us know whether a company like ours can directly apply for this card, or if it is only for government bodies. Awaiting your early reply. Thanks and regards, Rajesh',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },
  {
    question:
      'Hi team, quick one from our park management committee. Besides the online form, is there anything else we have to prepare, like a feasibility study, statistics or a PPT? Our vice director wants everything ready before the National Day holiday. Cheers, Li',
    expect: { faq: 'materials' },
    style: 'english',
  },
  {
    question:
      'Dear brother, peace be upon you. I am working with a consultancy in Dubai that helps Chinese cities to promote themselves abroad. Please I want to know which kind of Chinese regions are allowed to join this programme, is it only the big cities or also districts and parks? Thank you my friend.',
    expect: { faq: 'who-may-apply' },
    style: 'english',
  },
  {
    question:
      "Hello, this is the contact person for our district's submission. We filed our form through the mini program on 12 October and received a reference number. Since then I have not heard anything and my director keeps asking me. Could you tell me what stage our application is at now? Many thanks.",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      'Good afternoon. I have read the FAQ several times but our situation is complicated: our county was merged into a neighbouring district last year and we are not sure under which name we should apply. I would prefer to discuss this with a member of your staff rather than the automated assistant. Please put me through to a colleague. Kind regards.',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question:
      'Dear organisers, I am a researcher at a university in Germany and I am planning to attend the next industry card conference in China. Could you please send me an official invitation letter so that I can apply for my visa at the Chinese consulate in Frankfurt? Thank you very much and best wishes.',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────── Catalogue: regions by English name ─────────
  { question: 'Does Baoding have a card?', expect: { cards: ['baoding-electric-valley'] }, style: 'region' },
  { question: "anything for Xi'an?", expect: { cards: ['xian-hard-tech-city'] }, style: 'region' },
  {
    question: 'Show me all the cards from Guangdong province.',
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
    question: "what's there for Zhejiang",
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  { question: 'anything from Shanghai?', expect: { cards: [] }, style: 'region' },
  { question: 'Does Shenzhen have one? Surely it must', expect: { cards: [] }, style: 'region' },
  { question: 'Inner Mongolia?', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  {
    question: 'Which cards are there in Hunan province?',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  {
    question: 'What cards are there in and around Quanzhou, including the counties under it?',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: 'anything in Ningde prefecture in Fujian?', expect: { cards: ['zherong-knives-and-scissors'] }, style: 'region' },
  { question: 'Huangpu district of Guangzhou, what is its card?', expect: { cards: ['huangpu-bay-area-innovation'] }, style: 'region' },
  {
    question: '山东有哪些名片',
    expect: { cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'] },
    style: 'region',
  },
  { question: '江西的有吗', expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] }, style: 'region' },
  { question: '天津有没有', expect: { cards: [] }, style: 'region' },

  // ───────── Catalogue: industries in English ─────────
  { question: 'Which places are known for rare earths?', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: 'baijiu cities?', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: 'Is there a card for knives and scissors?', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  {
    question: 'list the biopharma hubs in the catalogue',
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
    question: 'ceramics and porcelain towns?',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  {
    question: 'which cities have cards for chips / semiconductors?',
    expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars', 'xian-hard-tech-city'] },
    style: 'industry',
  },
  { question: 'any grape wine region?', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  { question: 'Is there anything about coffee?', expect: { cards: [] }, style: 'industry' },
  { question: '做风筝的是哪个城市', expect: { cards: ['weifang-power-and-kites'] }, style: 'industry' },

  // ───────── Catalogue: tiers, themes, years ─────────
  { question: 'flagship cards in Zhejiang', expect: { cards: ['hangzhou-digital-city', 'ningbo-port-city-making'] }, style: 'region' },
  {
    question: 'top-tier ones in Guangdong?',
    expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] },
    style: 'region',
  },
  {
    question: 'Which cities are in the tech hotspot theme?',
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
    style: 'industry',
  },
  {
    question: 'show me the innovative consumption ones',
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
    style: 'industry',
  },
  {
    question: 'upgrade and renewal cards in Guangdong',
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
  {
    question: '2024 cards from Fujian',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  { question: 'Jiangsu cards from the 2025 batch', expect: { cards: ['suzhou-gusu-innovation', 'wuxi-iot-city'] }, style: 'region' },

  // ───────── Catalogue: counts ─────────
  { question: 'how many cards are in the app altogether?', expect: { count: 50 }, style: 'count' },
  { question: 'How many flagship cards does the catalogue have?', expect: { count: 15 }, style: 'count' },
  { question: 'number of featured cards in the app?', expect: { count: 35 }, style: 'count' },
  { question: 'how many cards does Guangdong have', expect: { count: 6 }, style: 'count' },
  { question: 'how many cards from the 2024 batch', expect: { count: 22 }, style: 'count' },
  { question: 'count of 2025 cards pls', expect: { count: 28 }, style: 'count' },
  { question: 'How many tech hotspot cards are there?', expect: { count: 10 }, style: 'count' },
  { question: 'How many upgrade-and-renewal cards are in the catalogue?', expect: { count: 14 }, style: 'count' },
  { question: 'how many does Shanghai have', expect: { count: 0 }, style: 'count' },
  { question: 'In the catalogue, how many flagship cards are from 2025?', expect: { count: 8 }, style: 'count' },
  { question: '福建一共几张名片', expect: { count: 4 }, style: 'count' },
  { question: '2024年的特色名片有几张', expect: { count: 15 }, style: 'count' },

  // ───────── The asker's own application ─────────
  { question: 'any update on the form we sent last month?', expect: { status: true }, style: 'status' },
  { question: 'did we get approved yet??', expect: { status: true }, style: 'status' },
  { question: 'where is my application at rn', expect: { status: true }, style: 'status' },
  { question: 'Kindly update the current position of our application submitted on 3rd November.', expect: { status: true }, style: 'status' },
  { question: 'I would like to know whether our submission has already been accepted, please.', expect: { status: true }, style: 'status' },
  { question: '我们报的那个现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: '我的申请审核过了没', expect: { status: true }, style: 'status' },

  // ───────── Asking for a person ─────────
  { question: 'can i talk to a real person pls', expect: { handoff: true }, style: 'handoff' },
  { question: 'human', expect: { handoff: true }, style: 'handoff' },
  { question: 'agent!!', expect: { handoff: true }, style: 'handoff' },
  { question: "I'd like to speak with someone from the centre directly.", expect: { handoff: true }, style: 'handoff' },
  { question: 'Please connect me to your staff, the bot is not helping me.', expect: { handoff: true }, style: 'handoff' },
  { question: 'Kindly transfer my query to the concerned officer.', expect: { handoff: true }, style: 'handoff' },
  { question: '找个真人跟我说', expect: { handoff: true }, style: 'handoff' },
  { question: '不要机器人，要工作人员', expect: { handoff: true }, style: 'handoff' },

  // ───────── Off-topic: near misses (details nobody published, other people's applications) ─────────
  { question: 'What is the total budget of the programme?', expect: { unsure: true }, style: 'off-topic' },
  { question: "who chairs the centre? i need the director's name for a letter", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Exactly how much does it cost to join, in RMB?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the phone extension for the card office at the centre?", expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the centre's street address in Beijing?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Who wrote the new book about industry cards, and where can I buy a copy?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'when and where is the 2026 conference?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What weight does each of the 28 indicators carry?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What salary do the centre's staff earn?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many people work at the centre?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Are there any job openings at the centre?', expect: { unsure: true }, style: 'off-topic' },
  { question: "Did Shijiazhuang's application go through?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'my friend in Xuzhou applied, can u check his status for me', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: other government programmes, visas, business, licences ─────────
  { question: 'how long does a Chinese business visa take to process?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I register a company in Shenzhen as a foreigner?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do we apply for "little giant" specialised SME status?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to get certified as a national high-tech enterprise', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I apply for a work permit in China?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the VAT rate for manufacturers in China?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I get an import-export licence?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to file a patent in china', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is the Canton Fair open to foreign buyers this year?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do we get our old mill onto the national industrial heritage list?', expect: { unsure: true }, style: 'off-topic' },
  { question: '专精特新小巨人怎么申报', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: other apps' support ─────────
  { question: 'my wechat pay got frozen how to unfreeze', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Alipay customer service number?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how to get a refund on Taobao', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Didi charged me twice, pls help', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how do i reset my wechat password', expect: { unsure: true }, style: 'off-topic' },
  { question: 'my 12306 account is locked', expect: { unsure: true }, style: 'off-topic' },
  { question: '抖音账号被封了怎么办', expect: { unsure: true }, style: 'off-topic' },

  // ───────── Off-topic: tourism, shopping, weather, everyday life ─────────
  { question: "what's the weather like in Dongguan this weekend?", expect: { unsure: true }, style: 'off-topic' },
  { question: '明天杭州下雨吗', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Best time of year to visit Guilin?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'recommend a hotel near the old town in Quanzhou', expect: { unsure: true }, style: 'off-topic' },
  { question: 'is Zhangjiajie worth visiting in winter', expect: { unsure: true }, style: 'off-topic' },
  { question: "How do I book train tickets from Beijing to Xi'an?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you book me a table at a hotpot place in Chengdu?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where can I buy cheap Jingdezhen porcelain online?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'recipe for Lanzhou beef noodles?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'USD to RMB rate today?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the population of Chengdu?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'who is the mayor of Ningbo', expect: { unsure: true }, style: 'off-topic' },
  { question: 'i have a fever what medicine should i take', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which hospital in Hangzhou is good for children?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'can you translate my CV into Chinese', expect: { unsure: true }, style: 'off-topic' },
  { question: 'write me a poem about spring', expect: { unsure: true }, style: 'off-topic' },
  { question: 'who won the football last night', expect: { unsure: true }, style: 'off-topic' },
];
