// Romanian customers, mostly on WhatsApp and Messenger. Andrei (Bucharest)
// answers them; the routing rule requires a Romanian speaker.
import { a, c, img, n, rule, tag, type ThreadScript } from '../thread-script';

export const roThreads: ThreadScript[] = [
  {
    ch: 'whatsapp', lang: 'ro', ago: 0.98, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Ioana Dumitrescu' },
    tags: [tag('incident', 0.86, 'same checkout error as the other reports this morning'), tag('technical_issue', 0.62, 'their own payment fails')],
    msgs: [c('Bună ziua, nu pot plăti comanda, îmi dă eroare „Payment could not be processed”. Am încercat de 3 ori cu cardul de la ING.')],
  },
  {
    ch: 'messenger', lang: 'ro', ago: 18, sev: 3,
    who: { name: 'Mihai Ionescu' },
    tags: [tag('technical_issue', 0.88, 'delivery address does not save')],
    msgs: [c('Salut, aplicația nu îmi salvează adresa de livrare. Dau „Salvează” și când revin e tot goală. Am Samsung S23.')],
  },
  {
    ch: 'email', lang: 'ro', ago: 33, sev: 3,
    who: { name: 'Radu Stoica', email: 'radu.stoica@salvamontbv.example' },
    subject: 'Cerere ofertă – 45 de geci pentru echipa Salvamont',
    tags: [rule('sales_lead', 'asks for a quote for 45 jackets for a mountain rescue team')],
    msgs: [c(`Bună ziua,

Sunt coordonatorul echipei Salvamont Brașov. Am dori o ofertă pentru 45 de geci Ridgeline (mărimi M–XXL), în culoare roșie, cu sigla noastră brodată pe spate.

Ne-ar trebui până în octombrie, înainte de sezonul de iarnă. Aveți reduceri pentru echipe de salvare?

Mulțumesc,
Radu Stoica`)],
  },
  {
    ch: 'instagram', lang: 'ro', ago: 27, sev: 4,
    who: { name: 'Andreea Munteanu', handle: '@andreea.pe.munte', followers: 11200 },
    tags: [tag('ugc', 0.92, 'sunrise photo on Vârful Omu in our jacket')],
    msgs: [c('Răsărit pe Vârful Omu, cu geaca voastră pe mine 🔥🏔️ nici n-am simțit vântul! @northwindoutfitters', 0, [img('omu_rasarit.jpg')])],
  },
  {
    ch: 'whatsapp', lang: 'ro', ago: 21, sev: 3,
    who: { name: 'Cristina Popa' },
    tags: [rule('refund_request', 'wants a refund for boots in the wrong size')],
    msgs: [
      c('Bună! Vreau rambursare pentru bocanci, au venit mărimea 38 în loc de 39.'),
      c('Comanda NW-481644', 1),
    ],
  },
  {
    ch: 'chat', lang: 'ro', ago: 4, sev: 4,
    who: { name: 'Vizitator 2291' },
    tags: [],
    msgs: [c('Livrați în România? Cât costă transportul și în câte zile ajunge?')],
  },
  {
    ch: 'messenger', lang: 'ro', ago: 50, sev: 3,
    who: { name: 'Alexandru Georgescu' },
    tags: [tag('feature_request', 0.87, 'asks for the app in Romanian')],
    msgs: [c('Ar fi super dacă aplicația ar avea și limba română. Părinții mei o folosesc și nu înțeleg mare lucru 🙂')],
  },
  {
    ch: 'email', lang: 'ro', ago: 98, sev: 3, status: 'resolved', to: 'andrei',
    who: { name: 'Elena Marin', email: 'elena.marin@example.com' },
    subject: 'Nu primesc codul de verificare',
    tags: [tag('technical_issue', 0.87, 'verification code email never arrives')],
    msgs: [
      c('Bună ziua, încerc să îmi creez cont, dar nu primesc niciodată codul de verificare pe email. Am verificat și la spam.'),
      a('andrei', 'Bună ziua, doamna Marin! Adresa dumneavoastră de Yahoo respingea mesajele noastre. Am retrimis codul de pe altă adresă; ar trebui să îl vedeți acum. Andrei', 2 * 60),
      c('A mers, mulțumesc frumos!', 25),
    ],
  },
  {
    ch: 'x', lang: 'ro', ago: 13, sev: 3,
    who: { name: 'Vlad Enache', handle: '@vladenache', followers: 430 },
    tags: [tag('shipping_delay', 0.85, 'parcel stuck with the courier for six days')],
    msgs: [c('@NorthwindHelp comanda mea e blocată la Fan Courier de 6 zile, nimeni nu-mi spune nimic. NW-480912')],
  },
  {
    ch: 'whatsapp', lang: 'ro', ago: 2.1, sev: 2, why: 'charged twice',
    who: { name: 'Bogdan Lungu' },
    tags: [tag('technical_issue', 0.86, 'charged twice for the same order'), tag('refund_request', 0.7, 'wants the duplicate charge back')],
    msgs: [
      c('Mi s-au luat banii de două ori pentru aceeași comandă!! NW-482301, 689 lei de două ori'),
      c('', 1, [img('extras_cont.jpg')]),
    ],
  },
  {
    ch: 'messenger', lang: 'ro', ago: 140, sev: 4, status: 'resolved', to: 'andrei',
    who: { name: 'Diana Rusu' },
    tags: [],
    msgs: [
      c('Bună, geaca Cirrus se poate spăla la mașină?'),
      a('andrei', 'Bună, Diana! Da, la 30°, program delicat, fără balsam. După uscare, 20 de minute în uscător la temperatură mică reactivează stratul impermeabil. 🙂', 90),
    ],
  },
  {
    ch: 'instagram', lang: 'ro', ago: 0.55, sev: 4,
    who: { name: 'Sorin Matei', handle: '@sorin.matei', followers: 300 },
    tags: [],
    msgs: [c('Mai aveți cortul Fjell 2P în stoc? Pe site apare indisponibil')],
  },
  {
    ch: 'chat', lang: 'ro', ago: 57, sev: 3,
    who: { name: 'Vizitator 1874' },
    tags: [tag('technical_issue', 0.78, 'promo code not working')],
    msgs: [
      c('Codul promoțional VARA10 nu funcționează, zice că a expirat, dar e valabil până la sfârșitul lunii'),
      a('sam', "Sorry, I only speak English and Spanish! I've passed your message to our Romanian-speaking colleague, Andrei, who will reply on Monday morning.", 8),
      n('sam', '@Andrei Popescu promo code VARA10 rejected as expired; campaign calendar says valid till 30 June.', 1),
    ],
  },
  {
    ch: 'email', lang: 'ro', ago: 9, sev: 3,
    who: { name: 'Gabriel Dinu', email: 'gabriel.dinu@example.net' },
    subject: 'Garanție – fermoar rupt la geaca Summit',
    tags: [tag('refund_request', 0.62, 'warranty claim for a broken zip')],
    msgs: [c(`Bună ziua,

Fermoarul principal de la geaca Summit s-a rupt după două luni de purtare. Am atașat poze. Se poate repara sau înlocui în garanție?

Gabriel Dinu`, 0, [img('fermoar1.jpg'), img('fermoar2.jpg')])],
  },
  {
    ch: 'api', lang: 'ro', ago: 70, sev: 3, status: 'resolved', to: 'andrei',
    who: { name: 'Ana P. (Trustpilot)', handle: 'trustpilot:anap-3390' },
    subject: '★★★★☆ Geaca e excelentă',
    tags: [tag('shipping_delay', 0.6, 'delivery took longer than promised')],
    msgs: [
      c('Geaca e excelentă, caldă și ușoară. O stea în minus pentru livrare, a durat 9 zile în loc de 4.'),
      a('andrei', 'Mulțumim mult pentru recenzie, Ana! Ne pare rău pentru întârziere; am schimbat între timp curierul pentru România ca să ajungă mai repede. Andrei', 4 * 60),
    ],
  },
];
