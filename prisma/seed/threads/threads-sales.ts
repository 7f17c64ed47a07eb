// Sales leads in English: the overnight ones Sam answered and handed to Dana
// for the morning, one handoff Dana already accepted, and the weekend's
// wholesale, team and partnership inquiries still in the Sales queue.
import { a, c, n, rule, tag, wrong, type ThreadScript } from '../thread-script';

export const salesThreads: ThreadScript[] = [
  // --- Overnight leads with handoff notes for the morning sales rep ---
  {
    ch: 'email', lang: 'en', ago: 7.5, sev: 2, why: 'large lead: 800 staff kits for a resort',
    who: { name: 'Jenna Morales', email: 'jmorales@aspenridgeresort.example' },
    subject: 'Staff uniform RFQ – 800 insulated jackets + fleeces',
    tags: [rule('sales_lead', 'asks for a quote on 800 staff jackets')],
    handoff: { to: 'dana', note: 'Aspen Ridge Resort (Colorado): 800 insulated jackets + 800 fleeces for winter staff, logo embroidery, delivery by 15 Oct. Budget ~$180k. Jenna (procurement) wants a call Tuesday, US Mountain time. I sent the holding reply.' },
    msgs: [
      c(`Hi Northwind team,

Aspen Ridge Resort is sourcing winter uniforms for our 2026/27 season. We'd like pricing for:
- 800 x insulated jackets (your Summit or equivalent), unisex sizing XS–3XL
- 800 x midweight fleeces
- Left-chest logo embroidery on both

Delivery to Colorado by October 15. Could you send a quote and lead times? Happy to jump on a call this week.

Thanks,
Jenna Morales
Procurement Manager, Aspen Ridge Resort`),
      a('sam', `Hi Jenna,

Thank you for reaching out, this sounds like a great project. Our sales team is in from 08:00 UK time; Dana Kim, our account executive for team orders, will pick this up first thing and come back to you with pricing and lead times, and to set up a call.

Best,
Sam, Northwind Outfitters`, 50),
    ],
  },
  {
    ch: 'chat', lang: 'en', ago: 9.6, sev: 3,
    who: { name: 'Gemma Walsh', email: 'gemma.walsh@example.org' },
    tags: [tag('sales_lead', 0.89, 'asks for a group discount on 40 kids’ jackets')],
    handoff: { to: 'dana', note: '3rd Leeds Scouts: 40 kids’ Cirrus rain jackets (ages 8–12), asked about ~20% group discount, needs them by 1 Sept. Gemma’s email is on the contact.' },
    msgs: [
      c("hi there, I'm a scout leader and we're looking at getting 40 of the kids' rain jackets for our troop. do you do any discount for groups?"),
      a('sam', "Hi Gemma! We do have group pricing for clubs and schools. Our sales team will put a quote together for you. Roughly what sizes, and when do you need them by?", 3),
      c('ages 8-12 mostly, by start of sept ideally. is 20% off doable?', 4),
      a('sam', "Lovely, thank you. I've passed all of this to Dana in our sales team; she'll email you a quote this morning. Have a good night!", 3),
    ],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 5, sev: 3,
    who: { name: 'Rhys Morgan' },
    tags: [tag('sales_lead', 0.87, 'wants instructor kits for 25 staff plus yearly resupply')],
    handoff: { to: 'dana', note: 'Peak Adventure Centre (Derbyshire): 25 instructor kits now + yearly resupply. Interested in a trade account. Prefers WhatsApp, reachable after 9.' },
    msgs: [
      c("Hiya, we run an outdoor adventure centre in the Peak District. Looking to kit out 25 instructors (shells, fleeces, boots) and then top up every year. Do you do trade accounts?"),
      a('sam', "Hi Rhys, thanks for the message! Yes, we do trade accounts for outdoor centres. I've passed this to our sales team; Dana will message you here this morning.", 35),
      c('Cheers 👍', 6),
    ],
  },
  {
    ch: 'messenger', lang: 'en', ago: 4.1, sev: 3,
    who: { name: 'Priyanka Das' },
    tags: [tag('sales_lead', 0.84, 'custom logo jackets for a 60-member running club')],
    handoff: { to: 'dana', note: 'Harrogate Harriers running club: 60 custom jackets with club logo, wants samples first. Ask about the club sample pack.' },
    msgs: [
      c('Hi! Our running club (60 members) wants custom jackets with our logo on the back. Do you do that and can we get samples first?'),
      a('sam', "Hi Priyanka! We do custom club kit, and yes, we can send samples. I've handed this to our sales team who'll be in touch this morning with options.", 22),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 59, sev: 3, status: 'pending',
    who: { name: 'Tom Beckett', email: 'tom.beckett@lumenanalytics.example' },
    subject: 'Company offsite – 250 branded fleeces',
    tags: [rule('sales_lead', 'quote for 250 branded fleeces for a company offsite')],
    handoff: { to: 'dana', note: 'Lumen Analytics: 250 branded Basecamp fleeces for their September offsite in the Lake District. Price-sensitive; mentioned a competitor quote of £38/unit.', accepted: true },
    msgs: [
      c(`Hi,

We're taking the whole company (about 250 people) to the Lake District in September and would love to give everyone a branded fleece. Could you quote for 250 Basecamp fleeces with our logo? We have another quote at £38/unit.

Cheers,
Tom`),
      a('sam', `Hi Tom,

Thanks for thinking of us! Our sales team is back on Monday morning; Dana Kim will send you a proper quote then.

Have a great weekend,
Sam`, 40),
      a('dana', `Hi Tom,

Dana here, I look after team orders. Great timing, we have Basecamp fleeces in stock in all sizes. For 250 units with a one-colour embroidered logo I can do £34.50/unit including setup, delivered to one address by 1 September.

Could you send me your logo (vector if possible) and a rough size split? I'll then send a mock-up today.

Best,
Dana Kim
Account Executive, Northwind Teams`, 59 * 60 - 50),
    ],
  },

  // --- Weekend and morning leads waiting in the Sales queue ---
  {
    ch: 'email', lang: 'en', ago: 27, sev: 3, to: null,
    who: { name: 'Sofia Lindqvist', email: 'sofia@brightpathlearning.example', plan: 'teams' },
    subject: 'Upgrading our Teams plan from 50 to 200 seats',
    tags: [tag('sales_lead', 0.94, 'wants to upgrade from 50 to 200 Teams seats')],
    msgs: [c(`Hello,

We've been on Northwind for Teams with 50 seats since January and it's been great for our field staff. We're expanding and want to move to 200 seats from next month. What would the pricing look like, and can we keep our current ordering setup?

Thanks,
Sofia Lindqvist
Operations Lead, BrightPath Learning`)],
  },
  {
    ch: 'x', lang: 'en', ago: 18, sev: 3, to: null,
    who: { name: 'Keswick Trail Co.', handle: '@keswicktrailco', followers: 2300 },
    tags: [rule('sales_lead', 'asks about wholesale for an outdoor shop')],
    msgs: [c("@NorthwindHelp do you guys do wholesale? We run a small outdoor shop in Keswick and customers keep asking for your stuff")],
  },
  {
    ch: 'instagram', lang: 'en', ago: 33, sev: 3,
    who: { name: 'Wildfolk Talent', handle: '@wildfolk.talent', followers: 15800 },
    tags: [tag('sales_lead', 0.77, 'agency proposes a paid creator partnership')],
    msgs: [c("Hi Northwind team 👋 We represent 12 outdoor creators (combined 2.1M followers) and would love to discuss an autumn campaign partnership. Who's the best person to send our deck to?")],
  },
  {
    ch: 'chat', lang: 'en', ago: 2, sev: 3,
    who: { name: 'Martin Kowalski', email: 'mkowalski@example.com' },
    tags: [tag('sales_lead', 0.86, 'asks for a club discount on 12 jackets')],
    msgs: [
      c('Morning. Do you do a discount if I order 12 Ridgeline jackets for my hiking club?'),
      c("Mixed sizes, we'd want them before the end of the month", 2),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 1.4, sev: 3,
    who: { name: 'Hollie Grant', email: 'hollie@northlightfilms.example' },
    subject: 'Crew waterproofs for an October shoot in Iceland',
    tags: [tag('sales_lead', 0.91, 'needs waterproofs for a 65-person film crew')],
    msgs: [c(`Hi there,

I'm the production coordinator on a drama shooting in Iceland for five weeks from 6 October. We need proper waterproof jackets and trousers for about 65 crew. Do you do production/crew accounts, and could we get something on invoice with 30-day terms?

Many thanks,
Hollie Grant
Northlight Films`)],
  },
  {
    ch: 'messenger', lang: 'en', ago: 26, sev: 3,
    who: { name: 'Jamie Lowe' },
    tags: [tag('sales_lead', 0.66, 'asks for a deal on 8 matching jackets')],
    msgs: [c("Hey, buying 8 matching jackets for my mates for a stag do in Snowdonia 😂 any chance of a deal if we all order together?")],
  },
  {
    ch: 'sms', lang: 'en', ago: 0.6, sev: 3, to: 'dana',
    who: { name: 'Dave Munro', phone: '+447700900562' },
    tags: [tag('sales_lead', 0.88, 'follows up on a quote for 30 shells')],
    msgs: [c('Hi its Dave from Highland Guides, can u send over the quote u mentioned for the 30 shells? need to order this week')],
  },
  {
    ch: 'api', lang: 'en', ago: 44, sev: 3,
    who: { name: 'Alpine & Co. (web form)', handle: 'form:wholesale:alpineco', email: 'buying@alpineco.example' },
    subject: 'Wholesale application – Alpine & Co., Zermatt',
    tags: [rule('sales_lead', 'wholesale / stockist application form')],
    msgs: [c('Company: Alpine & Co.\nLocation: Zermatt, Switzerland\nStores: 2\nInterested in: Summit parka, Fjell tents, merino base layers\nEstimated first order: CHF 40,000\nMessage: We are a family-run mountain shop and would like to become a stockist for the 2026/27 winter season.')],
  },
  {
    ch: 'email', lang: 'en', ago: 50, sev: 2, to: 'dana', why: 'large lead: a framework tender for about 2,400 students',
    who: { name: 'Procurement, Cumbria Outdoor Education', email: 'tenders@cumbria-oe.example' },
    subject: 'Invitation to tender: outdoor clothing framework 2026–2029',
    tags: [tag('sales_lead', 0.96, 'invites us to tender for kit for about 2,400 students')],
    msgs: [
      c(`Dear Supplier,

You are invited to tender for the supply of outdoor clothing for our 14 outdoor education centres (approximately 2,400 students per year) for 2026–2029. The tender pack is attached. Deadline for clarification questions is Friday; final submissions are due on 30 June.

Regards,
Procurement Team`),
      n('dana', 'On it. @Marcus Reed can you check we can meet the 48h replacement clause before I reply?', 50 * 60 - 20),
    ],
  },
  {
    ch: 'messenger', lang: 'en', ago: 16, sev: 4, status: 'resolved', team: 'support', to: 'sam',
    who: { name: 'Niamh Byrne' },
    tags: [wrong('sales_lead', 0.58, 'asks about the price for two jackets', 'sam')],
    msgs: [
      c('how much is delivery to Ireland if I order 2 jackets?'),
      a('sam', "Hi Niamh! Delivery to Ireland is free on orders over €100, otherwise €6.95, and it takes 3–4 working days. Anything else I can help with?", 12),
      c('perfect thanks!', 5),
    ],
  },
];
