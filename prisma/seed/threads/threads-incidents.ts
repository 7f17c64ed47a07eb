// Monday morning's incidents: the checkout outage reported on every channel
// within minutes, a journalist asking about a possible data leak, two product
// safety reports, a solicitor's letter and a viral thread; then the SEV2s
// that must not wait behind them.
import { a, c, file, img, n, rule, tag, video, type ThreadScript } from '../thread-script';

const outage = tag('incident', 0.9, 'several customers report the same checkout error within minutes');
const ownFailure = tag('technical_issue', 0.71, 'their own payment fails at checkout');

export const incidentThreads: ThreadScript[] = [
  // --- The checkout outage: one crisis, nine channels' worth of reports ---
  {
    ch: 'x', lang: 'en', ago: 1.1, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Jordan Blake', handle: '@jordan_hikes', followers: 1240 },
    tags: [outage, ownFailure],
    msgs: [
      c('@NorthwindHelp checkout is broken?? tried 3 times, "Payment could not be processed" every time. card works everywhere else'),
      a('tomas', "@jordan_hikes We're on it: card payments at checkout are failing for some customers right now and the team is fixing it. Please don't retry for now, failed attempts are not charged. We'll update here. ^TS", 16),
    ],
  },
  {
    ch: 'instagram', lang: 'en', ago: 1.05, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Chantelle Okoro', handle: '@chantelle.outdoors', followers: 3100 },
    tags: [outage, ownFailure],
    msgs: [c('hey is ur website down?? cant pay for the Ridgeline jacket, keeps saying payment could not be processed 😩😩 sale ends today!!')],
  },
  {
    ch: 'chat', lang: 'en', ago: 1.0, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Ben Hartley', email: 'ben.hartley@example.com' },
    tags: [outage, ownFailure],
    msgs: [
      c("Hi, I'm trying to check out and it keeps failing at the payment step. Error says: Payment could not be processed (PSP-502). Tried Visa and PayPal, same thing."),
      c('hello? anyone there', 4),
      n('tomas', '@Andrei PSP-502 again, same as the X and Instagram reports. Grouped into the checkout crisis; payments provider status page is still green.', 3),
      a('tomas', "Hi Ben, sorry for the wait. You're not alone: our payment provider is failing some checkouts this morning and we're fixing it now. Nothing has been charged for the failed attempts. Can I email you as soon as it's back?", 2),
      c('yes please, same email as my account', 2),
    ],
  },
  {
    ch: 'email', lang: 'en', ago: 0.95, sev: 1, crisis: true, why: 'mass payment errors: repeated pending charges during the outage',
    who: { name: 'Margaret Ellison', email: 'm.ellison@example.net', plan: 'rewards_plus' },
    subject: 'Order not going through - have I been charged 4 times??',
    tags: [tag('incident', 0.93, 'checkout failures with several pending charges on one card'), ownFailure, tag('refund_request', 0.62, 'asks for pending charges to be released')],
    msgs: [
      c(`Hello,

I have tried to place an order four times this morning (Summit Down Parka in navy, size M, and the merino gloves) and each time I got an error at the payment page.

My banking app now shows FOUR pending transactions of £189.00. Please can someone tell me I have not been charged four times, and release the money? I am a Trail Rewards Plus member and have never had this problem before.

Kind regards,
Margaret Ellison`),
    ],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 0.9, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Callum Fraser' },
    tags: [outage, ownFailure],
    msgs: [
      c('Morning. App says payment failed but I just got a text from my bank for £64.50?'),
      c("And the order isn't in my orders list", 1),
      c('', 0, [img('Screenshot_20260615_072211.png')]),
    ],
  },
  {
    ch: 'messenger', lang: 'en', ago: 0.85, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Gareth Pryce' },
    tags: [outage],
    msgs: [c("Your checkout has been broken for 20 mins now. Trying to buy the Fjell tent for this weekend. Sort it out please, I'll just go to Cotswold otherwise")],
  },
  {
    ch: 'sms', lang: 'en', ago: 0.8, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Tasha Green', phone: '+447700900418' },
    tags: [outage],
    msgs: [c('tried to pay on ur site 3x keeps failing. is it me or u')],
  },
  {
    ch: 'x', lang: 'en', ago: 0.78, sev: 1, crisis: true, why: 'outage reported by an account with 58k followers',
    who: { name: 'Megan Doyle', handle: '@outdoorsy_megan', followers: 58200, verified: true },
    tags: [outage],
    msgs: [c('Wanted to grab the Summit parka in the @NorthwindHelp sale and checkout just dies on me. Anyone else?? 🙃')],
  },
  {
    ch: 'api', lang: 'en', ago: 0.7, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'hikerdad77 (App Store)', handle: 'appstore:hikerdad77' },
    subject: '★☆☆☆☆ Can’t pay',
    tags: [outage, ownFailure],
    msgs: [c('Updated the app this morning and now payment fails every single time. "Payment could not be processed". Useless when there is a sale on.')],
  },

  // --- Possible data breach: a journalist and a security researcher ---
  {
    ch: 'email', lang: 'en', ago: 14, sev: 1, to: 'priya', why: 'journalist asks for comment on a possible data breach',
    who: { name: 'Rachel Adeyemi', email: 'r.adeyemi@theledger.example', verified: true },
    subject: 'Request for comment: alleged Northwind customer data on hacking forum',
    tags: [tag('incident', 0.97, 'journalist asks for comment on an alleged customer data leak')],
    msgs: [
      c(`Dear Northwind press team,

I'm a reporter at The Ledger covering consumer tech. We have been shown a listing on a hacking forum that claims to sell around 40,000 Northwind Outfitters customer records, including names, email addresses and some postal addresses. We have seen a sample of 20 rows.

We intend to publish on Monday afternoon and would like to include your response. Specifically:
1. Are you aware of a breach of customer data?
2. Have you notified the ICO and affected customers?
3. Is payment data affected?

Could you reply by 14:00 UK time on Monday?

Best,
Rachel Adeyemi
Senior Reporter, The Ledger`),
      n('tomas', "@Priya Shah security checked overnight: the sample matches the 2019 Trail Rewards newsletter export (emails + first names), from the old mailing vendor. No passwords, no payment data, nothing from current systems. Notes in the incident doc.", 9 * 60),
      n('priya', "Thanks. Legal is reviewing the statement; I'll answer Rachel by 10:00. Nobody reply from this inbox please.", 20),
    ],
  },
  {
    ch: 'x', lang: 'en', ago: 13, sev: 1, why: 'public breach claim from an account with 84k followers',
    who: { name: 'Kat Nowak', handle: '@infosec_kat', followers: 84300, verified: true },
    tags: [tag('incident', 0.96, 'public claim that customer records are for sale')],
    msgs: [
      c('Looks like a dump of ~40k @NorthwindHelp customer records is up for sale on a well known forum. Emails, names, some addresses. Northwind, have you told your customers? 🧵'),
      a('tomas', "@infosec_kat Thanks for flagging, Kat. We're investigating with our security team right now and will share what we find. Could you DM us the listing link? ^TS", 38),
      c("DM'd you", 12),
      n('tomas', '@Priya link received, forwarded to security. Same sample the journalist has.', 4),
    ],
  },
  {
    ch: 'messenger', lang: 'en', ago: 9, sev: 2, why: 'possible phishing of customers after the leak claim',
    who: { name: 'Doreen Walsh' },
    tags: [tag('incident', 0.81, 'customer received a suspicious email asking to re-verify her card')],
    msgs: [c('Got an email from "Northwind Rewards" asking me to re verify my card details for my points. Is this real?? I saw something on twitter about a leak. I have NOT clicked it', 0, [img('IMG_4471.jpg')])],
  },

  // --- Product safety ---
  {
    ch: 'messenger', lang: 'en', ago: 20, sev: 1, why: 'safety hazard: a headlamp battery overheated and melted while charging',
    who: { name: 'Louise Barnett' },
    tags: [rule('incident', 'mentions a product overheating and burning'), tag('refund_request', 0.58, 'wants a refund for the headlamp')],
    msgs: [
      c("My son's HL-300 headlamp got so hot while charging last night that the casing melted and left a burn mark on his desk. It smelled like burning plastic. Thank god he was in the room. Is this a known problem?? I want my money back and I want to know it's safe", 0, [img('IMG_0932.jpg'), img('IMG_0933.jpg')]),
      a('tomas', "Louise, I'm so sorry, and really glad your son is OK. Please stop using it and keep it unplugged somewhere it can't touch anything flammable. We take this extremely seriously: could you send me the batch code on the inside of the battery door? We'll collect it, refund you in full and our safety team will investigate.", 11 * 60),
      c('Code says HL3-2604-B', 22),
      n('tomas', '@Marcus Reed second HL3-2604 overheating report this month. Starting a safety assessment; may need a recall decision today.', 5),
    ],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 30, sev: 1, why: 'safety hazard: possible allergic reaction to a garment',
    who: { name: 'Aisha Rahman' },
    tags: [rule('incident', 'mentions an allergic reaction and a rash')],
    msgs: [
      c('Hi, my daughter came up in a really bad rash after wearing the new Alder merino base layer, the GP says contact dermatitis. Is there something in the dye? Label says batch AL-2291', 0, [img('IMG-20260613-WA0007.jpg')]),
      a('sam', "I'm really sorry to hear that, Aisha, I hope she feels better soon. I've passed this to our product safety team straight away. Could you keep the garment and the label? Someone senior will contact you this morning.", 40),
      n('sam', '@Tomás Silva possible allergic reaction, batch AL-2291. Told her a senior person calls this morning.', 2),
    ],
  },

  // --- Legal threat and a PR storm ---
  {
    ch: 'email', lang: 'en', ago: 55, sev: 1, status: 'snoozed', snooze: 26, to: 'priya', why: 'legal threat: letter before action about an injury',
    who: { name: 'Hughes & Partridge Solicitors', email: 'claims@hughespartridge.example' },
    subject: 'Letter before action – Mr D. Hughes – Ridgeline trekking pole failure',
    tags: [tag('incident', 0.95, "solicitor's letter before action about an injury")],
    msgs: [
      c(`Dear Sirs,

We act for Mr David Hughes. On 2 May our client was descending Helvellyn when the lower section of his Northwind Ridgeline carbon trekking pole (purchased 14 March, order NW-318842) snapped, causing him to fall and fracture his wrist.

We enclose photographs of the pole and our client's medical report. We invite you to confirm within 14 days whether liability is admitted, failing which we are instructed to issue proceedings without further notice.

Yours faithfully,
Hughes & Partridge Solicitors`, 0, [file('LBA_Hughes_Northwind.pdf'), img('pole_break_1.jpg')]),
      n('priya', 'Forwarded to legal@ and our insurer. Do NOT reply from the inbox. Snoozed until legal responds tomorrow.', 16 * 60),
    ],
  },
  {
    ch: 'x', lang: 'en', ago: 40, sev: 1, why: 'viral PR crisis: a thread with 210k followers questions our sustainability claims',
    who: { name: 'EcoWatch Sam', handle: '@ecowatch_sam', followers: 212000, verified: true },
    tags: [tag('incident', 0.92, 'viral thread accusing us of misleading "recycled down" claims')],
    msgs: [
      c("THREAD: We traced @NorthwindHelp's \"100% recycled down\" Summit parka back to its supplier. The certificates don't add up. 1/9 🧵", 0, [img('GxR8pWkXoAA1f2L.jpg')]),
      n('chloe', '@Priya this is at 4.1k reposts and climbing. Comms drafting a response with sourcing team; holding reply only until then.', 95),
      a('priya', "@ecowatch_sam Thank you for raising this. We take our sourcing claims seriously and are reviewing the certificates you mention with our supplier today. We'll publish what we find, including anything we got wrong. – Priya, Head of CX", 60 * 14),
    ],
  },
  {
    ch: 'instagram', lang: 'en', ago: 22, sev: 2, why: 'worried customer echoing the viral thread',
    who: { name: 'Lena Fischer-Moss', handle: '@lena.wanders', followers: 12400 },
    tags: [tag('incident', 0.74, 'customer asks about the viral greenwashing thread')],
    msgs: [c("Saw that thread about your 'recycled' down. I've spent hundreds with you because of the sustainability stuff. Is it true?? Genuinely gutted if so 💔")],
  },
  {
    ch: 'chat', lang: 'en', ago: 0.12, sev: 1, untriaged: true,
    who: { name: 'Visitor 8841' },
    tags: [],
    msgs: [c("checkout still broken, it's been an hour. do you actually want my money or not")],
  },
  {
    ch: 'email', lang: 'en', ago: 3, sev: 2, why: 'enterprise customer blocked: team portal sign-in fails for all staff',
    who: { name: 'Owen Price', email: 'owen.price@pennantrescue.example', plan: 'enterprise', vip: true },
    subject: 'URGENT: none of our staff can log in to Northwind for Teams',
    tags: [tag('technical_issue', 0.88, 'enterprise customer cannot sign in to the Teams portal'), tag('incident', 0.42, 'possible wider sign-in outage')],
    msgs: [
      c(`Hi,

Since this morning none of our 140 volunteers can sign in to the Northwind for Teams portal with our Microsoft SSO. We get "AADSTS50011: redirect URI mismatch". We have a kit order deadline on Wednesday for the winter season.

This is blocking us completely. Please call me on 07700 900 331.

Owen Price
Operations, Pennant Mountain Rescue`, 0, [img('sso_error.png')]),
    ],
  },
  {
    ch: 'whatsapp', lang: 'en', ago: 2.4, sev: 2, to: 'andrei', why: 'charged twice',
    who: { name: 'Ravi Menon', phone: '+447700900871' },
    tags: [tag('technical_issue', 0.84, 'charged twice for one order'), rule('refund_request', 'asks for the duplicate charge back')],
    msgs: [
      c('Hi, I was charged twice for order NW-482290 (£142 x2) on Saturday. Can I get one refunded please'),
      c('', 0, [img('IMG-20260615-WA0002.jpg')]),
      n('andrei', 'Confirmed in Stripe: duplicate capture Saturday 16:02, not related to this morning. Refunding the second one.', 70),
      a('andrei', "Hi Ravi, you're right, sorry about that. I've refunded the duplicate £142.00 just now; it can take 3–5 working days to show on your statement. Thanks for sending the screenshot!", 4),
    ],
    status: 'pending',
  },
  {
    ch: 'x', lang: 'en', ago: 4.5, sev: 2, why: 'strongly angry message from an account with 67k followers',
    who: { name: 'Alex Turner-Reid', handle: '@alexclimbs', followers: 67400, verified: true },
    tags: [tag('shipping_delay', 0.77, 'order late for a trip'), tag('technical_issue', 0.51, 'tracking link shows nothing')],
    msgs: [c('3rd time asking @NorthwindHelp. Ordered a tent 12 days ago for an expedition that leaves THURSDAY. Tracking link shows nothing, emails ignored. Absolute joke of a company.')],
  },
  {
    ch: 'instagram', lang: 'en', ago: 5, sev: 4, to: 'chloe',
    who: { name: 'Ivy Mensah', handle: '@ivy.on.trails', followers: 8900 },
    tags: [tag('ugc', 0.93, 'video of the Fjell tent in a storm, brand tagged')],
    msgs: [
      c('Our Fjell 2P held up through 70km/h gusts on the Cairngorm plateau last night 🌬️⛺ absolute legend of a tent @northwindoutfitters', 0, [video('storm_night.mp4')]),
      a('chloe', "This is INCREDIBLE Ivy 😍 so glad you're both safe! Would you be happy for us to share your video on our channels, credited to @ivy.on.trails? Just reply YES 🙌", 3 * 60),
    ],
    status: 'pending',
  },
];
