// Last week's resolved conversations, with agent replies: the history behind
// this morning's returning customers (same phone on WhatsApp and SMS, same
// email on email and chat) and the numbers the reports start from.
import { a, byAgent, c, failed, img, n, rule, tag, type ThreadScript } from '../thread-script';

const done = { status: 'resolved' as const };

export const lastWeekThreads: ThreadScript[] = [
  {
    ...done, ch: 'email', lang: 'en', ago: 160, sev: 3, why: 'VIP customer', to: 'hannah',
    who: { name: 'Eleanor Whitcombe', key: 'eleanor', email: 'eleanor.w@example.com' },
    subject: 'Which jacket for the Dolomites in September?',
    tags: [],
    msgs: [
      c(`Hi Hannah,

You helped me last year with boots, so I hope you don't mind me asking again! I'm doing the Alta Via 1 in September. Would you take the Ridgeline or the Cirrus? I run cold and I hate carrying weight.

Thank you,
Eleanor`),
      a('hannah', `Hi Eleanor,

Lovely to hear from you! For the Alta Via in September I'd take the Cirrus shell (only 310 g) and layer the Alder merino and a Basecamp fleece under it. The Ridgeline is warmer but nearly twice the weight.

Have a wonderful trip,
Hannah`, 3 * 60),
      c('Perfect, ordering the Cirrus now. Thank you! x', 50),
    ],
  },
  {
    ...done, ch: 'whatsapp', lang: 'en', ago: 140, sev: 4, to: 'sam',
    who: { name: 'Tasha Green', phone: '+447700900418' },
    tags: [],
    msgs: [
      c('hiya can I change the colour on my order? ordered the olive fleece, want black'),
      a('sam', "Hi Tasha! It hasn't been packed yet, so I've switched it to black for you. Same size (M). 👍", 22),
      c('ur a star thank u', 4),
    ],
  },
  {
    ...done, ch: 'email', lang: 'en', ago: 120, sev: 3, to: 'andrei',
    who: { name: 'Ben Hartley', email: 'ben.hartley@example.com' },
    subject: 'Returns label link not working',
    tags: [tag('technical_issue', 0.81, 'returns label link shows an error')],
    msgs: [
      c('Hi, the returns label link in my email says "This link has expired". Order NW-476620. Can you send a new one? Ben'),
      a('andrei', 'Hi Ben, sorry about that, the links expire after 14 days. Here is a fresh label: https://returns.example/nw/RL-88213. Andrei', 95),
      c('Got it, thanks', 30),
    ],
  },
  {
    ...done, ch: 'chat', lang: 'en', ago: 100, sev: 4, to: 'luis',
    who: { name: 'Margaret Ellison', email: 'm.ellison@example.net' },
    tags: [],
    msgs: [
      c('Hello, does my Rewards Plus membership renew automatically?'),
      a('luis', "Hi Margaret! Yes, it renews each year on the date you joined (yours is 3 March) and we email you two weeks before. You can turn it off any time under Profile → Membership.", 3),
      c('Lovely, thank you', 2),
    ],
  },
  {
    ...done, ch: 'sms', lang: 'en', ago: 96, sev: 4, to: 'hannah',
    who: { name: 'Ravi Menon', phone: '+447700900871' },
    tags: [],
    msgs: [
      c('Hi, is the Manchester store doing boot fitting this Saturday?'),
      a('hannah', 'Hi Ravi, yes: boot fitting runs 10:00-16:00 on Saturday, no booking needed. Hannah @ Northwind', 40),
    ],
  },
  {
    ...done, ch: 'x', lang: 'en', ago: 150, sev: 3, to: 'sam',
    who: { name: 'Lucy Barrow', handle: '@lucybarrow', followers: 2900 },
    tags: [tag('shipping_delay', 0.84, 'order a week late')],
    msgs: [
      c('@NorthwindHelp a week and my order still hasnt shipped. anyone home?'),
      a('sam', '@lucybarrow Sorry Lucy! Could you DM us your order number? We’ll find out what happened. ^Sam', 30),
      c('sent', 10),
      a('sam', "@lucybarrow Found it: a stock mix-up held it back. It's shipped now with express delivery on us. Sorry again! ^Sam", 25),
    ],
  },
  {
    ...done, ch: 'instagram', lang: 'en', ago: 110, sev: 4, to: 'chloe',
    who: { name: 'Arjun Mehta', handle: '@arjun.on.peaks', followers: 52600, verified: true },
    tags: [tag('ugc', 0.97, 'summit photo of Mont Blanc in the Ridgeline')],
    msgs: [
      c('Mont Blanc summit ✅ 4,808m in the Ridgeline. Couldn’t have asked for better kit @northwindoutfitters', 0, [img('montblanc_summit.jpg')]),
      a('chloe', 'Arjun, congratulations!! 🎉 Would you be happy for us to share this on our channels, credited to you?', 120),
      c('Absolutely, go for it 🙌', 90),
    ],
  },
  {
    ...done, ch: 'messenger', lang: 'en', ago: 85, sev: 3, to: 'andrei',
    who: { name: 'Gillian Frost' },
    tags: [tag('technical_issue', 0.86, 'product images not loading in the app')],
    msgs: [
      c("None of the product pictures load in the app, just grey boxes"),
      a('andrei', 'Hi Gillian, thanks for telling us. Could you update to version 4.11.2 from the app store? It fixes exactly this.', 60),
      c('updated and it works now 👍', 45),
    ],
  },
  {
    ...done, ch: 'email', lang: 'en', ago: 178, sev: 3, to: 'dana',
    who: { name: 'Colin Armitage', email: 'colin@armitagesurveys.example' },
    subject: 'Quote for 40 hi-vis waterproof shells',
    tags: [rule('sales_lead', 'asks for a quote on 40 shells')],
    msgs: [
      c('Hi, could you quote for 40 hi-vis waterproof shells for our survey teams, with our logo? Colin Armitage, Armitage Surveys'),
      a('dana', 'Hi Colin, thanks! For 40 hi-vis Cirrus shells with a one-colour logo it is £72/unit, delivered in 3 weeks. Quote attached; happy to send samples.', 4 * 60),
      c("Great, we'll go ahead. PO to follow today.", 26 * 60),
      n('dana', 'PO 4471 received, order NW-T-1120 placed.', 3 * 60),
    ],
  },
  {
    ...done, ch: 'x', lang: 'en', ago: 75, sev: 1, to: 'tomas', why: 'outage affecting many customers: app sign-in down',
    who: { name: 'Mo Rahman', handle: '@mo_rahman', followers: 3300 },
    tags: [tag('incident', 0.86, 'many users report app sign-in failing'), tag('technical_issue', 0.6, 'cannot log in to the app')],
    msgs: [
      c("@NorthwindHelp is the app down? can't log in, 'something went wrong'"),
      a('tomas', "@mo_rahman Yes, sorry Mo: sign-in to the app is failing for many people right now. We're fixing it and will update here. ^TS", 9),
      a('tomas', '@mo_rahman Fixed: sign-in works again. It was a bad certificate update on our side. Sorry for the hassle! ^TS', 70),
    ],
  },
  {
    ...done, ch: 'chat', lang: 'en', ago: 80, sev: 4, to: 'sam',
    who: { name: 'Visitor 6630' },
    tags: [],
    msgs: [
      c('do you do a student discount?'),
      a('sam', 'Hi! Yes, 10% with a verified student email through Student Beans. The link is at the bottom of every page 🙂', 2),
    ],
  },
  {
    ...done, ch: 'api', lang: 'en', ago: 130, sev: 4, to: 'chloe',
    who: { name: 'Hannah W. (Trustpilot)', handle: 'trustpilot:hannahw-4410' },
    subject: '★★★★★ Survived a week in Norway',
    tags: [tag('ugc', 0.82, 'review with a photo from a Norway trip')],
    msgs: [
      c('A week of rain in Lofoten and the Fjell tent never leaked once. Photo attached of the view from the door!', 0, [img('lofoten_tent.jpg')]),
      a('chloe', 'What a view, Hannah! Thank you so much for the review 💚', 5 * 60),
    ],
  },
  {
    ...done, ch: 'whatsapp', lang: 'en', ago: 170, sev: 3, to: 'luis',
    who: { name: 'Pete Lawson' },
    tags: [rule('refund_request', 'asks for a refund on an unworn jacket')],
    msgs: [
      c("Hi, I'd like to return the Ridgeline jacket for a refund please, it's unworn with tags"),
      a('luis', "Hi Pete, no problem. I've emailed you a free returns label; the refund goes back to your card 3 days after it arrives with us.", 8 * 60),
      c('Thanks', 60),
      a('luis', 'Your return arrived today and the refund of £240 is on its way. Thanks Pete!', 70 * 60),
    ],
  },
  {
    ...done, ch: 'messenger', lang: 'en', ago: 125, sev: 3, to: 'yuki',
    who: { name: 'Sinead Kelly' },
    tags: [tag('feature_request', 0.9, 'asks for kids sizes of the Summit parka')],
    msgs: [
      c('Any plans to make the Summit parka in kids sizes? My 10 year old is desperate for one like mine'),
      a('yuki', "Hi Sinead, not yet, but you're the 14th parent to ask this month, so I've added your vote to the request. Yuki, Product team", 18 * 60),
    ],
  },
  {
    ...done, ch: 'email', lang: 'en', ago: 73, sev: 3, to: 'andrei',
    who: { name: 'Dylan Hughes', email: 'dylan.hughes@example.com' },
    subject: 'Paid for Rewards Plus but still showing standard',
    tags: [tag('technical_issue', 0.88, 'subscription paid but not active')],
    msgs: [
      c('I paid £25 for Rewards Plus through the App Store yesterday but my account still says Standard. Receipt attached.', 0, [img('receipt.png')]),
      a('andrei', 'Hi Dylan, thanks for the receipt. The App Store confirmation did not reach us; I have activated Rewards Plus manually and added 500 bonus points for the trouble. Andrei', 3 * 60),
    ],
  },
  {
    ...done, ch: 'sms', lang: 'en', ago: 115, sev: 4, to: 'sam',
    who: { name: 'Janet Rowe', phone: '+447700900615' },
    tags: [],
    msgs: [
      c('is my order being delivered today? need to know if i should stay in'),
      a('sam', "Hi Janet, yes, it's out for delivery with DPD, 13:10-14:10 slot. Sam @ Northwind", 12),
    ],
  },
  {
    ...done, ch: 'whatsapp', lang: 'en', ago: 100, sev: 3, to: 'hannah',
    who: { name: 'Connor Boyle' },
    tags: [tag('shipping_delay', 0.78, 'parcel stuck in customs')],
    msgs: [
      c('My parcel has been stuck in customs in Dublin for 6 days, do I need to do something?'),
      failed('hannah', 'Hi Connor, sorry for the slow reply! You do not need to do anything; we have asked DHL to release it.', '(#131047) Re-engagement message: more than 24 hours have passed since the customer last replied to this number.', 30 * 60),
      n('hannah', 'Outside the 24h window; sent the order_update template instead.', 5),
      a('hannah', 'Order update: your parcel is being released from customs by DHL, no action needed on your side. Reply here if anything changes.', 2),
      c('Arrived today, thanks', 22 * 60),
    ],
  },
  {
    ...done, ch: 'chat', lang: 'en', ago: 135, sev: 4, to: 'luis',
    who: { name: 'Visitor 5127' },
    tags: [],
    msgs: [
      c('how do I delete my account?'),
      a('luis', "Hi! You can do it in the app under Profile → Privacy → Delete account, or I can do it for you if you tell me the email on the account.", 3),
      c('did it in the app, thanks', 6),
    ],
  },
  {
    ...done, ch: 'email', lang: 'en', ago: 90, sev: 2, to: 'marcus', why: 'enterprise customer: order missing items before an event',
    who: { name: 'Owen Price', email: 'owen.price@pennantrescue.example' },
    subject: 'Order NW-T-1098 – 20 jackets missing',
    tags: [byAgent('technical_issue', 'marcus', 'enterprise order arrived with 20 items missing')],
    msgs: [
      c('Hi Marcus, our team order arrived but 20 of the 120 jackets are missing and we have a callout exercise on Saturday. Can you help? Owen'),
      a('marcus', 'Owen, sorry, that is a picking error on our side. The missing 20 go out today by courier for Friday morning delivery, no charge. I will send you the tracking by 3pm. Marcus', 35),
      c('Received Friday, thanks for sorting so quickly.', 47 * 60),
    ],
  },
];
