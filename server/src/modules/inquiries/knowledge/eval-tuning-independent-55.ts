// Independent tuning set 55: written 2026-12-04 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. Focus: every case in English, with two or more questions for every FAQ key by different kinds of English speakers, plus English off-topic questions (with near misses), handoff requests and status questions.
import type { EvalCase } from './types';

export const independentTuningSet55: EvalCase[] = [
  // ───── english: one group per FAQ key ─────
  // what-is-programme
  {
    question: "Hi, I'm a journalist with a German business daily. Could you explain in a few sentences what this regional industry card scheme actually is?",
    expect: { faq: 'what-is-programme' },
    style: 'english',
  },
  { question: 'what is this industry card project about? never heard of it', expect: { faq: 'what-is-programme' }, style: 'english' },
  {
    question: 'Can you give me a brief overview of the Industry Cards initiative for an article I am writing on Chinese manufacturing?',
    expect: { faq: 'what-is-programme' },
    style: 'english',
  },
  // who-runs
  { question: 'Which government body is behind this initiative? Is it MIIT itself or some agency under it?', expect: { faq: 'who-runs' }, style: 'english' },
  { question: 'who organises all this', expect: { faq: 'who-runs' }, style: 'english' },
  // policy-basis
  {
    question: "For my master's thesis on Chinese industrial policy: which official document or national plan is this programme implementing?",
    expect: { faq: 'policy-basis' },
    style: 'english',
  },
  {
    question: 'Is this grounded in some central directive? Why did the government launch it in the first place?',
    expect: { faq: 'policy-basis' },
    style: 'english',
  },
  // programme-purposes
  {
    question: "What's the point of it all? What benefits is it supposed to bring to cities and to Chinese manufacturing?",
    expect: { faq: 'programme-purposes' },
    style: 'english',
  },
  {
    question: 'As a researcher I would like to know the stated objectives of the scheme. I read somewhere there are four of them.',
    expect: { faq: 'programme-purposes' },
    style: 'english',
  },
  // target-2025
  { question: 'Was there a numerical target, like so many cards by 2025?', expect: { faq: 'target-2025' }, style: 'english' },
  { question: 'total number of cards planned?', expect: { faq: 'target-2025' }, style: 'english' },
  // principles
  { question: 'Are cities forced to join this, or is it up to them?', expect: { faq: 'principles' }, style: 'english' },
  {
    question: 'What guiding principles does the centre follow when building these cards? Is it a top-down exercise?',
    expect: { faq: 'principles' },
    style: 'english',
  },
  // what-is-industry-card
  {
    question: "Sorry if this is a silly question, but is an 'industry card' an actual physical card you can hold, like a business card?",
    expect: { faq: 'what-is-industry-card' },
    style: 'english',
  },
  {
    question: "What exactly does 'industry card' mean here? I'm a tourist and a bit confused by the name.",
    expect: { faq: 'what-is-industry-card' },
    style: 'english',
  },
  // who-may-apply
  { question: 'Which kinds of places are allowed to sign up for this?', expect: { faq: 'who-may-apply' }, style: 'english' },
  { question: 'Eligibility: what types of localities can take part? Only big cities?', expect: { faq: 'who-may-apply' }, style: 'english' },
  {
    question: 'Which administrative levels qualify to enrol - prefecture-level cities, counties, development zones?',
    expect: { faq: 'who-may-apply' },
    style: 'english',
  },
  // county-eligible
  {
    question: 'I work for a county government in Guizhou. Can our county register by itself, without going through the prefecture?',
    expect: { faq: 'county-eligible' },
    style: 'english',
  },
  { question: 'can a district join on its own', expect: { faq: 'county-eligible' }, style: 'english' },
  // zone-eligible
  {
    question: "Our high-tech zone's management committee is interested. Are industrial parks allowed in, or only cities?",
    expect: { faq: 'zone-eligible' },
    style: 'english',
  },
  { question: 'Can an economic and technological development zone enrol?', expect: { faq: 'zone-eligible' }, style: 'english' },
  // province-eligible
  { question: 'Can a whole province like Jiangsu be the applicant?', expect: { faq: 'province-eligible' }, style: 'english' },
  {
    question:
      'Dear colleagues, I write on behalf of a provincial department of industry and information technology. May our province itself apply, or what role is foreseen for provincial authorities?',
    expect: { faq: 'province-eligible' },
    style: 'english',
  },
  // selection-criteria
  { question: 'If we apply, are we guaranteed to be chosen? What does the centre look for?', expect: { faq: 'selection-criteria' }, style: 'english' },
  { question: 'What kind of regions get picked first?', expect: { faq: 'selection-criteria' }, style: 'english' },
  // industry-threshold
  { question: 'Is there a minimum output value or number of firms a place needs to have to qualify?', expect: { faq: 'industry-threshold' }, style: 'english' },
  { question: 'how big does our local industry need to be before we can apply', expect: { faq: 'industry-threshold' }, style: 'english' },
  // enterprise-apply
  { question: 'I run a manufacturing company in Suzhou. Can my firm apply for its own card?', expect: { faq: 'enterprise-apply' }, style: 'english' },
  { question: 'Can an individual person sign up for this, or is it only for governments?', expect: { faq: 'enterprise-apply' }, style: 'english' },
  // how-to-participate
  {
    question: "What's the overall process for a city to join, from first contact until the card is made?",
    expect: { faq: 'how-to-participate' },
    style: 'english',
  },
  { question: 'steps to take part?', expect: { faq: 'how-to-participate' }, style: 'english' },
  { question: 'How does a city go about joining this thing?', expect: { faq: 'how-to-participate' }, style: 'english' },
  // apply-in-app
  { question: 'Where in this mini program do I find the application form, and how do I send it off?', expect: { faq: 'apply-in-app' }, style: 'english' },
  { question: 'How can I register our city through the app on my phone?', expect: { faq: 'apply-in-app' }, style: 'english' },
  { question: "Where's the button to apply?", expect: { faq: 'apply-in-app' }, style: 'english' },
  // provincial-recommendation
  {
    question: 'Do we have to be nominated by the provincial industry department, or can our city go directly to the centre?',
    expect: { faq: 'provincial-recommendation' },
    style: 'english',
  },
  { question: 'Is a provincial endorsement needed?', expect: { faq: 'provincial-recommendation' }, style: 'english' },
  // agreement
  { question: "What's in the contract a city signs with the centre? Is there a standard template?", expect: { faq: 'agreement' }, style: 'english' },
  { question: 'Do participating regions have to sign something with you? What are the terms?', expect: { faq: 'agreement' }, style: 'english' },
  // fees
  { question: 'cost?', expect: { faq: 'fees' }, style: 'english' },
  { question: 'Does the city have to pay any fee or charge to take part?', expect: { faq: 'fees' }, style: 'english' },
  {
    question: "Hi, does joining the programme cost the local government anything? I'm trying to work out our budget for next year.",
    expect: { faq: 'fees' },
    style: 'english',
  },
  // materials
  { question: 'What paperwork do we need to get ready before applying?', expect: { faq: 'materials' }, style: 'english' },
  {
    question: 'Which documents should our bureau prepare for the submission? Anything besides the form itself?',
    expect: { faq: 'materials' },
    style: 'english',
  },
  // batches
  { question: 'We missed the first round. Will there be more rounds later?', expect: { faq: 'batches' }, style: 'english' },
  { question: 'Are the cards selected all at once or in several waves?', expect: { faq: 'batches' }, style: 'english' },
  // one-application-per-region
  {
    question: 'Can our city submit two applications, one for each of our two strongest industries?',
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  {
    question: 'Is it possible for the same district to apply more than once in the same call?',
    expect: { faq: 'one-application-per-region' },
    style: 'english',
  },
  // submit-where
  { question: "Once I've completed the form, who do I send it to? Do I need to email it somewhere?", expect: { faq: 'submit-where' }, style: 'english' },
  { question: 'Where does the filled-in form go after I am done?', expect: { faq: 'submit-where' }, style: 'english' },
  // form-fields
  { question: 'What information does the application form ask for?', expect: { faq: 'form-fields' }, style: 'english' },
  { question: "what's on the form", expect: { faq: 'form-fields' }, style: 'english' },
  // form-region
  { question: 'On the form, what should I put for the region? Do I write the province as well?', expect: { faq: 'form-region' }, style: 'english' },
  { question: 'How do I pick our industrial park as the region on the form?', expect: { faq: 'form-region' }, style: 'english' },
  // form-lead-unit
  {
    question: 'Who should be named as the lead organisation on the form? Can it be the park administration committee?',
    expect: { faq: 'form-lead-unit' },
    style: 'english',
  },
  { question: 'lead unit field - which department goes there?', expect: { faq: 'form-lead-unit' }, style: 'english' },
  // form-leading-industries
  { question: 'Can I list four leading industries, or is there a cap?', expect: { faq: 'form-leading-industries' }, style: 'english' },
  { question: 'How many main industries am I allowed to enter on the application?', expect: { faq: 'form-leading-industries' }, style: 'english' },
  // form-featured-industries
  {
    question: 'Is the featured industries box mandatory, and how is it different from leading industries?',
    expect: { faq: 'form-featured-industries' },
    style: 'english',
  },
  { question: 'how many featured industries can we put down', expect: { faq: 'form-featured-industries' }, style: 'english' },
  // form-intro
  { question: 'How many words can the description of our region be?', expect: { faq: 'form-intro' }, style: 'english' },
  { question: 'Is there a character limit on the introduction of our area? What should go in it?', expect: { faq: 'form-intro' }, style: 'english' },
  // form-contact
  {
    question: 'For the contact person, should I put the bureau chief or the staff member handling the file? And is the job title required?',
    expect: { faq: 'form-contact' },
    style: 'english',
  },
  { question: 'contact person on the form - who should it be?', expect: { faq: 'form-contact' }, style: 'english' },
  // form-phone
  { question: "The form won't accept my office number. What format does the phone number need to be in?", expect: { faq: 'form-phone' }, style: 'english' },
  { question: 'Can I enter a landline instead of a mobile for the contact number?', expect: { faq: 'form-phone' }, style: 'english' },
  // form-attachments
  { question: 'Can I attach a PDF brochure about our zone? Is there a size limit?', expect: { faq: 'form-attachments' }, style: 'english' },
  { question: 'Is it possible to upload photos along with the application?', expect: { faq: 'form-attachments' }, style: 'english' },
  // deadline-first-call
  { question: 'When was the closing date for applying in the first round back in 2022?', expect: { faq: 'deadline-first-call' }, style: 'english' },
  { question: '2022 round deadline?', expect: { faq: 'deadline-first-call' }, style: 'english' },
  // deadline-current
  { question: 'deadline for applying', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'Is registration still open right now? When does the current call close?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: 'Are you still accepting applications at the moment?', expect: { faq: 'deadline-current' }, style: 'english' },
  // late-submission
  { question: 'We missed the closing date by two days. Can we still hand in our form?', expect: { faq: 'late-submission' }, style: 'english' },
  { question: 'What happens if we send the application after the deadline has passed?', expect: { faq: 'late-submission' }, style: 'english' },
  // review-time
  { question: 'How long does it usually take before we hear back after submitting?', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'how long is the review', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'How many weeks until the centre gets back to us once we have applied?', expect: { faq: 'review-time' }, style: 'english' },
  // release-timing
  { question: 'When are new cards usually announced each year?', expect: { faq: 'release-timing' }, style: 'english' },
  { question: 'What time of year do they publish the cards? Is it tied to some big event?', expect: { faq: 'release-timing' }, style: 'english' },
  // tier-main
  { question: "What qualifies as a 'main card'? I saw the term in a news article.", expect: { faq: 'tier-main' }, style: 'english' },
  { question: 'Could you define the main card category for my research paper?', expect: { faq: 'tier-main' }, style: 'english' },
  // tier-featured
  { question: 'What kind of industry gets a featured card? What is the definition?', expect: { faq: 'tier-featured' }, style: 'english' },
  { question: 'explain featured card please', expect: { faq: 'tier-featured' }, style: 'english' },
  // tier-difference
  { question: 'How do main cards differ from featured ones? Which one is more prestigious?', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: 'I keep seeing two kinds of cards mentioned. How are they distinguished?', expect: { faq: 'tier-difference' }, style: 'english' },
  // tier-choose
  { question: "Can we specify on the form that we're going for a main card?", expect: { faq: 'tier-choose' }, style: 'english' },
  { question: 'Who decides whether our city gets a main or a featured card?', expect: { faq: 'tier-choose' }, style: 'english' },
  // tier-system
  { question: 'Could one city end up with several cards, say one main and a few featured?', expect: { faq: 'tier-system' }, style: 'english' },
  { question: 'Is there a cap on how many cards a single region can hold?', expect: { faq: 'tier-system' }, style: 'english' },
  // centre-tasks
  { question: 'What support does the centre actually give to cities that join?', expect: { faq: 'centre-tasks' }, style: 'english' },
  { question: 'If we sign up, what will the centre do for us in practice?', expect: { faq: 'centre-tasks' }, style: 'english' },
  // card-identity
  { question: "What elements make up a card's branding - logo, slogan, story?", expect: { faq: 'card-identity' }, style: 'english' },
  { question: 'Does each card come with its own logo and visual design?', expect: { faq: 'card-identity' }, style: 'english' },
  // ecosystem-matrix
  {
    question: 'Can universities and research institutes get involved? I heard about some kind of alliance.',
    expect: { faq: 'ecosystem-matrix' },
    style: 'english',
  },
  { question: "What is the 'ecosystem' group of organisations mentioned in the plan?", expect: { faq: 'ecosystem-matrix' }, style: 'english' },
  // card-management
  { question: 'Once a card exists, who runs it day to day?', expect: { faq: 'card-management' }, style: 'english' },
  { question: "Can a local company put the city card's logo on its own products and marketing?", expect: { faq: 'card-management' }, style: 'english' },
  // promotion
  { question: 'How will the cards be publicised, especially abroad?', expect: { faq: 'promotion' }, style: 'english' },
  { question: 'What media channels does the centre use to promote the cards?', expect: { faq: 'promotion' }, style: 'english' },
  // digital-collectibles
  { question: 'Are there going to be NFTs or digital collectibles tied to the cards?', expect: { faq: 'digital-collectibles' }, style: 'english' },
  { question: 'What is Tiangong Digital Collection?', expect: { faq: 'digital-collectibles' }, style: 'english' },
  // landmarks-clusters
  { question: 'Could an old factory converted into a museum be part of this programme?', expect: { faq: 'landmarks-clusters' }, style: 'english' },
  { question: 'What does the plan mean by industrial culture landmarks?', expect: { faq: 'landmarks-clusters' }, style: 'english' },
  // culture-complex
  { question: "What's an 'industrial metaverse experience hall'? I saw it mentioned in the plan.", expect: { faq: 'culture-complex' }, style: 'english' },
  { question: 'Could you explain the idea of the culture-powered innovation complex?', expect: { faq: 'culture-complex' }, style: 'english' },
  // funding
  { question: 'Do participating cities get any money or subsidies from the government?', expect: { faq: 'funding' }, style: 'english' },
  { question: 'Is there some kind of fund we could tap into if we join?', expect: { faq: 'funding' }, style: 'english' },
  // evaluation-system
  {
    question: 'What criteria are used to rank the influential cards? I heard there are 28 indicators.',
    expect: { faq: 'evaluation-system' },
    style: 'english',
  },
  { question: 'How were the cards scored in 2024?', expect: { faq: 'evaluation-system' }, style: 'english' },
  // value-assessment
  { question: 'Once a city has a card, can it lose it later on?', expect: { faq: 'value-assessment' }, style: 'english' },
  { question: 'Are cards reviewed periodically after they have been awarded?', expect: { faq: 'value-assessment' }, style: 'english' },
  // influence-under-competitiveness
  {
    question: "What did they mean by 'influence under competitiveness' for the 2025 list?",
    expect: { faq: 'influence-under-competitiveness' },
    style: 'english',
  },
  { question: 'What approach was used to assess influence for the 2025 cards?', expect: { faq: 'influence-under-competitiveness' }, style: 'english' },
  // films-what
  { question: "What's this '3 minutes to fall in love' video series?", expect: { faq: 'films-what' }, style: 'english' },
  {
    question: "I saw a short film about a Chinese city's industry that was part of something called '3 Minutes'. What is that project?",
    expect: { faq: 'films-what' },
    style: 'english',
  },
  // films-where
  { question: 'Where can I watch the short films in the app?', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'how do I find the videos', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'Where are the micro-documentaries? I cannot find them on the home screen.', expect: { faq: 'films-where' }, style: 'english' },
  // films-length
  { question: 'How long is each clip?', expect: { faq: 'films-length' }, style: 'english' },
  { question: 'Are the documentaries really just three minutes, or can they run longer?', expect: { faq: 'films-length' }, style: 'english' },
  // films-our-city
  { question: 'Our city would love to have one of these short films made. How do we get one?', expect: { faq: 'films-our-city' }, style: 'english' },
  { question: 'Can a city request its own documentary, and who makes them?', expect: { faq: 'films-our-city' }, style: 'english' },
  // signing-2022
  { question: 'At which event did the first regions officially sign up?', expect: { faq: 'signing-2022' }, style: 'english' },
  { question: 'Was there a ceremony for the first cities that joined? At what event?', expect: { faq: 'signing-2022' }, style: 'english' },
  // pilot-regions-2022
  { question: 'Which cities were the first pilots?', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  {
    question: 'I read Dongguan and Chengdu were among the early participants. Who else was in the first group?',
    expect: { faq: 'pilot-regions-2022' },
    style: 'english',
  },
  { question: 'Was Hangzhou one of the first places to sign an agreement in 2022?', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  // release-2024
  { question: 'Which cards came out in the Quanzhou release in December 2024?', expect: { faq: 'release-2024' }, style: 'english' },
  { question: "What does '30+50' mean for the 2024 cards?", expect: { faq: 'release-2024' }, style: 'english' },
  { question: 'Was Luoyang on the 2024 list of influential cards?', expect: { faq: 'release-2024' }, style: 'english' },
  // conference-2025
  { question: 'Where and when was the 2025 industry card conference held?', expect: { faq: 'conference-2025' }, style: 'english' },
  { question: 'What happened at the industry card conference in Dongguan last December?', expect: { faq: 'conference-2025' }, style: 'english' },
  // list-2025
  { question: 'Can you give me the full list of 2025 influential cards?', expect: { faq: 'list-2025' }, style: 'english' },
  { question: 'Which cities made the 2025 list?', expect: { faq: 'list-2025' }, style: 'english' },
  // themes-2025
  { question: 'What were the three categories launched in 2025? Tech hotspot and what else?', expect: { faq: 'themes-2025' }, style: 'english' },
  { question: "What is a 'tech hotspot city card'?", expect: { faq: 'themes-2025' }, style: 'english' },
  // new-book
  { question: "Is there a book on industry cards? I'd like to cite it in my dissertation.", expect: { faq: 'new-book' }, style: 'english' },
  { question: 'What was the book launched at the 2025 conference?', expect: { faq: 'new-book' }, style: 'english' },
  // geography-gala
  { question: 'What is the China Industrial Geography Gala? Is that a CCTV show?', expect: { faq: 'geography-gala' }, style: 'english' },
  { question: 'Tell me about the industrial geography gala.', expect: { faq: 'geography-gala' }, style: 'english' },
  // contact-centre
  { question: 'How do I get in touch with the centre? Is there a phone number?', expect: { faq: 'contact-centre' }, style: 'english' },
  { question: "What's the centre's email address?", expect: { faq: 'contact-centre' }, style: 'english' },
  { question: 'Is there a hotline I can call?', expect: { faq: 'contact-centre' }, style: 'english' },
  // human-agent
  { question: 'If I write outside office hours, will a real person answer?', expect: { faq: 'human-agent' }, style: 'english' },
  { question: 'How does it work when I want to chat with staff here? Is there a queue?', expect: { faq: 'human-agent' }, style: 'english' },
  // letter-contacts
  { question: 'The 2022 letter has a contact email on it. Is that address still monitored?', expect: { faq: 'letter-contacts' }, style: 'english' },
  { question: 'Can I still call the phone number printed in the 2022 call for applications?', expect: { faq: 'letter-contacts' }, style: 'english' },
  // sign-in
  { question: 'Do I need to create an account to use the app?', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'How do I log in from a browser on my laptop?', expect: { faq: 'sign-in' }, style: 'english' },
  { question: 'login help: how do I sign in on WeChat?', expect: { faq: 'sign-in' }, style: 'english' },
  // verify-phone
  { question: 'Why does the app want my mobile number before I can apply?', expect: { faq: 'verify-phone' }, style: 'english' },
  { question: 'I logged in with WeChat but it still asks me to verify my phone. Why?', expect: { faq: 'verify-phone' }, style: 'english' },
  // drafts
  { question: 'If I close the form halfway through, will I lose what I typed?', expect: { faq: 'drafts' }, style: 'english' },
  { question: 'Can I save the application and come back to it tomorrow?', expect: { faq: 'drafts' }, style: 'english' },
  // notifications
  { question: 'Where will I be told when something changes with our application?', expect: { faq: 'notifications' }, style: 'english' },
  { question: "Do I get a WeChat message when there's an update?", expect: { faq: 'notifications' }, style: 'english' },
  // status-flow
  { question: "What does 'in consultation' mean on an application?", expect: { faq: 'status-flow' }, style: 'english' },
  { question: 'What stages does an application go through after it is submitted?', expect: { faq: 'status-flow' }, style: 'english' },
  // returned
  { question: "Our application came back marked 'returned'. What do we do now?", expect: { faq: 'returned' }, style: 'english' },
  { question: 'Where can I see why our form was sent back to us?', expect: { faq: 'returned' }, style: 'english' },
  // withdraw
  { question: "We've changed our minds. Can we pull our application?", expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'how to cancel an application I already submitted', expect: { faq: 'withdraw' }, style: 'english' },
  // edit-after-submit
  { question: 'I spotted a typo after submitting. Can I still change it?', expect: { faq: 'edit-after-submit' }, style: 'english' },
  {
    question: 'Is it possible to update the information on an application that is already being reviewed?',
    expect: { faq: 'edit-after-submit' },
    style: 'english',
  },
  // declined
  { question: 'Our application was rejected. Can we try again?', expect: { faq: 'declined' }, style: 'english' },
  { question: 'What should we do if the centre turns us down?', expect: { faq: 'declined' }, style: 'english' },
  // browse-cards
  { question: 'How do I look up the card for a particular city?', expect: { faq: 'browse-cards' }, style: 'english' },
  { question: 'Can I filter the cards by province?', expect: { faq: 'browse-cards' }, style: 'english' },
  { question: 'Is there a catalogue where I can search all the cards?', expect: { faq: 'browse-cards' }, style: 'english' },
  // sample-data
  { question: "Are the cards shown here the real official ones? Some of them say 'sample'.", expect: { faq: 'sample-data' }, style: 'english' },
  { question: 'Is the data in these cards reliable?', expect: { faq: 'sample-data' }, style: 'english' },
  // share
  { question: 'How do I send a card to a friend on WeChat?', expect: { faq: 'share' }, style: 'english' },
  { question: 'Can I copy a link to a video so I can post it elsewhere?', expect: { faq: 'share' }, style: 'english' },
  // english-version
  { question: 'Can I switch the interface to English? My Chinese is limited.', expect: { faq: 'english-version' }, style: 'english' },
  { question: 'Are the card stories translated into English?', expect: { faq: 'english-version' }, style: 'english' },
  // who-can-use
  { question: "I'm just a tourist. Can I use this app, and what for?", expect: { faq: 'who-can-use' }, style: 'english' },
  { question: 'Do I need to be a government official to use this mini program?', expect: { faq: 'who-can-use' }, style: 'english' },
  // ───── off-topic (English) ─────
  { question: "What's the weather going to be like in Dongguan next week?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you recommend a hotel near the conference venue in Dongguan?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I apply for a business visa to visit China?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you check the status of my visa application?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the best hotpot restaurant in Chengdu?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I get from Shenzhen airport to Dongguan by train?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I renew my student residence permit in Shanghai?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can I get a student loan from a Chinese bank as an overseas student?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is WeChat Pay usable with a foreign credit card?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What is China's current policy on export tariffs for electric vehicles?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you translate my company profile into Chinese?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Who won the Chinese Super League last season?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Write me a short poem about steel mills.', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Tell me a joke.', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the exchange rate of the yuan to the euro today?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I register a wholly foreign-owned company in Ningbo?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What tax breaks does Hangzhou offer foreign investors?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you help me find a supplier of tractors in Luoyang? I need a quote.', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the GDP of Dongguan?", expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the population of Baoding?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many companies in Kunshan are listed on the stock market?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I file a complaint about noise from a factory next to my flat?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'I want to apply for a bank loan for my factory. Can you help?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I apply for a patent in China?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I sign up for the HSK Chinese exam?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you help me with my maths homework?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is Quanzhou worth visiting as a tourist? What should I see there?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Does MIIT offer scholarships for international students?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the best industrial tourism route in Zhejiang for a weekend trip?', expect: { unsure: true }, style: 'off-topic' },
  // near misses: the programme's words, but a fact no FAQ answer gives
  { question: 'Who is the current director of the Industrial Culture Development Center?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What is the centre's street address in Beijing? I want to send a letter by post.", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many people work at the centre?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Are there any job openings at the centre?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What was the total budget allocated to the programme?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many people attended the 2024 conference in Quanzhou?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which venue in Quanzhou hosted the 2024 conference?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which minister gave the opening speech at the 2022 China Industrial Culture Conference?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many cities applied in the 2025 round?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What time is the Industrial Geography Gala broadcast on CCTV, and on which channel?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Who presented the 2025 gala on stage?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What was the dress code for guests at the 2025 conference?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which third-party company operates the cards once they are built?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which universities have joined the ecosystem alliance so far?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How much is the entrance ticket to the industrial museum in Luoyang?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many views has the Dongguan film had so far?', expect: { unsure: true }, style: 'off-topic' },
  { question: "Where can I buy tickets for next year's industry card conference?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I delete my account in this app?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can I make the text bigger in the mini program?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Does the app work on a smartwatch?', expect: { unsure: true }, style: 'off-topic' },
  // ───── handoff (English) ─────
  { question: "I'd like to talk to a real person, please.", expect: { handoff: true }, style: 'handoff' },
  { question: 'Can you connect me with a member of staff?', expect: { handoff: true }, style: 'handoff' },
  { question: 'human please', expect: { handoff: true }, style: 'handoff' },
  { question: 'Transfer me to customer service.', expect: { handoff: true }, style: 'handoff' },
  { question: "This isn't helping. Get me an agent.", expect: { handoff: true }, style: 'handoff' },
  { question: 'I need to speak with someone at the centre directly, not a bot.', expect: { handoff: true }, style: 'handoff' },
  { question: 'Put me through to a live operator.', expect: { handoff: true }, style: 'handoff' },
  { question: 'Please hand me over to one of your colleagues.', expect: { handoff: true }, style: 'handoff' },
  { question: 'Could someone from the centre take over this chat?', expect: { handoff: true }, style: 'handoff' },
  { question: 'real human pls', expect: { handoff: true }, style: 'handoff' },
  { question: 'Is a staff member free right now? I want to talk to them.', expect: { handoff: true }, style: 'handoff' },
  // ───── status (English) ─────
  { question: 'How is my application doing?', expect: { status: true }, style: 'status' },
  { question: 'What stage is our application at right now?', expect: { status: true }, style: 'status' },
  { question: 'Any update on the form I submitted last week?', expect: { status: true }, style: 'status' },
  { question: "Has the centre looked at our city's application yet?", expect: { status: true }, style: 'status' },
  { question: 'Check the status of my application, please.', expect: { status: true }, style: 'status' },
  { question: 'Was our registration approved?', expect: { status: true }, style: 'status' },
];
