// Everyday English support from the weekend and this morning: app bugs,
// refunds, late parcels, simple questions, thanks, spam and an auto-reply.
import { a, byAgent, c, img, n, rule, tag, type ThreadScript } from '../thread-script';

export const supportThreads: ThreadScript[] = [
  {
    ch: 'chat', lang: 'en', ago: 0.3, sev: 3,
    who: { name: 'Ellie Thompson', email: 'ellie.t@example.com' },
    tags: [tag('technical_issue', 0.9, 'app logs them out every time it closes')],
    msgs: [c("Hi, the app keeps logging me out every time I close it. iPhone 15, app version 4.12.0. Really annoying when I'm trying to check my rewards")],
  },
  {
    ch: 'messenger', lang: 'en', ago: 28, sev: 3, status: 'resolved',
    who: { name: 'Paul Adeyemi' },
    tags: [tag('technical_issue', 0.82, 'password reset email never arrives')],
    msgs: [
      c("I've requested a password reset 3 times and the email never comes. Tried on my phone and laptop"),
      a('sam', "Hi Paul, sorry about that! The reset emails come from no-reply@northwind.test; could you check your spam or promotions folder? They sometimes land there.", 18),
      c('found it in spam 🙄 thanks', 9),
      a('sam', 'Great! Have a good weekend 👋', 2),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 31, sev: 3,
    who: { name: 'Karen Whitfield', email: 'karen.whitfield@example.net', plan: 'rewards_plus' },
    subject: 'Trail Rewards points missing',
    tags: [tag('technical_issue', 0.85, 'loyalty points missing after an order')],
    msgs: [c(`Hi,

I placed an order (NW-481877) two weeks ago for £212 and I still haven't received the Trail Rewards points for it. My account shows 1,240 points, the same as before the order. I'm a Rewards Plus member so it should be double points.

Could you look into it?

Thanks,
Karen`)],
  },
  {
    ch: 'x', lang: 'en', ago: 6, sev: 3,
    who: { name: 'Dev Patel', handle: '@devpatel_runs', followers: 640 },
    tags: [tag('technical_issue', 0.91, 'app crashes when opening the trail map')],
    msgs: [c('@NorthwindHelp app crashes every single time I open the trail map. Pixel 8, Android 15. reinstalled already')],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 20, sev: 3, status: 'pending',
    who: { name: 'Sarah Collins' },
    tags: [tag('shipping_delay', 0.86, 'order stuck with the carrier, meant to arrive Friday')],
    msgs: [
      c("Hi, my order NW-481120 was meant to arrive Friday and nothing. DPD just says 'delayed'"),
      a('sam', "Hi Sarah, sorry it's late! I can see DPD had it at their Hinckley hub on Friday night and it's out for delivery Monday. If it doesn't arrive Monday, message me here and I'll send a replacement.", 31),
    ],
  },
  {
    ch: 'sms', lang: 'en', ago: 11, sev: 4, status: 'resolved',
    who: { name: 'Lee Chambers', phone: '+447700900127' },
    tags: [],
    msgs: [
      c('Hi where is my order NW-482455? ordered thurs'),
      a('sam', 'Hi Lee, it was dispatched Saturday with Royal Mail, tracking: https://track.example/RM44810293GB. Should be with you Tuesday. Sam @ Northwind', 14),
      c('cheers', 20),
    ],
  },
  {
    ch: 'instagram', lang: 'en', ago: 36, sev: 4,
    who: { name: 'Mia Kaur', handle: '@mia.k.hikes', followers: 910 },
    tags: [rule('refund_request', 'asks how to return boots for a refund')],
    msgs: [c('hii the trailhead boots I got are too small 😭 how do I return them for a refund??')],
  },
  {
    ch: 'email', lang: 'en', ago: 45, sev: 3, status: 'pending',
    who: { name: 'Graham Hurst', email: 'g.hurst@example.org' },
    subject: 'Zip broken on Ridgeline jacket after 3 weeks',
    tags: [tag('refund_request', 0.83, 'faulty zip, asks for refund or replacement'), tag('technical_issue', 0.31, 'product fault')],
    msgs: [
      c(`Hello,

The main zip on my Ridgeline jacket has split after only three weeks of use (photo attached). For a £240 jacket this isn't good enough. I'd like a replacement or a refund please.

Order NW-479902.

Graham Hurst`, 0, [img('IMG_2231.jpg')]),
      a('hannah', `Hi Graham,

I'm sorry, that shouldn't happen after three weeks. This is covered by our 2-year warranty. I've sent a free returns label to this address; once it's in the post we'll send a replacement in the same size straight away (or a refund if you prefer, just tell me).

Best wishes,
Hannah, Northwind Customer Care`, 6 * 60),
    ],
  },
  {
    ch: 'chat', lang: 'en', ago: 52, sev: 4, status: 'resolved',
    who: { name: 'Visitor 7719' },
    tags: [],
    msgs: [
      c("do your sizes run small? I'm usually a M in Patagonia"),
      a('sam', "Hi! Our jackets are true to size, with room for a fleece underneath. If you're an M elsewhere, an M will fit. Free exchanges if not 🙂", 2),
      c('great thanks', 1),
    ],
  },
  {
    ch: 'messenger', lang: 'en', ago: 3.2, sev: 3,
    who: { name: 'Hannah Lewis' },
    tags: [tag('technical_issue', 0.79, 'promo code rejected as invalid')],
    msgs: [c("Your WELCOME15 code says invalid at checkout?? I literally just signed up for the newsletter to get it")],
  },
  {
    ch: 'email', lang: 'en', ago: 8, sev: 3,
    who: { name: 'Olu Bankole', email: 'olu.bankole@example.com' },
    subject: "Can't change delivery address",
    tags: [tag('technical_issue', 0.88, 'address form does not save')],
    msgs: [c(`Hi, I moved house and I'm trying to update my delivery address in my account but when I press save it just spins forever. Tried Chrome and Safari. Screenshot attached. I have an order going out this week so it's a bit urgent.

Olu`, 0, [img('address-spinner.png')])],
  },
  {
    ch: 'x', lang: 'en', ago: 12, sev: 3,
    who: { name: 'Craig Summers', handle: '@craigsummers', followers: 410 },
    tags: [rule('refund_request', 'still waiting for a refund on a return')],
    msgs: [c('@NorthwindHelp still waiting on a refund for a return I sent back THREE weeks ago. Royal Mail says you signed for it on the 28th')],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 1.8, sev: 3,
    who: { name: 'Fiona McLeod' },
    tags: [tag('technical_issue', 0.8, 'gift card rejected in the app')],
    msgs: [c("Morning! The app won't let me use my gift card, it says 'card not eligible'. It's a Northwind one from Christmas")],
  },
  {
    ch: 'sms', lang: 'en', ago: 47, sev: 4, status: 'resolved', team: null, to: null, why: 'spam',
    who: { name: '+44 7451 000913', phone: '+447451000913' },
    tags: [],
    msgs: [c('Congratulations! You have been selected for a £500 Northwind gift card. Claim now: nw-rewards-claim.example/win')],
  },
  {
    ch: 'email', lang: 'en', ago: 40, sev: 4, status: 'resolved', team: null, to: 'hannah', why: 'off-topic: job application',
    who: { name: 'Jack Doherty', email: 'jack.doherty@example.com' },
    subject: 'Application: Retail Assistant, Manchester store',
    tags: [],
    msgs: [
      c('Hello, please find attached my CV for the Retail Assistant position at your Manchester store. I have 2 years of retail experience and I love hiking.\n\nKind regards,\nJack', 0, [{ type: 'file', name: 'Jack_Doherty_CV.pdf', mime: 'application/pdf' }]),
      n('hannah', 'Forwarded to careers@, nothing to do here.', 11 * 60),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 6, sev: 4, status: 'resolved', team: null, to: null, why: 'auto-reply',
    who: { name: 'Graham Hurst', email: 'g.hurst@example.org' },
    subject: 'Automatic reply: Zip broken on Ridgeline jacket after 3 weeks',
    tags: [],
    msgs: [c('I am out of the office until Wednesday with limited access to email. For urgent matters please call reception.')],
  },
  {
    ch: 'chat', lang: 'en', ago: 0.5, sev: 4,
    who: { name: 'Visitor 9042' },
    tags: [],
    msgs: [c('hi, is the manchester store open on the bank holiday?')],
  },
  {
    ch: 'instagram', lang: 'en', ago: 15, sev: 3,
    who: { name: 'Zara Hussain', handle: '@zarahuss', followers: 1800 },
    tags: [tag('shipping_delay', 0.71, 'marked delivered but not received')],
    msgs: [c('my order says delivered but nothing came?? 😕 checked with neighbours too')],
  },
  {
    ch: 'messenger', lang: 'en', ago: 34, sev: 2, why: 'data lost for one customer: years of trip logs',
    who: { name: 'Malcolm Reid', plan: 'rewards_plus' },
    tags: [tag('technical_issue', 0.9, 'saved routes and trip logs gone after reinstalling')],
    msgs: [
      c('I deleted and reinstalled the app to fix a glitch and now ALL my saved routes and 3 years of trip logs are gone. Please tell me you have a backup. That is years of memories'),
      c("I'm logged in with the same account, same email", 3),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 23, sev: 2, why: 'paying Teams customer blocked from paying invoices',
    who: { name: 'Nadia Khoury', email: 'finance@brightpathlearning.example', plan: 'teams' },
    subject: 'Teams portal – invoices page error',
    tags: [tag('technical_issue', 0.87, 'Teams customer cannot open invoices to pay them')],
    msgs: [c(`Hi,

The invoices page in our Northwind for Teams portal shows "Error 500 – something went wrong" for all of our team members. Our month-end payment run is tomorrow and we can't download the invoices. Could you send them by email or fix the page?

Nadia Khoury
Finance, BrightPath Learning`)],
  },
  {
    ch: 'x', lang: 'en', ago: 2.8, sev: 3,
    who: { name: 'Ollie Brennan', handle: '@olliebrennan', followers: 230 },
    tags: [tag('technical_issue', 0.87, 'Sign in with Apple loops back to the start')],
    msgs: [c('@NorthwindHelp sign in with apple doesnt work on the app, just loops back to the start screen')],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 25, sev: 4, status: 'resolved', to: 'hannah',
    who: { name: 'Eleanor Whitcombe', vip: true, plan: 'rewards_plus', key: 'eleanor' },
    tags: [],
    msgs: [
      c('Got the replacement jacket today, thank you so much for sorting it Hannah 🙏'),
      a('hannah', 'So glad it arrived, Eleanor! Enjoy the Dolomites 😊', 44),
    ],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 0.7, sev: 3, why: 'VIP customer: simple question raised to normal',
    who: { name: 'Eleanor Whitcombe', key: 'eleanor' },
    tags: [],
    msgs: [c('Morning! Quick one: do the matching Ridgeline trousers come in petite? 5ft2 and everything drags 😅')],
  },
  {
    ch: 'chat', lang: 'en', ago: 70, sev: 3, status: 'resolved',
    who: { name: 'Orla Quinn', email: 'orla.quinn@example.com' },
    tags: [tag('technical_issue', 0.8, 'checkout rejects a Northern Ireland postcode')],
    msgs: [
      c("Checkout won't accept my postcode, BT9 5AB. Says 'invalid postcode' but it's definitely right"),
      a('sam', "Hi Orla, sorry! There's a known bug with BT postcodes when the country is set to 'Ireland'. Could you pick 'United Kingdom' as the country? That should let it through.", 4),
      c('that worked, thanks!!', 3),
    ],
  },
  {
    ch: 'sms', lang: 'en', ago: 0.25, sev: 4, untriaged: true,
    who: { name: 'Joe Barker', phone: '+447700900733' },
    tags: [],
    msgs: [c('Hi is the Fjell 3P back in stock yet')],
  },
  {
    ch: 'email', lang: 'en', ago: 0.4, sev: 3,
    who: { name: 'Amy Rowe', email: 'amy.rowe@example.net' },
    subject: 'Please cancel order NW-482977',
    tags: [tag('refund_request', 0.7, 'wants an order cancelled and refunded')],
    msgs: [c('Hi, I ordered the wrong size by mistake (L instead of M). Please can you cancel order NW-482977 and refund me, I will reorder the right one. Thanks, Amy')],
  },
  {
    ch: 'messenger', lang: 'en', ago: 9.5, sev: 4,
    who: { name: 'Stuart Bell' },
    tags: [tag('shipping_delay', 0.6, 'order not dispatched after four days')],
    msgs: [c("Any idea when my order will be dispatched? It's been 4 days and it still says processing")],
  },
  {
    ch: 'x', lang: 'en', ago: 19, sev: 3, status: 'pending',
    who: { name: 'Becca Holt', handle: '@beccaholt', followers: 3900 },
    tags: [tag('technical_issue', 0.66, 'sarcastic report that the app is down for them')],
    msgs: [
      c('great job @NorthwindHelp, app down again 🙃 just wanted to check my order'),
      a('sam', "@beccaholt Sorry Becca! The app looks fine on our side, so it may be something on your account. Could you DM us your order number and we'll check it for you? ^Sam", 26),
    ],
  },
  {
    ch: 'api', lang: 'en', ago: 38, sev: 3, status: 'resolved', to: 'hannah',
    who: { name: 'Rob T. (Trustpilot)', handle: 'trustpilot:robt-8812' },
    subject: '★★☆☆☆ Great jacket, awful delivery',
    tags: [tag('shipping_delay', 0.72, 'delivery took 11 days with no updates')],
    msgs: [
      c('The jacket itself is great, really warm. But delivery took 11 days with no updates and nobody answered my emails. Two stars for the wait.'),
      a('hannah', "Hi Rob, thank you for the honest review and sorry about the wait and the silence. That isn't the experience we want. I've sent you an email with a 15% code for your next order. Hannah, Northwind", 5 * 60),
    ],
  },
  {
    ch: 'api', lang: 'en', ago: 21, sev: 4,
    who: { name: 'Fiona D. (Google review)', handle: 'google:fiona-d-2231' },
    subject: '★★★★★ Edinburgh store',
    tags: [],
    msgs: [c('Staff at the Edinburgh store were brilliant. Spent ages helping me pick boots for the West Highland Way and didn’t rush me at all. Will be back!')],
  },
  {
    ch: 'api', lang: 'en', ago: 4, sev: 3,
    who: { name: 'Warranty form', handle: 'form:warranty:pmccann', email: 'p.mccann@example.com' },
    subject: 'Warranty claim: Trailhead boots',
    tags: [tag('refund_request', 0.64, 'warranty claim for delaminating soles'), tag('technical_issue', 0.28, 'product fault')],
    msgs: [c('Name: Patrick McCann\nOrder: NW-466310\nProduct: Trailhead GTX boots, UK 10\nIssue: The sole is coming away from the upper on both boots after 8 months of normal walking use. Photos attached.', 0, [img('boot_left.jpg'), img('boot_right.jpg')])],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 7, sev: 3, status: 'snoozed', snooze: 9, to: 'hannah',
    who: { name: 'Kieran Walsh' },
    tags: [tag('refund_request', 0.55, 'broken tent pole, wants a replacement')],
    msgs: [
      c('One of the poles on my Fjell 2P snapped on the first night out. Can I get a replacement?'),
      a('hannah', 'Oh no, sorry Kieran! Of course. Could you send a photo of the broken pole and the tent label so I can send the right one?', 6 * 60 - 40),
      c("I'll send them when I'm home tonight 👍", 15),
      n('hannah', 'Snoozed until this evening; he will send photos.', 2),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 30, sev: 4, status: 'snoozed', snooze: 50, to: 'andrei',
    who: { name: 'Helen Ashworth', email: 'helen.ashworth@example.org' },
    subject: 'Exchange for size 11',
    tags: [byAgent('refund_request', 'andrei', 'exchange waiting on stock')],
    msgs: [
      c('Hi, could I exchange my Trailhead boots (size 10) for an 11? Order NW-480015.'),
      a('andrei', 'Hi Helen, happy to. Size 11 is back in stock on Wednesday, so I have reserved a pair for you and will send them as soon as they arrive. Andrei', 28 * 60),
      n('andrei', 'Snoozed until Wednesday stock arrives.', 1),
    ],
  },
  {
    ch: 'instagram', lang: 'en', ago: 3, sev: 4,
    who: { name: 'Noah Tremblay', handle: '@noah.trmbl', followers: 520 },
    tags: [],
    msgs: [c('do you ship to Canada?? 🇨🇦')],
  },
  {
    ch: 'messenger', lang: 'en', ago: 0.2, sev: 3,
    who: { name: 'Lauren Price' },
    tags: [tag('technical_issue', 0.83, 'app shows cancelled but dispatch email received')],
    msgs: [c("Hi the app says my order is cancelled but I got a dispatch email an hour ago?? which one is right")],
  },
  {
    ch: 'x', lang: 'en', ago: 30, sev: 4, status: 'resolved', team: null, to: null, why: 'spam',
    who: { name: 'growth hacker', handle: '@fastfollows_24', followers: 12 },
    tags: [],
    msgs: [c('@NorthwindHelp want 10k real followers for $49? DM me now 🔥🔥')],
  },
  {
    ch: 'email', lang: 'en', ago: 48, sev: 4, status: 'pending', to: 'hannah',
    who: { name: 'Declan Ward', email: 'declan@wardjoinery.example' },
    subject: 'VAT invoice',
    tags: [],
    msgs: [
      c('Hi, could you send me a VAT invoice for order NW-481503 with my company name (Ward Joinery Ltd, VAT GB 123 4567 89)? Thanks, Declan'),
      a('hannah', 'Hi Declan, of course. Could you confirm the billing address you want on the invoice? Then I will send it straight over. Hannah', 4 * 60),
    ],
  },
  {
    ch: 'sms', lang: 'en', ago: 26, sev: 3,
    who: { name: 'Maureen Clarke', phone: '+447700900288' },
    tags: [],
    msgs: [c("Your driver left my parcel out in the rain and the box is soaked through, boots inside are wet. Not happy")],
  },
  {
    ch: 'chat', lang: 'en', ago: 0.9, sev: 3,
    who: { name: 'Grace Obi', email: 'grace.obi@example.com' },
    tags: [tag('technical_issue', 0.73, 'NHS discount not applied at checkout')],
    msgs: [c("Hi, I verified with my NHS email but the 15% discount isn't showing at checkout")],
  },
];
