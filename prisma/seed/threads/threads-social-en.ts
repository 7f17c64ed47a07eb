// English social messages: customer photos and stories for Marketing, ideas
// for Product, and the short public questions and complaints of a weekend.
import { a, c, img, n, rule, tag, video, type ThreadScript } from '../thread-script';

export const socialThreads: ThreadScript[] = [
  // --- UGC ---
  {
    ch: 'instagram', lang: 'en', ago: 10, sev: 4,
    who: { name: 'Tom Aldridge', handle: '@tom.aldridge.outdoors', followers: 24600 },
    tags: [tag('ugc', 0.95, 'sunrise photo wearing the Summit parka, tags us')],
    msgs: [c('Sunrise on Ben Nevis this morning, -6° and toasty in my Summit parka 🏔️🔥 @northwindoutfitters #northwindoutside', 0, [img('IMG_5521.jpg'), img('IMG_5524.jpg')])],
  },
  {
    ch: 'instagram', lang: 'en', ago: 29, sev: 4,
    who: { name: 'Priya & Jon', handle: '@twopeopleonetent', followers: 41200 },
    tags: [tag('ugc', 0.94, 'unboxing reel of the Fjell 2P')],
    msgs: [c("UNBOXING our new Fjell 2P!! first impressions in the reel, pitching test in the garden tomorrow 🏕️ not sponsored we just love it", 0, [video('reel_unboxing_fjell.mp4')])],
  },
  {
    ch: 'instagram', lang: 'en', ago: 46, sev: 4,
    who: { name: 'Biscuit the Cockapoo', handle: '@biscuit.adventures', followers: 5300 },
    tags: [tag('ugc', 0.89, 'dog wearing the Northwind dog coat, photo')],
    msgs: [c('Biscuit says thank you for his new coat 🐶💚 he refuses to take it off', 0, [img('biscuit_coat.jpg')])],
  },
  {
    ch: 'x', lang: 'en', ago: 14, sev: 4,
    who: { name: 'Will Ferris', handle: '@wildcampwill', followers: 7200 },
    tags: [rule('ugc', 'photo with #northwindoutside')],
    msgs: [c('Wild camped on Dartmoor last night. 6 hours of sideways rain and the Cirrus shell kept me bone dry. Impressed. #northwindoutside', 0, [img('GxQ1aZbW8AAe0sT.jpg')])],
  },
  {
    ch: 'messenger', lang: 'en', ago: 39, sev: 4,
    who: { name: 'Margaret Oyelaran' },
    tags: [tag('ugc', 0.78, 'testimonial with a photo from the Camino')],
    msgs: [c("I just wanted to say thank you. I wore your Basecamp fleece every single day of my Camino, 800km from Saint-Jean to Santiago, and it still looks new. I'm 67 and it was the trip of my life. Here's me at the cathedral!", 0, [img('santiago.jpg')])],
  },
  {
    ch: 'instagram', lang: 'en', ago: 2.2, sev: 4,
    who: { name: 'Laila Haddad', handle: '@laila.climbs', followers: 19800 },
    tags: [tag('ugc', 0.88, 'story mention with a climbing photo')],
    msgs: [c('Mentioned you in their story', 0, [img('story_8841.jpg')])],
  },
  {
    ch: 'instagram', lang: 'en', ago: 62, sev: 4, status: 'resolved', to: 'chloe',
    who: { name: 'Sunny Park', handle: '@sunnyhikesuk', followers: 33100 },
    tags: [tag('ugc', 0.96, 'trip photo with the Glacier duffel')],
    msgs: [
      c('Six countries, one duffel 🌍 the Glacier 60L has been everywhere with me this year', 0, [img('duffel_collage.jpg')]),
      a('chloe', 'Sunny this is gorgeous 😍 Would you be happy for us to share it on our channels, credited to @sunnyhikesuk?', 50),
      c('YES of course!! 💚', 30),
      a('chloe', "Amazing, thank you! We'll tag you when it goes up. A little thank-you is on its way to your inbox 🎁", 6),
    ],
  },
  {
    ch: 'x', lang: 'en', ago: 17, sev: 4,
    who: { name: 'Hamish Reid', handle: '@hamishreid', followers: 870 },
    tags: [],
    msgs: [c('honestly the best customer service I have had from any brand. shoutout to Sam at @NorthwindHelp for sorting my return at 2am 👏')],
  },

  // --- Feature requests ---
  {
    ch: 'x', lang: 'en', ago: 22, sev: 3,
    who: { name: 'Euan Baird', handle: '@euanbaird', followers: 1500 },
    tags: [tag('feature_request', 0.92, 'asks for offline maps in the app')],
    msgs: [c('@NorthwindHelp any plans for offline maps in the app? zero signal anywhere in the Highlands lol, route planner is useless once you actually need it')],
  },
  {
    ch: 'instagram', lang: 'en', ago: 19, sev: 3,
    who: { name: 'Rosie Adams', handle: '@rosie.rambles', followers: 2700 },
    tags: [tag('feature_request', 0.7, 'asks for a petite fit of the Ridgeline')],
    msgs: [c('pleeease bring out the Ridgeline in a petite fit 🙏🙏 I love it but the sleeves are past my fingertips')],
  },
  {
    ch: 'messenger', lang: 'en', ago: 27, sev: 3,
    who: { name: 'Chris Ogden' },
    tags: [tag('feature_request', 0.9, 'wants the app to sync hikes to Strava')],
    msgs: [c('Would be great if the app could sync hikes to Strava. At the moment I have to record them twice')],
  },
  {
    ch: 'chat', lang: 'en', ago: 3.5, sev: 3,
    who: { name: 'Visitor 8312' },
    tags: [tag('feature_request', 0.86, 'asks for Apple Pay at checkout')],
    msgs: [c("Any chance you'll add Apple Pay to the website checkout? Typing my card in on my phone is a pain")],
  },
  {
    ch: 'email', lang: 'en', ago: 41, sev: 3,
    who: { name: 'Richard Moss', email: 'richard.moss@example.com' },
    subject: 'Suggestion: book repairs in the app',
    tags: [tag('feature_request', 0.88, 'suggests booking repairs through the app')],
    msgs: [c(`Hello,

A suggestion rather than a complaint. I've used your repair service twice (great both times), but booking it means filling in a PDF form and posting it. It would be so much easier if I could book a repair in the app, print a label and see the status like an order.

Keep up the good work,
Richard`)],
  },
  {
    ch: 'x', lang: 'en', ago: 8, sev: 3,
    who: { name: 'Jess Kwan', handle: '@jesskwan', followers: 2100 },
    tags: [tag('feature_request', 0.83, 'asks for dark mode in the app')],
    msgs: [c('dark mode when 👀 @NorthwindHelp my eyes at 5am before a hike')],
  },
  {
    ch: 'api', lang: 'en', ago: 35, sev: 3,
    who: { name: 'trailrunner_ani (App Store)', handle: 'appstore:trailrunner_ani' },
    subject: '★★★★☆ Love it, one thing missing',
    tags: [tag('feature_request', 0.91, 'asks for an Apple Watch app')],
    msgs: [c('Really like the app and the trail maps. Only thing missing is an Apple Watch version so I can track hikes without my phone. Would make it 5 stars.')],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 16, sev: 3,
    who: { name: 'Gunnar Jónsson' },
    tags: [tag('feature_request', 0.64, 'asks us to ship to Iceland')],
    msgs: [c('Hello, could you start shipping to Iceland? I live in Reykjavík and have to use a forwarding service which costs a fortune')],
  },
  {
    ch: 'instagram', lang: 'en', ago: 24, sev: 3,
    who: { name: 'Matt Hinds', handle: '@matthinds_ultra', followers: 6100 },
    tags: [tag('feature_request', 0.87, 'wants GPX export of trip logs')],
    msgs: [c('any chance of exporting trip logs as GPX? want to put my routes into my watch 🙏')],
  },
  {
    ch: 'messenger', lang: 'en', ago: 57, sev: 3, status: 'resolved', to: 'yuki',
    who: { name: 'Anna Bishop' },
    tags: [tag('feature_request', 0.85, 'asks for a size filter by inseam length')],
    msgs: [
      c('Can you add a filter for inseam length on the trousers page? I am 6ft4 and it takes forever to find long leg options'),
      a('yuki', "Hi Anna, that's a really good idea, thank you. I've added it to our website feedback board with your message. I can't promise a date, but requests like yours decide what we build next. Yuki, Product team", 20 * 60),
    ],
  },
  {
    ch: 'messenger', lang: 'en', ago: 12, sev: 4,
    who: { name: 'Stephen Kerr' },
    tags: [tag('feature_request', 0.52, 'wants a discontinued hoodie brought back')],
    msgs: [c('Why did you discontinue the Alder hoodie?! Best thing you ever made. Bring it back please')],
  },

  // --- Short public questions and complaints ---
  {
    ch: 'x', lang: 'en', ago: 1.3, sev: 3,
    who: { name: 'Dom Carter', handle: '@domcarter', followers: 960 },
    tags: [tag('shipping_delay', 0.82, 'paid for next-day delivery, nothing after three days')],
    msgs: [c('@NorthwindHelp paid £6.95 for next day delivery on FRIDAY. still nothing. what was the point')],
  },
  {
    ch: 'instagram', lang: 'en', ago: 44, sev: 3,
    who: { name: 'Kayleigh Moore', handle: '@kayleigh.m', followers: 1200 },
    tags: [],
    msgs: [c('hi I won your giveaway last month (the rucksack one) but never got my prize? nobody replied to my DMs either')],
  },
  {
    ch: 'x', lang: 'en', ago: 0.15, sev: 4, untriaged: true,
    who: { name: 'Nina Shah', handle: '@ninashah_', followers: 350 },
    tags: [],
    msgs: [c('@NorthwindHelp is the sale on in store too or just online?')],
  },
  {
    ch: 'messenger', lang: 'en', ago: 66, sev: 4, status: 'resolved', to: 'sam',
    who: { name: 'Terry Doyle' },
    tags: [],
    msgs: [
      c('Do you price match? Same jacket is £20 cheaper on another site'),
      a('sam', "Hi Terry, we don't price match I'm afraid, but you can get 10% off your first order with the newsletter code. Sorry I can't do more!", 15),
      n('sam', 'Checked: the other site is a known fake store. Added to the scam-site list.', 3),
    ],
  },
  {
    ch: 'instagram', lang: 'en', ago: 0.8, sev: 4,
    who: { name: 'Freya Lund', handle: '@freya.lund', followers: 4400 },
    tags: [],
    msgs: [c('your new ad is SO gorgeous 😍 where was it filmed??')],
  },
];
