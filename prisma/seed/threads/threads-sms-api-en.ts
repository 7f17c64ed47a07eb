// The quieter channels in English: SMS (short, no greetings, the odd STOP),
// reviews, web forms and a forum post posted through the API channel, and a
// WhatsApp voice note.
import { a, c, rule, tag, type ThreadScript } from '../thread-script';

export const smsApiThreads: ThreadScript[] = [
  // --- SMS ---
  {
    ch: 'sms', lang: 'en', ago: 4.8, sev: 3,
    who: { name: 'Carol Jennings', phone: '+447700900374' },
    tags: [],
    msgs: [c('Hi got a text saying my Northwind parcel is held at the depot and I need to pay £1.99 to release it?? Is that u? has a link')],
  },
  {
    ch: 'sms', lang: 'en', ago: 35, sev: 4, status: 'resolved', team: null, to: null, why: 'opt-out keyword',
    who: { name: '+1 555 555 0122', phone: '+15555550122' },
    tags: [],
    msgs: [c('STOP')],
  },
  {
    ch: 'sms', lang: 'en', ago: 2.7, sev: 4,
    who: { name: 'Liam Foster', phone: '+447700900451' },
    tags: [],
    msgs: [c('can I collect my order from the leeds store instead of delivery? NW-482870')],
  },
  {
    ch: 'sms', lang: 'en', ago: 17, sev: 3,
    who: { name: 'Shona Duffy', phone: '+447700900507' },
    tags: [tag('refund_request', 0.52, 'wrong colour delivered, wants an exchange')],
    msgs: [c('Order NW-482811 came but the jacket is blue, I ordered the green one. how do i swap it')],
  },
  {
    ch: 'sms', lang: 'en', ago: 1.1, sev: 4,
    who: { name: 'Aaron Webb', phone: '+447700900689' },
    tags: [],
    msgs: [c('hey do u do e gift cards? need one for my brothers bday tomorrow')],
  },
  {
    ch: 'sms', lang: 'en', ago: 8.5, sev: 3,
    who: { name: 'Priti Chauhan', phone: '+447700900742' },
    tags: [tag('technical_issue', 0.85, "app says the account doesn't exist on a new phone")],
    msgs: [c("just got a new phone, logged into the app and it says my account doesn't exist?? I have like 3000 points on it")],
  },
  {
    ch: 'sms', lang: 'en', ago: 45, sev: 4, status: 'resolved', to: 'sam',
    who: { name: 'Rob Lacey', phone: '+447700900808' },
    tags: [],
    msgs: [
      c('did my return arrive? sent it tues'),
      a('sam', 'Hi Rob, yes, it arrived Friday and your refund of £89 went out today. Sam @ Northwind', 25),
      c('thanks for the quick reply, all sorted', 50),
    ],
  },
  {
    ch: 'sms', lang: 'en', ago: 13.5, sev: 4,
    who: { name: 'Kayla Brooks', phone: '+15555550164' },
    tags: [],
    msgs: [c('Do you ship to Alaska? Anchorage. Website only shows lower 48 at checkout')],
  },

  // --- Reviews, forms and the forum, through the API ---
  {
    ch: 'api', lang: 'en', ago: 19.5, sev: 4, team: 'marketing',
    who: { name: 'Press form', handle: 'form:press:countryfile', email: 'research@countryfile-tv.example' },
    subject: 'Press enquiry: filming at your repair workshop',
    tags: [],
    msgs: [c('Name: Abbie Clarke\nOrganisation: Countryfile (BBC)\nMessage: We are making a short piece on outdoor brands that repair rather than replace, and would love to film in your repair workshop in early July. Who should I speak to?')],
  },
  {
    ch: 'api', lang: 'en', ago: 11.5, sev: 4,
    who: { name: 'gemhikes (App Store)', handle: 'appstore:gemhikes' },
    subject: '★★★★★ Best hiking app',
    tags: [],
    msgs: [c('The trail maps are brilliant and the route difficulty ratings are spot on. Used it all over the Lakes this summer.')],
  },
  {
    ch: 'api', lang: 'en', ago: 6.5, sev: 3,
    who: { name: 'Marek W. (Google Play)', handle: 'googleplay:marekw' },
    subject: '★★☆☆☆ No order notifications',
    tags: [tag('technical_issue', 0.78, 'order update notifications never arrive')],
    msgs: [c("Notifications for order updates never arrive on my Galaxy S22, even though they're switched on in the app and in Android settings.")],
  },
  {
    ch: 'api', lang: 'en', ago: 2.9, sev: 3,
    who: { name: 'Corporate gifting form', handle: 'form:gifting:harlowlaw', email: 'events@harlowlaw.example' },
    subject: 'Corporate gifting enquiry',
    tags: [rule('sales_lead', 'corporate gifting order for 120 beanies')],
    msgs: [c('Company: Harlow & Co. Solicitors\nQuantity: 120\nProduct: Merino beanie, with small embroidered logo\nDeadline: 1 December\nMessage: Client Christmas gifts. Could you quote including gift boxes and individual delivery?')],
  },
  {
    ch: 'api', lang: 'en', ago: 26.5, sev: 3,
    who: { name: 'trail_tess (Northwind Community)', handle: 'forum:trail_tess' },
    subject: "Anyone else's Fjell door zip sticking?",
    tags: [tag('technical_issue', 0.6, 'tent door zip sticks')],
    msgs: [c("Second trip with my Fjell 2P and the main door zip keeps catching on the corner. Is this a known thing or did I get a dud? Tried a bit of zip wax, helps a little.")],
  },
  {
    ch: 'api', lang: 'en', ago: 33.5, sev: 3,
    who: { name: 'Paul G. (Trustpilot)', handle: 'trustpilot:paulg-1187' },
    subject: '★☆☆☆☆ Rude staff in Manchester',
    tags: [],
    msgs: [c('Went into the Manchester store to return a jacket (with receipt) and the guy at the till was rude and told me to "do it online". Not good enough.')],
  },

  // --- WhatsApp ---
  {
    ch: 'whatsapp', lang: 'en', ago: 3.6, sev: 4,
    who: { name: 'Hollie Simms' },
    tags: [],
    msgs: [c('Hi! Is the Summit parka warm enough for Iceland in February? Going to see the northern lights 🌌')],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 0.9, sev: 4,
    who: { name: 'Derek Holloway' },
    tags: [],
    msgs: [c('', 0, [{ type: 'audio', name: 'PTT-20260615-WA0003.opus', mime: 'audio/ogg' }])],
  },
];
