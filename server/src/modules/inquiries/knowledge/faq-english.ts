// English questions and answers of the sample FAQ (faq-seed.ts), for questions asked in English.
// Faithful to the Chinese answers: nothing added that the source does not say.
export const faqEnglish: Record<string, { question: string; answer: string }> = {
  'what-is-programme': {
    question: 'What is the Regional (City) Industry Card Programme?',
    answer:
      "The programme is part of the centre's project to shape and communicate the image of Chinese industry in the new era. It helps regions build distinctive industry cards around their leading and characteristic industries — using culture, industry, public services and communication — forming a matrix of identities that supports the image of Chinese industry and the soft power of Chinese manufacturing.",
  },
  'who-runs': {
    question: 'Who runs the programme?',
    answer:
      "The Industrial Culture Development Centre of the Ministry of Industry and Information Technology (MIIT) runs it with MIIT's support and guidance. For each call, the centre asks the provincial industry and IT authorities to help nominate regions.",
  },
  'policy-basis': {
    question: 'What is the policy basis of the programme?',
    answer:
      'It implements the Implementation Plan for Promoting Industrial Culture (2021–2025), issued by MIIT and seven other departments, and the central guidance on building a manufacturing and cultural power, to promote the fusion of industrial culture and industry.',
  },
  'programme-purposes': {
    question: 'What are the purposes of the programme?',
    answer:
      "Four: raise the national image of industry; strengthen regions' soft power by integrating culture, ecology, industry and the city; modernise industrial chains through culture, brands, standards and design (industrial tourism, cultural products, digital creativity); and improve coordinated regional development.",
  },
  'target-2025': {
    question: 'How many cards does the programme aim to build?',
    answer:
      'By 2025 the programme planned to build 30 main cards and 100 featured cards with selected sub-provincial and capital cities, prefecture-level cities, districts, counties, banners and industrial clusters.',
  },
  principles: {
    question: 'What principles does the programme follow?',
    answer:
      'Regional coordination, voluntary participation, joint building and building by category. Participation is voluntary: interested regions apply on their own initiative, based on their needs.',
  },
  'what-is-industry-card': {
    question: 'What is an "industry card"?',
    answer:
      "An industry card is the identity of a region's industry, built on its leading or characteristic industries: a concept, a visual identity and an industry story — not a physical card. Regions form a system of one main card plus featured cards.",
  },
  'who-may-apply': {
    question: 'Who may apply?',
    answer:
      "Regions (cities) with an industrial base that want to raise their industry's influence, competitiveness and reputation: 1. sub-provincial and provincial-capital cities; 2. prefecture-level cities; 3. districts, counties (county-level cities) and banners; 4. industrial clusters such as economic or high-tech development zones and new industrialisation demonstration bases.",
  },
  'county-eligible': {
    question: 'Can a county apply on its own?',
    answer:
      "Yes. Districts, counties (county-level cities) and banners are explicitly eligible if they have an industrial base and the will to raise their industry's profile. In the app, each call shows which levels it accepts when you choose the region.",
  },
  'zone-eligible': {
    question: 'Can development zones and industrial parks apply?',
    answer:
      'Yes. Industrial clusters — economic and high-tech development zones, new industrialisation demonstration bases and advanced manufacturing clusters — are eligible. The form\'s region can be "XX Park" and the lead unit "XX Park Management Committee".',
  },
  'province-eligible': {
    question: 'Can a province apply?',
    answer:
      'Provinces themselves are not listed as applicants: the call is for cities, districts, counties, banners and industrial clusters. Provincial industry and IT authorities help nominate regions and coordinate within the province.',
  },
  'selection-criteria': {
    question: 'Which regions does the centre prefer?',
    answer:
      'The centre prefers regions with outstanding strengths, clear characteristics and sufficient support, signs agreements with them and builds cards in batches. Applying does not guarantee selection; it depends on consultation with the centre.',
  },
  'industry-threshold': {
    question: 'Is there a minimum industry size?',
    answer: 'The call only asks for "an industrial base"; it sets no threshold for output or number of companies. If unsure, ask the centre through this app.',
  },
  'enterprise-apply': {
    question: 'Can companies or individuals apply?',
    answer:
      "No: applicants are regions (cities) and industrial clusters, and the form is filled in by a lead unit such as a city bureau or park committee. Companies can take part through the programme's ecosystem alliance and may use the region's card identity alongside their own brand.",
  },
  'how-to-participate': {
    question: 'How do I apply? What are the steps?',
    answer:
      'Steps: 1. fill in the Registration Form of the Regional (City) Industry Card Programme and submit it to the centre — in this app, fill in and submit the form online; 2. consult with the centre; 3. sign a cooperation agreement; 4. build the card together. You can follow the progress (In consultation — Signed — Building — Published) in the app.',
  },
  'provincial-recommendation': {
    question: 'Do we need a recommendation from the province?',
    answer:
      "In 2022 the centre asked provincial authorities to help nominate regions, while regions may also apply voluntarily. Whether the app's current call needs a provincial recommendation is not stated in the sources; follow the centre's notice.",
  },
  'apply-in-app': {
    question: 'How do I submit an application in this app?',
    answer:
      'Sign in (WeChat, or phone number and code) and verify your phone number, then tap "Apply" on the home page or open the form under "Me". Fill in the region, lead unit, leading industries, featured industries, introduction and contact details, then tap "Submit". You get a reference number and can follow the progress under "My applications".',
  },
  agreement: {
    question: 'What does the cooperation agreement contain?',
    answer:
      'Regions sign a cooperation agreement with the centre after consultation. Its terms are not published in the sources; they are agreed between the two sides.',
  },
  fees: {
    question: 'Is there a fee to take part?',
    answer:
      'The letter, the programme and the form mention no fees. Any costs are a matter of consultation and the agreement with the centre; you can ask the centre through this app.',
  },
  materials: {
    question: 'What materials or documents do we need to prepare?',
    answer:
      'Only the registration form: region, lead unit, leading industries, featured industries, an introduction of at most 300 characters, contact person with title, and phone number. In the app you may add PDF or image attachments.',
  },
  batches: {
    question: 'Are cards chosen once or in batches?',
    answer:
      "In batches: the centre signs agreements and builds cards batch by batch, and releases a group of cards every year at major events. Later calls follow the centre's notice.",
  },
  'one-application-per-region': {
    question: 'How many applications may one region submit?',
    answer:
      'In each call, a region can have one active application. To change it, edit it when it is returned and resubmit; withdrawn or declined applications do not count.',
  },
  'submit-where': {
    question: 'Where do I send the completed form?',
    answer: 'In 2022 the form was e-mailed to the centre by 30 June. In this app, submitting online delivers it to the centre; nothing else needs to be sent.',
  },
  'form-fields': {
    question: 'What fields are on the registration form?',
    answer:
      'Seven: region (city), lead unit, leading industries (at most 3), featured industries, introduction of the region (at most 300 characters), contact person and title, and contact phone.',
  },
  'form-region': {
    question: 'How do I fill in the region?',
    answer:
      'Choose province, city and district or county step by step; industrial clusters are chosen under their administrative region. Levels the current call does not accept are marked.',
  },
  'form-lead-unit': {
    question: 'What goes in "lead unit"?',
    answer: "The leading authority, e.g. a city's Bureau of Industry and Information Technology or a park management committee. Required, 2–60 characters.",
  },
  'form-leading-industries': {
    question: 'How many leading industries can I list?',
    answer: 'At most 3 (at least 1 in the app), no duplicates, each at most 20 characters.',
  },
  'form-featured-industries': {
    question: 'How do I fill in featured industries?',
    answer:
      'Optional in the app: up to 10, no duplicates, each at most 20 characters. The form does not define the difference from leading industries; fill in what fits your region.',
  },
  'form-intro': {
    question: 'How long can the region introduction be?',
    answer: 'At most 300 characters (one Chinese character counts as one). Briefly describe the industrial base, characteristics and strengths.',
  },
  'form-contact': {
    question: 'How do I fill in the contact person?',
    answer: 'Name and title are both required, each at most 30 characters. The lead unit decides who the contact is.',
  },
  'form-phone': {
    question: 'What format must the phone number have?',
    answer: 'An 11-digit mainland mobile number, or a landline with area code and a hyphen such as 0571-12345678 (example), optionally with an extension.',
  },
  'form-attachments': {
    question: 'Can I upload attachments?',
    answer: 'Yes, optionally: PDF, JPEG or PNG, at most 10 MB each and 5 in total, after the draft has been saved.',
  },
  'deadline-first-call': {
    question: 'When did the first call close?',
    answer: 'The first call (2022) asked regions to send the form to the centre by 30 June 2022. That call has ended; later calls have their own dates.',
  },
  'deadline-current': {
    question: 'When is the deadline? Can I still apply?',
    answer:
      'Each call has its own opening and closing dates, shown at the top of the form page ("closes on …"). When no call is open, the page says so. Later calls follow the centre\'s notice.',
  },
  'late-submission': {
    question: 'Can I submit after the deadline?',
    answer:
      'No: after a call closes the app no longer accepts submissions for it. Whether late applications are possible is not stated; ask the centre through this app.',
  },
  'review-time': {
    question: 'How long until we hear back?',
    answer: 'No review period is set in the sources. Follow progress under "My applications"; you are notified when the status changes.',
  },
  'release-timing': {
    question: 'When are cards released each year?',
    answer:
      "Each year at major events. Cards were first released on 25 December 2024 in Quanzhou, and the 2025 influential cards on 16 December 2025 in Dongguan; later dates follow the centre's notice.",
  },
  'tier-main': {
    question: 'What is a main card?',
    answer:
      "A main card is the central expression of a region's industrial image: an industry with a national comparative or first-mover advantage, strong regional pull and long-term potential. The programme planned 30 main cards by 2025.",
  },
  'tier-featured': {
    question: 'What is a featured card?',
    answer:
      "A featured card is a distinctive part of a region's industrial image: rich local culture and character, clear products and a focused field. The programme planned 100 featured cards by 2025.",
  },
  'tier-difference': {
    question: 'What is the difference between a main card and a featured card?',
    answer:
      'A main card stands for national advantage, regional pull and long-term potential; a featured card for local culture and character with clear products and a focused field. Together they form the "main card + featured cards" system: 30 main and 100 featured cards planned by 2025.',
  },
  'tier-choose': {
    question: 'Can we choose main or featured card when applying?',
    answer: "The form has no such field. How the tier is decided is not stated in the sources; it follows the centre's notice and consultation.",
  },
  'tier-system': {
    question: 'How many cards can one region have?',
    answer: 'The programme builds a "main card + featured cards" system but sets no limit per region; it depends on consultation and the agreement.',
  },
  'centre-tasks': {
    question: 'What does the centre do for participating regions?',
    answer:
      'Four key tasks: build the card ecosystem; promote the cards (media, cultural events, digital collectibles); build landmark carriers (manufacturing clusters, industrial-culture landmarks); and, where possible, build culture-powered innovation complexes. Details follow each agreement.',
  },
  'card-identity': {
    question: "What does a card's identity include?",
    answer: 'A concept, a visual identity and an industry story, built with the regional industry card identification method (not published in the sources).',
  },
  'ecosystem-matrix': {
    question: 'What is the industry card ecosystem alliance?',
    answer:
      "An alliance of universities, research institutes, industry associations and key companies that pools companies, talent, innovation and finance around each card's industry.",
  },
  'card-management': {
    question: 'Who manages a card once it is built?',
    answer:
      'A shared mechanism: government guidance, third-party operation and key companies working together; companies are encouraged to use the card identity with their own brand. Detailed usage rules are not stated.',
  },
  promotion: {
    question: 'How does the centre promote the cards?',
    answer:
      'Through industry films, documentaries and short videos (including the Tiangong short-video platform), a media matrix at home and abroad, and cultural events such as industry festivals and contests.',
  },
  'digital-collectibles': {
    question: 'Will there be digital collectibles?',
    answer:
      "The programme plans digital collectibles on the Tiangong Digital Collection platform about each card's stories, achievements, people and technologies; details are not stated.",
  },
  'landmarks-clusters': {
    question: 'What are the "landmark carriers"?',
    answer:
      "Advanced manufacturing clusters around each card's industry, and industrial-culture landmarks such as restored industrial heritage, creative towns, industrial museums and renovated old factories.",
  },
  'culture-complex': {
    question: 'What is a culture-powered industrial innovation complex?',
    answer:
      "Where conditions allow: a centre shaping the region's industrial image (e.g. an industrial metaverse hall), platforms for innovation culture, craftsmanship and industry–finance cooperation, and brand-operation and creative-design centres.",
  },
  funding: {
    question: 'Is there funding or a subsidy?',
    answer:
      "The sources mention no subsidies. The programme proposes an industry card development fund where conditions allow; details follow the centre's notice and the agreement.",
  },
  'evaluation-system': {
    question: 'How are influential cards evaluated?',
    answer:
      'According to reports on the 2024 release, by 3 systems (industry, card, ecosystem), 10 perspectives and 28 indicators; their content and weights were not published.',
  },
  'value-assessment': {
    question: 'Are cards re-assessed after selection?',
    answer: 'The programme plans regular value assessments and dynamic monitoring of cards. The cycle, and whether a card can be withdrawn, are not stated.',
  },
  'influence-under-competitiveness': {
    question: 'What does "influence under competitiveness" mean?',
    answer: 'It is the principle the centre used to assess influence for the 2025 list of influential cards; reports give no further detail of the method.',
  },
  'films-what': {
    question: 'What is "Fall in Love with China\'s Industry Cards in 3 Minutes"?',
    answer:
      "A micro-documentary project launched at the 2025 China Industry Card Innovation and Development Conference in Dongguan (16 December 2025), to let the world understand a city's industrial DNA in three minutes.",
  },
  'films-where': {
    question: 'Where can I watch the films?',
    answer:
      'Open the "3 minutes" section on the home page for the list of films; each card\'s page also lists its films. You can switch Chinese or English subtitles, change speed, like and share; some films are samples.',
  },
  'films-length': {
    question: 'How long are the films?',
    answer: 'At most 3 minutes: each film belongs to one card, lasts at most 180 seconds and has Chinese and English subtitles.',
  },
  'films-our-city': {
    question: 'How can our city get a film?',
    answer:
      'Reports only say the project has started; selection, filming and costs are not published. Films in the app are uploaded by the centre for published cards; interested regions can ask the centre here.',
  },
  'signing-2022': {
    question: 'Where was the first signing?',
    answer: 'The letter said the first participating regions would sign at the 2022 China Industrial Culture Conference hosted by MIIT.',
  },
  'pilot-regions-2022': {
    question: 'Which regions signed first?',
    answer:
      'According to a Fujian Daily report, the 2022 pilots were Hangzhou, Chengdu, Ningbo, Baoding, Binzhou, Chenzhou, Dongguan, Huangpu District of Guangzhou and Dehua County of Quanzhou; over 200 places responded and over 70 cities applied.',
  },
  'release-2024': {
    question: 'Which cards were released in 2024?',
    answer:
      'On 25 December 2024 in Quanzhou the first influential industry cards were released, structured "30+50" (30 cities and 50 counties); reports mention Luoyang, Zherong and Kunshan. The full list follows the centre\'s release.',
  },
  'conference-2025': {
    question: 'Where was the 2025 conference held?',
    answer:
      'In Dongguan, Guangdong, on 16 December 2025: the China Industry Card Innovation and Development Conference (2025) with the China Industrial Geography Gala, which released the 2025 influential cards, launched the 3-minute films and published a new book.',
  },
  'list-2025': {
    question: 'Which cards are on the 2025 list?',
    answer:
      "The 2025 influential industry cards were released in Dongguan on 16 December 2025, but the reports do not give the full list. Most cards in this app are samples; the official list is the centre's.",
  },
  'themes-2025': {
    question: 'What were the three themes in 2025?',
    answer:
      'Tech-hotspot city cards, innovative-consumption city cards and upgrade-and-renewal city cards, under the "Follow China\'s industry cards to create" project. The catalogue can be filtered by theme.',
  },
  'new-book': {
    question: 'What is the new book about industry cards?',
    answer:
      'Regional (City) Industry Cards in the New Era: Theory and Practice was first released at the 2025 conference; reports give no author, publisher or availability.',
  },
  'geography-gala': {
    question: 'What is the China Industrial Geography Gala?',
    answer:
      "An event held with the industry card conference; in 2025 it was co-hosted by the centre, CCTV's finance programme centre and Dongguan as a platform for industry, culture and technology.",
  },
  'contact-centre': {
    question: 'How do I contact the centre?',
    answer:
      "Through this app's inquiries: the assistant answers from the centre's FAQ and documents and hands you to centre staff when it cannot answer or you ask. Personal phone numbers and e-mails are not provided.",
  },
  'human-agent': {
    question: 'How do I reach a person?',
    answer:
      'Type "human" or tap the hand-over button in the chat: you join the queue and see your place; staff reply here. Out of hours you are told when someone will answer.',
  },
  'letter-contacts': {
    question: 'Are the contacts in the 2022 letter still valid?',
    answer: 'They were for the 2022 call; the app does not republish personal contacts and cannot confirm them. Contact the centre through this app.',
  },
  'sign-in': {
    question: 'How do I sign in?',
    answer:
      'In WeChat, use one-tap WeChat sign-in; in a browser, regional users sign in with their phone number and a 6-digit code (an account is created on first sign-in). Staff use a username and password. Browsing needs no sign-in.',
  },
  'verify-phone': {
    question: 'Why must I verify my phone number before applying?',
    answer: 'So the centre can contact you. WeChat users tap "Verify phone" and allow it; without a verified phone you cannot submit.',
  },
  drafts: {
    question: 'Can I save the form and finish later?',
    answer:
      'Yes: the form saves itself as a draft as you type ("Saved" with the time). Next time the draft is loaded, or tap "Continue" under "Me". The centre does not see drafts.',
  },
  notifications: {
    question: 'Where do I see progress and notifications?',
    answer:
      'Status changes appear under "Me" → "Notifications" (and as WeChat messages if you allowed them). The progress of each application, step by step, is under "My applications".',
  },
  'status-flow': {
    question: 'What happens after I submit?',
    answer:
      'After you submit, the application goes: Submitted (awaiting review) → In consultation → Agreement signed → Building → Published. The centre may also return it for changes or decline it with a reason; before signing you can withdraw it.',
  },
  returned: {
    question: 'My application was returned — what now?',
    answer:
      'The centre gives the reason (in notifications and the application). Open the application, tap "Edit and resubmit", change what was asked and submit again; it goes back to Submitted.',
  },
  withdraw: {
    question: 'Can I withdraw an application?',
    answer:
      'Before signing (Submitted, In consultation or Returned), tap "Withdraw" in the application; this cannot be undone. After signing, contact the centre.',
  },
  'edit-after-submit': {
    question: 'Can I edit after submitting?',
    answer: 'Only drafts and returned applications can be edited. Otherwise contact the centre through this app.',
  },
  declined: {
    question: 'What if my application is declined?',
    answer:
      'The centre gives the reason. A declined application does not count against the region, so you may submit again while the call is open; talk to the centre first.',
  },
  'browse-cards': {
    question: "How do I see a place's industry cards?",
    answer:
      'Tap "All cards" on the home page to open the card catalogue: search, and filter by province, tier, theme and year. You can also ask me "which cards does X have". Most cards are samples.',
  },
  'sample-data': {
    question: 'Are the cards in the app the official list?',
    answer: 'No. Most cards are sample data; content marked "sample" is not official. The official list is published by the centre.',
  },
  share: {
    question: 'How do I share a card or film?',
    answer: 'Tap "Share" on the card page to send it to WeChat friends or groups, or "Copy link"; film pages have the same.',
  },
  'english-version': {
    question: 'Is there an English version?',
    answer: 'Yes: tap "EN" to switch the interface to English. Cards have English titles, concepts and stories, and films have English subtitles.',
  },
  'who-can-use': {
    question: 'What can ordinary users do with the app?',
    answer:
      'Anyone can browse published cards, watch the films and share them without signing in. Applying is for lead units such as local industry bureaus and park committees.',
  },
};
