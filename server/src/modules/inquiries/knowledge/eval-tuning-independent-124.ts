// Independent tuning set 124: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses long multi-sentence messages from foreign business people, consultants, researchers and diplomats (mostly in English) that give context before the question, with many off-topic market-entry, visa, registration, sourcing and tariff questions mixed in.
import { GUANGDONG_CARDS } from './sample-card-lists';
import type { EvalCase } from './types';

export const independentTuningSet124: EvalCase[] = [
  // ───────────────────────────── FAQ, English ─────────────────────────────
  {
    question:
      "Good afternoon. I'm a policy researcher at a think tank in Brussels, writing a chapter on China's industrial culture policy. Which official policy document is this industry card programme meant to implement?",
    expect: { faq: 'policy-basis' },
    style: 'english',
  },
  {
    question:
      "I'm advising a regional development agency in northern Italy that is curious about the Chinese approach to place branding. Beyond the general description, what are the concrete objectives the programme sets out for participating regions?",
    expect: { faq: 'programme-purposes' },
    style: 'english',
  },
  {
    question:
      "Our embassy's economic section was asked by a visiting minister whether Chinese cities are obliged to join this scheme. Is participation compulsory, and what basic principles guide it?",
    expect: { faq: 'principles' },
    style: 'english',
  },
  {
    question:
      "I run a small design studio in Milan. A Chinese partner told me proudly that their city 'has an industry card now'. Is that an actual physical card or certificate, or something else entirely?",
    expect: { faq: 'what-is-industry-card' },
    style: 'english',
  },
  {
    question:
      "I'm a consultant working with several Chinese municipalities on investment attraction. Before I pitch the programme to them, which kinds of local governments or areas are actually eligible to take part?",
    expect: { faq: 'who-may-apply' },
    style: 'english',
  },
  {
    question:
      "I work for a Singaporean company that co-manages an industrial park in Jiangsu. Could the park's management committee apply in its own right, or is the programme only open to cities?",
    expect: { faq: 'zone-eligible' },
    style: 'english',
  },
  {
    question:
      'A contact at a provincial department asked me to check something for them. Could an entire province put itself forward as a single applicant and get one card for the whole province?',
    expect: { faq: 'province-eligible' },
    style: 'english',
  },
  {
    question:
      'I advise a mid-sized city on its international branding. If they send in the form, are they automatically accepted, or does the centre give preference to certain kinds of regions?',
    expect: { faq: 'selection-criteria' },
    style: 'english',
  },
  {
    question:
      'We are a British consultancy helping a small city whose main sector only has an output of about five billion yuan. Is there a minimum output value or a minimum number of companies needed to qualify?',
    expect: { faq: 'industry-threshold' },
    style: 'english',
  },
  {
    question:
      "I'm the China managing director of a German machine-tool maker with a plant in the Yangtze delta. Could our company itself apply for an industry card, or would we have to take part some other way?",
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },
  {
    question:
      'Our partner city in China asked me, as their European twinning coordinator, to help them understand the process. What are the steps from first expressing interest to having a card built?',
    expect: { faq: 'how-to-participate' },
    style: 'english',
  },
  {
    question:
      "I'm an American consultant working with a district government in western China. Does the district need to be nominated by the provincial industry department first, or can it go straight to the centre?",
    expect: { faq: 'provincial-recommendation' },
    style: 'english',
  },
  {
    question:
      "I'm helping a client whose international team is not used to WeChat mini-programs. Where exactly in this app do they go to fill in the form online and send it off?",
    expect: { faq: 'apply-in-app' },
    style: 'english',
  },
  {
    question:
      "I'm a lawyer who advises local governments on public-private partnerships. What does the cooperation agreement signed with the centre normally cover, and is there a standard template we could review?",
    expect: { faq: 'agreement' },
    style: 'english',
  },
  {
    question:
      "I'm a finance adviser to a municipal investment company. Before I recommend that the city joins, I need to know whether participation comes with any charges payable to the centre.",
    expect: { faq: 'fees' },
    style: 'english',
  },
  {
    question:
      'A city I advise missed the first round back in 2022. Was that a one-off selection, or will the centre run further rounds that they could still join?',
    expect: { faq: 'batches' },
    style: 'english',
  },
  {
    question:
      "We already filled in one application for our client city, and now the mayor's office wants to send a second, separate one in the same round. Is that allowed?",
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  {
    question:
      'I read that in 2022 the forms were sent to the centre by e-mail. Now that our client has completed the form in the app, do they still need to e-mail it somewhere, or is that it?',
    expect: { faq: 'submit-where' },
    style: 'english',
  },
  {
    question:
      "I'm translating the registration form into English for the management team of a foreign-invested industrial zone. Which items does the form ask for?",
    expect: { faq: 'form-fields' },
    style: 'english',
  },
  {
    question:
      'Our development zone sits inside a district of a large coastal city. On the form, how should we enter the applicant region so that it is clear it is the zone and not the whole district?',
    expect: { faq: 'form-region' },
    style: 'english',
  },
  {
    question:
      "I'm assisting the administration of an economic development zone with its paperwork. Which body should be named as the lead unit on the form, and is there a length limit?",
    expect: { faq: 'form-lead-unit' },
    style: 'english',
  },
  {
    question:
      'Our client city has five strong sectors: autos, chemicals, textiles, food processing and logistics. How many of those can they list as leading industries on the form?',
    expect: { faq: 'form-leading-industries' },
    style: 'english',
  },
  {
    question:
      "I'm confused by two fields on the form. What is the difference between 'leading industries' and 'featured industries', and do we have to fill in the featured ones at all?",
    expect: { faq: 'form-featured-industries' },
    style: 'english',
  },
  {
    question: "I'm drafting the region introduction for a client in Chinese and it's getting long. What is the maximum length the form accepts for that text?",
    expect: { faq: 'form-intro' },
    style: 'english',
  },
  {
    question:
      'For the contact person on the form, should we put the bureau director or the junior officer who actually handles the file? And is the job title required as well?',
    expect: { faq: 'form-contact' },
    style: 'english',
  },
  {
    question:
      'Our contact person only has an office landline with an extension, and the form keeps rejecting what we type. In what format should the number be entered?',
    expect: { faq: 'form-phone' },
    style: 'english',
  },
  {
    question:
      'We have a nice PDF brochure about the industrial park in English and Chinese. Can we attach it to the application, and are there limits on file type or size?',
    expect: { faq: 'form-attachments' },
    style: 'english',
  },
  {
    question:
      "I'm writing a master's thesis on the history of this programme at a Dutch university. What was the closing date of the very first call for applications?",
    expect: { faq: 'deadline-first-call' },
    style: 'english',
  },
  {
    question:
      "I'm a consultant in Shanghai and one of my client cities wants to apply right away. Is a call for applications open at the moment, and how can I see when it closes?",
    expect: { faq: 'deadline-current' },
    style: 'english',
  },
  {
    question:
      "Because of translation delays our client's form was only ready a day after the call closed. Is there any way to still get it in after the deadline?",
    expect: { faq: 'late-submission' },
    style: 'english',
  },
  {
    question:
      "I need to manage expectations with a mayor's office I advise. In general, once an application goes in, how long does the centre take to come back with an answer?",
    expect: { faq: 'review-time' },
    style: 'english',
  },
  {
    question:
      "I'm planning a trade delegation to China and would like it to coincide with the announcement of new cards. At what time of year are the cards usually released?",
    expect: { faq: 'release-timing' },
    style: 'english',
  },
  {
    question: "I keep seeing the term 'main card' (主名片) in Chinese reports about cities. What does a region need to show to qualify as a main card?",
    expect: { faq: 'tier-main' },
    style: 'english',
  },
  {
    question: "I'm translating a municipal work report which says one of its counties received a 特色名片. What exactly is a featured card in this programme?",
    expect: { faq: 'tier-featured' },
    style: 'english',
  },
  {
    question:
      'I have one slide in an investor presentation to explain the two levels of card. How would you sum up the difference between a main card and a featured card?',
    expect: { faq: 'tier-difference' },
    style: 'english',
  },
  {
    question:
      'When a city applies, is it possible to state on the form that it is aiming for a main card rather than a featured one? Who decides which level it gets?',
    expect: { faq: 'tier-choose' },
    style: 'english',
  },
  {
    question:
      'Our client city has a strong automotive cluster and also a traditional silk industry. Could one city end up holding more than one card, or is it one card per place?',
    expect: { faq: 'tier-system' },
    style: 'english',
  },
  {
    question: 'My client wants to know what they actually get in return. After a region signs up, what work does the centre do for it?',
    expect: { faq: 'centre-tasks' },
    style: 'english',
  },
  {
    question: "As a brand designer in Copenhagen I'm curious about the methodology. What elements make up a card's identity: a logo, a slogan, a story?",
    expect: { faq: 'card-identity' },
    style: 'english',
  },
  {
    question:
      "I represent a Dutch university with a strong industrial design faculty. I read about an 'ecosystem' of universities, institutes and associations formed around the cards. What is it and could foreign universities be part of it?",
    expect: { faq: 'ecosystem-matrix' },
    style: 'english',
  },
  {
    question:
      "We are a foreign-invested manufacturer in a city that may get a card. Once the card exists, who operates it, and could companies like ours put the card's identity on our own marketing?",
    expect: { faq: 'card-management' },
    style: 'english',
  },
  {
    question: "I'm a media consultant for European trade promotion bodies. Through which channels does the centre publicise the cards, at home and abroad?",
    expect: { faq: 'promotion' },
    style: 'english',
  },
  {
    question:
      'I work in the digital collectibles space in Singapore and heard that the programme plans to issue digital collectibles. How is that supposed to work?',
    expect: { faq: 'digital-collectibles' },
    style: 'english',
  },
  {
    question:
      'Our company owns an old textile mill in eastern China that we would like to turn into an industrial museum. Does the programme cover industrial heritage and renovated factories like that?',
    expect: { faq: 'landmarks-clusters' },
    style: 'english',
  },
  {
    question:
      "In a translated copy of the plan I came across a 'culture-empowered industrial innovation complex' with an industrial metaverse hall. What does that refer to?",
    expect: { faq: 'culture-complex' },
    style: 'english',
  },
  {
    question:
      'An investor I work with asked whether cities receive a grant or subsidy from the centre when they join. Is there any money involved for participating regions?',
    expect: { faq: 'funding' },
    style: 'english',
  },
  {
    question: "I'm an academic who studies city rankings. By what indicators are the influential industry cards evaluated, and are the weights published?",
    expect: { faq: 'evaluation-system' },
    style: 'english',
  },
  {
    question: 'Once a city has been named, does it keep its card permanently, or is there some kind of periodic review that could take it away?',
    expect: { faq: 'value-assessment' },
    style: 'english',
  },
  {
    question:
      "The 2025 press coverage used the phrase 'influence under competitiveness'. As a non-native reader I can't quite parse it. What does it mean in this context?",
    expect: { faq: 'influence-under-competitiveness' },
    style: 'english',
  },
  {
    question:
      "I'd like to show one of the short documentaries at a trade seminar we are hosting in Lyon. Where in the app do I find the films, and do they have English subtitles?",
    expect: { faq: 'films-where' },
    style: 'english',
  },
  {
    question: 'I need to fit one of the micro-documentaries into a tight conference agenda. How long is each film?',
    expect: { faq: 'films-length' },
    style: 'english',
  },
  {
    question:
      "I'm the foreign-affairs adviser to a prefecture-level city government. What would our city need to do to get one of those three-minute films made about it?",
    expect: { faq: 'films-our-city' },
    style: 'english',
  },
  {
    question: "For a timeline I'm preparing: at which event did the first group of regions sign their agreements with the centre?",
    expect: { faq: 'signing-2022' },
    style: 'english',
  },
  {
    question: "I'm briefing a delegation from Sweden on how the programme started. Which cities and districts were in the first group that signed up in 2022?",
    expect: { faq: 'pilot-regions-2022' },
    style: 'english',
  },
  {
    question:
      "A Chinese colleague mentioned a '30+50' structure when talking about the first release of influential cards in Quanzhou. What was released there, and what does 30+50 mean?",
    expect: { faq: 'release-2024' },
    style: 'english',
  },
  {
    question:
      'Our chamber of commerce would like to send someone to the next industry card conference. Where and when was the 2025 edition held, and who organised it?',
    expect: { faq: 'conference-2025' },
    style: 'english',
  },
  {
    question:
      "I'm writing a market report and need the complete official list of the 2025 influential industry cards. Is that list published somewhere in full?",
    expect: { faq: 'list-2025' },
    style: 'english',
  },
  {
    question:
      "I saw that in 2025 the cards were grouped into three categories, one of them something like 'tech hotspot'. What were the three categories called?",
    expect: { faq: 'themes-2025' },
    style: 'english',
  },
  {
    question:
      'Our institute library collects books on regional development policy. Is there a book on the theory and practice of the industry cards, and who published it?',
    expect: { faq: 'new-book' },
    style: 'english',
  },
  {
    question: "A colleague at CCTV mentioned the 'China Industrial Geography Gala'. What kind of event is that and how is it connected to the cards?",
    expect: { faq: 'geography-gala' },
    style: 'english',
  },
  {
    question:
      "I'm with a European trade promotion agency and would like to get in touch with the centre on an official basis. What is the proper channel, and is there a phone number or e-mail?",
    expect: { faq: 'contact-centre' },
    style: 'english',
  },
  {
    question:
      "If the assistant can't answer something, how would I get hold of one of the centre's staff through the app? And does anyone reply outside Beijing office hours?",
    expect: { faq: 'human-agent' },
    style: 'english',
  },
  {
    question: 'I found a copy of the 2022 letter with a named contact and an e-mail address on it. Can I still write to that person about the programme?',
    expect: { faq: 'letter-contacts' },
    style: 'english',
  },
  {
    question:
      "I'm using a WeChat account registered with a foreign number. The app asks me to verify a phone number before I can submit anything. Why is that needed?",
    expect: { faq: 'verify-phone' },
    style: 'english',
  },
  {
    question:
      'I was halfway through the registration form on behalf of a client when I had to jump into a meeting. Will what I typed be lost, or can I pick up where I left off?',
    expect: { faq: 'drafts' },
    style: 'english',
  },
  {
    question: 'Our team is not always in the app. How will we be told when the centre changes something on an application? Do we get a WeChat message?',
    expect: { faq: 'notifications' },
    style: 'english',
  },
  {
    question:
      "I'm writing a process guide for foreign-invested zones. What do the stages 'in consultation', 'agreement signed' and 'building' mean, and what comes at the end?",
    expect: { faq: 'status-flow' },
    style: 'english',
  },
  {
    question:
      'For my guide I also need to cover the case where the centre sends an application back for changes. What should the applicant do in that situation?',
    expect: { faq: 'returned' },
    style: 'english',
  },
  {
    question:
      'The city council of a client changed its mind after the form had been sent. Can a submitted application be pulled back, and can it be restored later?',
    expect: { faq: 'withdraw' },
    style: 'english',
  },
  {
    question: 'We spotted a typo in the name of the lead unit right after submitting. Is it still possible to correct it in the app?',
    expect: { faq: 'edit-after-submit' },
    style: 'english',
  },
  {
    question: "In case the centre turns an application down, I'd like to know the options in advance. Can the same region try again afterwards?",
    expect: { faq: 'declined' },
    style: 'english',
  },
  {
    question: 'I want to show my board the cards from one particular province. How do I filter the catalogue in the app by province or by tier?',
    expect: { faq: 'browse-cards' },
    style: 'english',
  },
  {
    question:
      "I'm an economic officer at a consulate and I noticed that many cards carry a 'sample' label. Can I quote the cards in this app as the official list in a cable to my capital?",
    expect: { faq: 'sample-data' },
    style: 'english',
  },
  {
    question: "I'd like to pass a card on to colleagues in our WeChat group for the Shanghai office. What is the easiest way to forward it?",
    expect: { faq: 'share' },
    style: 'english',
  },
  {
    question: "My German colleagues don't read any Chinese. Can the app be switched to English, and are the cards themselves translated?",
    expect: { faq: 'english-version' },
    style: 'english',
  },
  {
    question: "I'm just a foreign investor scouting locations, not a government official. What can I do in this app without logging in?",
    expect: { faq: 'who-can-use' },
    style: 'english',
  },
  // ───────────────────────────── FAQ, Chinese (written by foreigners) ─────────────────────────────
  {
    question: '您好，我是日本一所大学研究中国区域经济的研究员，中文不太好请见谅。这个“区域产业名片打造计划”到底是一个什么样的项目？',
    expect: { faq: 'what-is-programme' },
    style: 'plain',
  },
  {
    question: '我是德国商会的顾问，要写一份报告，得写清楚出处。这个产业名片的事儿到底是哪个机构在负责组织？',
    expect: { faq: 'who-runs' },
    style: 'colloquial',
  },
  {
    question: '我是英国一家律所的顾问，客户是一个地级市。他们想知道参加这个计划需不需要付给中心什么钱，我先来确认一下。',
    expect: { faq: 'fees' },
    style: 'plain',
  },
  {
    question: '我是一家美资企业在华的政府事务经理。我们公司在当地投资很多，可以用公司的名义去申请一张产业名片吗？',
    expect: { faq: 'enterprise-apply' },
    style: 'plain',
  },
  {
    question: '您好，我是新加坡的顧問，正在協助一個縣級市做產業規劃。請問縣級市可以自己單獨報名參加這個計劃嗎？',
    expect: { faq: 'county-eligible' },
    style: 'traditional',
  },
  {
    question: '我在首尔的一个研究所工作，研究中国的地方品牌政策。计划原来打算到2025年一共打造多少个主名片和特色名片？',
    expect: { faq: 'target-2025' },
    style: 'plain',
  },
  {
    question: '我是法国来的研究生，在写关于中国城市品牌的论文。主明片和特色名片到底有啥区别啊，哪个更重要？',
    expect: { faq: 'tier-difference' },
    style: 'typo',
  },
  {
    question:
      'wo shi ying guo de gu wen, zheng zai bang yi ge cheng shi zhun bei shen qing. xian zai hai ke yi bao ming ma? zhe yi pi shen me shi hou jie zhi?',
    expect: { faq: 'deadline-current' },
    style: 'pinyin',
  },
  {
    question: '我是香港的紀錄片導演，最近看到「3分鐘愛上中國產業名片」這個項目，覺得很有意思。請問這是個什麼項目？',
    expect: { faq: 'films-what' },
    style: 'traditional',
  },
  {
    question: '我是意大利人，中文只能看懂一点点。这个小程序能不能换成英语的界面？名片有英文介绍吗？',
    expect: { faq: 'english-version' },
    style: 'colloquial',
  },
  {
    question: '我在帮一个中新合作的园区写申请区域简接，老板让我写详细一点，最多可以写多少个字？',
    expect: { faq: 'form-intro' },
    style: 'typo',
  },
  {
    question: '我是德国工商大会驻华代表处的，听说2025年在东莞开了一个产业名片的大会，具体是哪天、哪些单位一起办的？',
    expect: { faq: 'conference-2025' },
    style: 'plain',
  },
  {
    question: '我是台灣的研究者，正在整理這個計劃的歷史。2022年第一批簽約的是哪幾個城市和地區？',
    expect: { faq: 'pilot-regions-2022' },
    style: 'traditional',
  },
  {
    question: '我是新加坡做咨询的，客户问我你们小程序里展示的这些名片能不能当成官方正式名单引用，我不太确定，想问一下。',
    expect: { faq: 'sample-data' },
    style: 'colloquial',
  },
  {
    question: 'wo men shi xin jia po he zuo jian she de gong ye yuan qu, yuan qu guan wei hui ke yi zhi jie shen qing chan ye ming pian ma?',
    expect: { faq: 'zone-eligible' },
    style: 'pinyin',
  },
  {
    question: '我在英国读完书回来，现在帮一个区准备申请。如果登记表交上去以后区里领导改主意了，还能撤回来吗？撤回后还能恢复吗？',
    expect: { faq: 'withdraw' },
    style: 'plain',
  },
  {
    question: '我是韩国的研究员，研究城市排名。有影响力的产业名片是用哪些指标评出来的？一共有多少项？',
    expect: { faq: 'evaluation-system' },
    style: 'plain',
  },
  {
    question: '我想把那个三分钟的纪绿片放给我们的外国客户看，在小程序的什么地方能找到？',
    expect: { faq: 'films-where' },
    style: 'typo',
  },
  {
    question: '我是美国的投资顾问。参加这个计划的城市，中心会不会给一些补助金或者奖励？我客户很关心这个。',
    expect: { faq: 'funding' },
    style: 'colloquial',
  },
  {
    question: '我在泉州做外贸好几年了。听说2024年底泉州那个大会第一次发布了有影响力的名片，说是“30+50”，这个是什么意思？',
    expect: { faq: 'release-2024' },
    style: 'plain',
  },
  {
    question: '我是馬來西亞的顧問，幫一個地級市的客戶準備申報。請問除了登記表以外，還要準備哪些材料？',
    expect: { faq: 'materials' },
    style: 'traditional',
  },
  {
    question: 'wo shi wai guo ren, mei you zhong guo de shen fen zheng. qing wen zen me deng lu zhe ge xiao cheng xu? yao xian zhu ce ma?',
    expect: { faq: 'sign-in' },
    style: 'pinyin',
  },
  {
    question: '我是德国一所应用技术大学的教授。你们计划里说要和高校、科研机构一起组建一个什么方阵，外国大学可以参加吗？',
    expect: { faq: 'ecosystem-matrix' },
    style: 'plain',
  },
  {
    question: '我是澳洲来的咨询师，客户问2025年那三种城市产业名片分别叫什么，比如“科创热点”，另外两种是什么？',
    expect: { faq: 'themes-2025' },
    style: 'colloquial',
  },

  // ───────────────────────────── catalogue: regions ─────────────────────────────
  {
    question:
      "I'm a German consultant advising automotive and electronics suppliers on where to set up in southern China. Which industry cards does Guangdong province have in your catalogue?",
    expect: {
      cards: GUANGDONG_CARDS,
    },
    style: 'region',
  },
  {
    question: 'Our Dutch horticulture company is looking at partners in Yunnan. Does Kunming have an industry card, and what is it about?',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'region',
  },
  {
    question:
      "I work at the science and technology office of a European embassy. We hear a lot about Hefei's rise. Is there an industry card for Hefei in the app?",
    expect: { cards: ['hefei-chips-screens-cars'] },
    style: 'region',
  },
  {
    question:
      "I'm a researcher from Melbourne studying private manufacturing in Fujian. Which cards are there for Quanzhou, including the counties and county-level cities under it?",
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question: 'Our French porcelain house is looking for a Chinese ceramics region to collaborate with on a design exhibition. What card does Jingdezhen have?',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'region',
  },
  {
    question: 'Our Canadian firm has its China office in Shanghai, so I assumed Shanghai would feature prominently. Is there an industry card for Shanghai?',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question:
      "I'm a diplomat posted in Beijing and was asked by our capital whether Beijing itself is part of this programme. Does Beijing have a card in your catalogue?",
    expect: { cards: [] },
    style: 'region',
  },
  {
    question:
      "Everyone in our hardware start-up community talks about Shenzhen as China's manufacturing hub. Does Shenzhen have its own industry card in the app?",
    expect: { cards: [] },
    style: 'region',
  },
  {
    question:
      "I'm the China representative of a Swiss investment agency and we focus on the Yangtze River Delta. Which industry cards are there in Zhejiang province?",
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: 'Our Australian mining-services firm is interested in northern China. Which cards are listed for Inner Mongolia?',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'region',
  },
  {
    question: "I'm a heavy-equipment analyst at a bank in Frankfurt. Please list the industry cards you have for Hunan province.",
    expect: {
      cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'],
    },
    style: 'region',
  },
  {
    question: 'We are a Korean logistics company with a warehouse in Tianjin. Is Tianjin covered by any industry card in the app?',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: "I'm an investment analyst covering Hangzhou for a Hong Kong fund. Which cards are there for Hangzhou and its districts?",
    expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] },
    style: 'region',
  },
  {
    question: 'Our Singaporean company has been in Suzhou since the industrial park opened. Which industry cards cover the Suzhou area, Kunshan included?',
    expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] },
    style: 'region',
  },
  {
    question:
      "I'm a Japanese consultant preparing a study tour of China's old industrial base in the northeast. What cards do you have for Liaoning, Jilin and Heilongjiang?",
    expect: { cards: ['shenyang-equipment-base', 'changchun-motor-city', 'harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '我是韩国的贸易代表，负责山东省这一块。想问一下你们这里山东有哪些产业名片？',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'],
    },
    style: 'region',
  },
  {
    question: '我是迪拜的采购商，每年都去义乌好几次。义乌有没有产业名片？是什么内容？',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'region',
  },
  {
    question: '我是法国光学企业的中国区代表，公司在武汉有工厂。武汉的产业名片是哪个？',
    expect: { cards: ['wuhan-optics-valley'] },
    style: 'region',
  },
  {
    question: '我是美国一家数据中心公司的顾问，正在考察贵州。贵州省有哪些产业名片？',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'guiyang-china-data-valley'] },
    style: 'region',
  },
  {
    question: '我是荷兰驻厦门总领馆的商务官员。厦门有没有产业名片？我在目录里没找到。',
    expect: { cards: [] },
    style: 'region',
  },

  // ───────────────────────────── catalogue: industries ─────────────────────────────
  {
    question: 'I lead business development for a Swiss pharmaceutical company looking for partner regions. Which cards in your catalogue cover biomedicine?',
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
    question: "I'm a magnet-materials buyer from Germany researching the supply chain. Which industry cards relate to rare earths?",
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },
  {
    question: "Our Portuguese tableware company is mapping China's ceramic regions for a design partnership. Which cards are about ceramics or porcelain?",
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  {
    question: 'I import wine into Europe and heard China now produces quality wine. Is there an industry card for the wine industry?',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'industry',
  },
  {
    question: 'We sell kitchen knives in Scandinavia and are scouting Chinese production areas. Which cards are about knives and scissors?',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  {
    question: "I'm a product manager at an American excavator attachment company. Which cards feature construction machinery?",
    expect: {
      cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'],
    },
    style: 'industry',
  },
  {
    question: 'I advise a European rail operator on rolling-stock procurement. Which industry cards are linked to rail transit equipment or railway carriages?',
    expect: {
      cards: ['zhuzhou-rail-transit-equipment', 'qingdao-city-of-brands', 'changchun-motor-city'],
    },
    style: 'industry',
  },
  {
    question: "I'm a semiconductor analyst at a Taiwanese brokerage. Which cards in the app relate to integrated circuits or semiconductors?",
    expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars', 'xian-hard-tech-city'] },
    style: 'industry',
  },
  {
    question: "Our French aerospace supplier wants to understand China's aerospace clusters. Which cards list aerospace as an industry?",
    expect: { cards: ['chengdu-tianfu-smart-making', 'xian-hard-tech-city'] },
    style: 'industry',
  },
  {
    question:
      "I'm a sourcing consultant for an Italian kitchen brand and I need to understand where Chinese household appliances come from. Which cards cover home appliances?",
    expect: {
      cards: ['zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'ningbo-port-city-making', 'qingdao-city-of-brands'],
    },
    style: 'industry',
  },
  {
    question: 'We build collaborative robots in Denmark and are looking for a Chinese partner region. Is there a card that covers robotics?',
    expect: { cards: ['shenyang-equipment-base'] },
    style: 'industry',
  },
  {
    question: "I'm the Asia director of a French cosmetics group. Is there any industry card about cosmetics or beauty products?",
    expect: { cards: [] },
    style: 'industry',
  },
  {
    question: 'Our Korean company makes battery separators. Which card features power batteries for electric vehicles?',
    expect: { cards: ['yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: "I'm a Danish wind-energy consultant. Which cards in your catalogue include wind power, onshore or offshore?",
    expect: { cards: ['baoding-electric-valley', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  {
    question: '我是苏格兰威士忌的中国区经理，想了解中国的白酒产区。你们有哪些和白酒有关的产业名片？',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '我是瑞典钢铁贸易公司的，在做中国市场调研。请问跟钢铁有关的产业名片有哪些？',
    expect: {
      cards: ['baotou-rare-earth-capital', 'liuzhou-industrial-landscape', 'tangshan-cradle-of-modern-industry', 'taiyuan-steel-and-heavy-machinery'],
    },
    style: 'industry',
  },

  // ───────────────────────────── catalogue: tiers, themes, years ─────────────────────────────
  {
    question: "I'm a venture investor from Tel Aviv interested in Chinese innovation cities. Which cards carry the 2025 'tech hotspot' theme?",
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
    question: 'For a briefing on the Greater Bay Area, I only need the top-level cards. Which main cards are there in Guangdong?',
    expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] },
    style: 'region',
  },
  {
    question: "I'm a researcher comparing the two batches. In your catalogue, which main cards belong to the 2024 batch?",
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
    question: '我是法国一家消费品公司的市场总监，想找新消费方面有特色的城市。你们目录里属于“创新消费”主题的名片有哪些？',
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
    style: 'plain',
  },

  // ───────────────────────────── counts ─────────────────────────────
  {
    question: "I'm putting together a fact sheet for our board in Oslo. In total, how many industry cards are currently in your catalogue?",
    expect: { count: 50 },
    style: 'count',
  },
  {
    question: 'Our firm has offices in Shijiazhuang. How many industry cards does Hebei province have in the app?',
    expect: { count: 2 },
    style: 'count',
  },
  {
    question: "I'm a Taiwanese researcher looking at the west coast of the Strait. How many cards are listed for Fujian province?",
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: 'For a comparison table of coastal provinces, I need one number: how many industry cards does Jiangsu have in your catalogue?',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: "I'm writing an analysis of the two tiers. How many main cards does the catalogue contain right now?",
    expect: { count: 15 },
    style: 'count',
  },
  {
    question: "Following on the tier analysis for an Austrian think tank: how many featured cards are there in the app's catalogue?",
    expect: { count: 35 },
    style: 'count',
  },
  {
    question: "I'm tracking the programme's growth year by year. How many of the cards in your catalogue are from the 2025 batch?",
    expect: { count: 28 },
    style: 'count',
  },
  {
    question: 'I cover deep-tech investment for a Boston fund. How many cards in the catalogue are tagged with the tech hotspot theme?',
    expect: { count: 10 },
    style: 'count',
  },
  {
    question: "I'm an urban regeneration consultant from Manchester. How many cards in your catalogue fall under the upgrade and renewal theme?",
    expect: { count: 14 },
    style: 'count',
  },
  {
    question: "For a life-sciences location study, I'd like to know how many cards in the app list biomedicine among their industries.",
    expect: { count: 7 },
    style: 'count',
  },
  {
    question: '我是日本工程机械企业驻长沙的代表。湖南省在你们的目录里一共有几张产业名片？',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: '我是德国汽车零部件公司在成都的负责人。请问四川省现在有多少张产业名片？',
    expect: { count: 2 },
    style: 'count',
  },
  {
    question: '我是意大利贸易委员会的分析师，做消费市场研究。目录里“创新消费”这个主题下一共多少张名片？',
    expect: { count: 12 },
    style: 'count',
  },

  // ───────────────────────────── status of the asker's own application ─────────────────────────────
  {
    question:
      "Hello, I'm deputy director of the commerce bureau of a prefecture city in Shandong. I studied in Manchester, so English is easier for me. We submitted our registration form about three weeks ago. Where does our application stand now?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "I handle international affairs for the management committee of a high-tech zone and did my master's in Germany. Our application was returned once and we resubmitted it last week. Has the centre looked at the new version yet?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "Good morning. I'm an officer at a county industry bureau in Zhejiang, educated in Australia. Could you check whether our county's application has moved on to the consultation stage?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "I'm the officer responsible for our city's application, and we haven't heard anything since we sent it in. Is our application still waiting for review?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "We signed the agreement with the centre in the spring. As the liaison in our bureau (I did my PhD at Stanford), I'd like to know whether our card is now being built or has already been published.",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "Hi, I work in the economic development office of a district government and studied in Canada. Has our district's application been approved, or was it declined?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "Quick check from the international cooperation section of our municipal industry bureau: what's the latest on the application we filed with you?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "I've just come back from a year at the LSE and taken over my predecessor's file on the industry card. Can you tell me the current state of our office's application?",
    expect: { status: true },
    style: 'status',
  },
  {
    question: "Our park management committee submitted an application last month and I'm the contact person named on it. What status is it in at the moment?",
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      "I'm the listed contact for our city's application and I've been travelling for two weeks. Has anything changed on our application while I was away?",
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我在法国读的研究生，现在在市工信局负责产业名片的申报。我们上个月提交的登记表，现在审到哪一步了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '您好，我是園區管委會的，之前在英國留學。我們園區提交的申請是不是被退回了？現在是什麼狀態？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: 'wo shi shi li gong xin ju fu ze shen bao de, yi qian zai mei guo du shu. wo men ju ti jiao de shen qing xian zai shi shen me zhuang tai?',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我是区里负责外事的，在日本留过学。我们区交的产业名片申请，现在签约了没有？',
    expect: { status: true },
    style: 'status',
  },

  // ───────────────────────────── asking for a person ─────────────────────────────
  {
    question:
      "I'm the commercial counsellor at an EU member state's embassy in Beijing. What I need to discuss is too complex for a chatbot. Please transfer me to a member of staff.",
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question:
      "I consult for a Canadian provincial government on a possible cooperation with the centre. I'd rather speak with a real person. Could someone from your team call me back?",
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question:
      "Sorry, these answers are not quite what I need. I represent a Japanese prefecture's office in Shanghai. Please connect me with one of your human colleagues.",
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: 'My Chinese is limited and I would like to talk to an actual staff member who speaks English. Could you hand me over to someone now?',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question:
      "I lead a research team at a French university studying the programme. I'd like a person from the centre to get in touch with me about an interview. Can you pass me to someone?",
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: "Agent, please. I'm from the trade section of the Australian consulate and I've been going in circles with the bot for ten minutes.",
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: "Human please. I'm an investment adviser based in Dubai and I need to go through some details with someone at the centre directly.",
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我是德国商会的，中文表达能力有限，问题也比较具体，麻烦帮我转一下人工客服。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我是新加坡来的顾问，情况有点复杂，机器人说不清楚。能不能请你们的工作人员直接跟我谈？',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: 'qing zhuan ren gong. wo shi ying guo ren, zhong wen bu tai hao, xiang gen gong zuo ren yuan zhi jie liao.',
    expect: { handoff: true },
    style: 'handoff',
  },

  // ───────────────────────────── programme questions nothing answers ─────────────────────────────
  {
    question:
      "A consultant colleague asked me to find out something for a client. Is Luoyang's application for another card currently in consultation? I don't work for Luoyang myself.",
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: "I'm a Reuters correspondent writing about the programme's popularity. How many regions applied in the 2025 round?",
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: "I'm mapping Chinese government bodies for an OECD study. How many people work at the Industrial Culture Development Center?",
    expect: { unsure: true },
    style: 'english',
  },

  // ───────────────────────────── off-topic, English ─────────────────────────────
  {
    question: "I'm exploring market entry for a Spanish olive oil brand. Which Chinese cities have the strongest demand for imported premium food?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'We are a Swedish engineering firm considering a joint venture with a state-owned enterprise in Hubei. What equity restrictions usually apply to the foreign partner in such a JV?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm a Brazilian executive invited to a trade fair in Guangzhou next month. Which visa category should I apply for, and can I get it on arrival?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'My client wants to set up a wholly foreign-owned enterprise in Shanghai. How long does company registration take, and is there a minimum registered capital?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'I import industrial valves from China into the EU. Have the anti-dumping duties on Chinese stainless steel products changed this year?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm on the Asia desk of a North American investment promotion agency. What's the website of Jiangsu's provincial investment promotion office?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      "I'm researching China's 'little giant' specialised and sophisticated SME scheme for a client. What criteria does a company have to meet to be recognised?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'll be in Chengdu for a week of meetings next month and have a free Saturday. What's the best way to see the giant pandas?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We are preparing for meetings with Chinese partners. Could you translate our 500-word company profile into Chinese for us?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'Our Belgian R&D subsidiary might qualify as a high-tech enterprise. What is the reduced corporate income tax rate for high-tech enterprises in China?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm flying from Paris to Seoul with a layover in Chongqing. Does the visa-free transit policy apply there, and for how many hours?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We have just registered our subsidiary. How does a foreign-owned company open a corporate bank account in China?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Our Turkish furniture company wants to exhibit at the Canton Fair for the first time. How do we book a booth?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We export electrical sockets to China. What does the CCC certification process involve and how long does it take?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "Our Czech machinery maker has a customer in Hainan. Does the free trade port's zero-tariff list cover imported production equipment?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm organising a factory audit for a US retailer next week. Can you recommend a reliable English-Chinese interpreter?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm preparing a quote for a Chinese customer this afternoon. What is today's exchange rate between the euro and the renminbi?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We need to bring a senior Italian engineer to our plant in China for two years. How do we apply for his work permit?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Several of our business travellers complained about e-mail access. Which international e-mail services work reliably in mainland China?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm visiting Harbin for the ice festival in January with my family. How cold does it get and what should we pack?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We are negotiating with a Chinese partner. Could you draft a letter of intent for a joint venture in English for us?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'I advise European investors on compliance. Which sectors are on the current negative list for foreign investment?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We are launching our brand in China next year. How do we register a trademark there before someone squats it?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm planning a site visit from Frankfurt. Are there direct flights from Germany to Hefei, or do I need to change in Shanghai?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Our joint venture in Jiangsu is applying for the national high-tech enterprise certificate. What documents does the tax bureau need?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm a banker in Almaty. How do Belt and Road projects in Kazakhstan get financing from Chinese policy banks?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We are budgeting for a new assembly line in southern China. What is the current minimum monthly wage in Guangdong?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "Our procurement team buys rare-earth magnets. How do China's export control rules affect our licences this year?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm a freight forwarder in Rotterdam. Which is cheaper for container shipping to Europe at the moment, Ningbo or Shanghai port?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'Our compliance team is worried about data transfers from our Chinese subsidiary to our headquarters. What does the Personal Information Protection Law require?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'll be meeting clients in the Suzhou Industrial Park next Tuesday. Can you recommend a business hotel close by?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm a British expat staying in China for three years. How do I convert my UK driving licence into a Chinese one?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Our Chinese subsidiary would like to be named a smart manufacturing demonstration factory by MIIT. How does that application work?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We export textiles from our factory in China to Europe. What is the export VAT rebate rate for cotton garments?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "It's been a long week of negotiations in Beijing. Could you tell me a good joke about engineers?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'My Chinese colleagues keep talking about football. Who do you think will win the Chinese Super League this season?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm new to doing business in China and my mentor keeps mentioning 'guanxi'. What does it mean and how important is it?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'I arrived in Shanghai yesterday with only a foreign Visa card. How do I set up Alipay so I can pay for taxis?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Our family is relocating to China with my job. Are foreigners allowed to buy an apartment in Shanghai?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'I ship Bordeaux wine to importers in China. How are the import duty and consumption tax on bottled wine calculated?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'Our Norwegian seafood company wants a representative office in Qingdao instead of a full subsidiary. What are the registration steps for a rep office?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "We're choosing a city for our western China headquarters. In your opinion, is Chongqing or Chengdu the better choice?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'I run a bicycle brand in Amsterdam and need a supplier of aluminium frames. Can you recommend a few factories?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I've lived in Guangzhou for eight years with my family. How do I apply for Chinese permanent residence?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "For our country strategy paper, could you summarise the main priorities of China's 15th Five-Year Plan?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'Our German company plans an R&D centre in Shanghai. What subsidies does the Shanghai municipal government offer to foreign-invested R&D centres?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'A supplier in Zhejiang has agreed to invite me for a business trip. What should their invitation letter for my visa include?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm hosting a ministerial delegation in Beijing next month. Could you recommend a restaurant with a private room for twelve people?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Our shipment of machine parts is stuck in port. Can you recommend a customs broker in Tianjin?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "We'd like to exhibit our dairy products at the China International Import Expo. When does exhibitor registration open?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm new to the finance side of our Chinese subsidiary. What exactly is a fapiao and when do we have to issue one?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "I'm travelling to Kunming for a conference with my children. Is the tap water safe to drink there?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'We just opened our first office in Shenzhen. Could you help me write a LinkedIn post announcing our China expansion?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'I land at Pudong airport tomorrow morning. Where can I buy a local SIM card with a foreign passport?',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic, Chinese (written by foreigners) ─────────────────────────────
  {
    question: '我是韩国一家贸易公司的，我们想在青岛注册一家外商独资企业。请问注册资本最少要多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '您好，我是德国人，在苏州工作三年了。我的工作签证明年三月到期，续签要准备什么？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是荷兰自行车公司的采购，想找做碳纤维车架的工厂，你能推荐几家靠谱的供应商吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们公司从中国进口太阳能电池板到美国。现在美国对这类产品的关税是多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是瑞士企业的代表，我们想和一家民营企业成立合资公司。外方在合资公司里能控股吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我下个月去西安出差，周末想去看兵马俑。门票要提前多久预约？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是法国领事馆的经济专员，想了解一下“专精特新”小巨人企业是怎么认定的？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '請問外國人在大陸開公司，一定要找代理記賬公司嗎？我是香港來的，不太清楚內地的規定。',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'ni hao, wo shi mei guo ren, xia ge yue yao qu zhong guo kan gong chang. qing wen shang wu qian zheng zen me ban?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是英国商会的，我们有几家会员企业想参加广交会，请问怎么报名参展？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们是日本的电子企业，在华有工厂。想了解一下中国现在的出口退税政策是怎样的？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是西班牙人，中文写得不好。能不能帮我把下面这段公司介绍翻译成地道的中文？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是新西兰乳制品企业的，想参加中国国际进口博览会，展位怎么申请？费用大概多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是加拿大的投资人。你觉得现在来中国投资制造业是好时机吗？说说你的看法。',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们公司准备在上海设一个小办公室，十个人左右。哪个区的写字楼租金比较便宜？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是澳大利亚的研究员，想问一下中国的碳达峰碳中和政策对铁矿石进口会有什么影响？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在做咨询报告，想问国家级经济技术开发区的综合发展水平考核结果在哪里可以查到？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们是一家欧洲航运公司，打算在海南设区域总部。海南自贸港对企业所得税有什么优惠？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是刚来中国的外国人，微信支付能不能绑定外国的信用卡？具体怎么操作？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是做进出口的德国人，想问一下今天人民币对美元的汇率是多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是荷兰货代公司的，请问从鹿特丹海运一个集装箱到天津港大概要多少天？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是台商，在福建有一個小工廠。請問台商在大陸投資現在有什麼稅收優惠政策？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是泰国商会的，下个月要从昆明坐火车去万象，请问中老铁路的国际列车票怎么买？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'wo shi fa guo gong si de cai wu, xiang wen yi xia zhong guo de qi ye suo de shui shui lv xian zai shi duo shao?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是德国企业的中国区总经理，下周市长要来我们工厂参观。能帮我写一封正式的邀请函吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是意大利设计师，想在中国注册自己的品牌商标。国家知识产权局审查一般要多长时间？',
    expect: { unsure: true },
    style: 'off-topic',
  },
];
