// The demo workspace's teams and its tag taxonomy, written as the playbook a
// new agent would read on day one: what each tag means, who owns it and what
// to do next. The five default tags follow the product's definitions.
import type { PersonKey, TagKey, TeamKey } from './thread-script';

export const WORKSPACE = {
  name: 'Northwind Outfitters',
  slug: 'demo',
  timezone: 'Europe/London',
  domain: 'northwind.test',
};

export const TEAMS: { key: TeamKey; name: string; description: string; assignmentMode: 'round_robin' | 'least_loaded'; manager: PersonKey }[] = [
  { key: 'support', name: 'Support', description: 'Orders, returns, the app and everything a single customer needs help with.', assignmentMode: 'round_robin', manager: 'marcus' },
  { key: 'sales', name: 'Sales', description: 'Team orders, wholesale, corporate gifting and Northwind for Teams.', assignmentMode: 'round_robin', manager: 'marcus' },
  { key: 'product', name: 'Product', description: 'Feature requests and feedback on the app and the website.', assignmentMode: 'round_robin', manager: 'priya' },
  { key: 'marketing', name: 'Marketing', description: 'Customer photos, stories and reviews we can reuse, with permission.', assignmentMode: 'round_robin', manager: 'priya' },
  { key: 'incident', name: 'Incident response', description: 'Outages, security and privacy, product safety, legal and press. SEV1 goes to the senior on call.', assignmentMode: 'least_loaded', manager: 'priya' },
];

// Which team decides when a conversation carries several tags.
export const TAG_PRECEDENCE: TagKey[] = ['incident', 'sales_lead', 'technical_issue', 'refund_request', 'shipping_delay', 'feature_request', 'ugc'];

export type DemoTag = { key: TagKey; name: string; color: string; isDefault: boolean; ownerTeam: TeamKey; description: string; nextSteps: string };

export const TAGS: DemoTag[] = [
  {
    key: 'sales_lead', name: 'Sales lead', color: '#16a34a', isDefault: true, ownerTeam: 'sales',
    description:
      'Buying intent or commercial interest: pricing, plans, quotes, demos, bulk, enterprise or wholesale orders, upgrades, contracts, partnership or reseller inquiries. ' +
      'For us that is mostly team and club orders, corporate gifting, Northwind for Teams seats and retailers who want to stock us. ' +
      'Not a lead: an individual asking the price of one jacket or about a discount code (answer it in Support).',
    nextSteps:
      '1. Reply within the SLA, even if only to say who will follow up and when. ' +
      '2. Ask for quantity, sizes/colours, delivery date and country, and whether they need embroidery. ' +
      '3. Over 50 units or over 500 seats: assign to Dana (Account Executive) and create the deal in the CRM. ' +
      '4. Overnight: answer, then hand off to the morning sales rep with a note (who, what, how many, by when).',
  },
  {
    key: 'feature_request', name: 'Feature request', color: '#7c3aed', isDefault: true, ownerTeam: 'product',
    description:
      'Asks for or suggests a capability the product lacks: "please add", "would be great if", "any plans to support". ' +
      'Covers the Northwind app (trail maps, Trail Rewards, order tracking), the website and services such as delivery countries or payment methods.',
    nextSteps:
      '1. Thank them and say honestly whether it is planned; never promise a date. ' +
      '2. Add the request to the feedback board with the customer quote and a link to this conversation. ' +
      '3. Resolve the conversation; Product will reopen it when the feature ships.',
  },
  {
    key: 'incident', name: 'Incident', color: '#dc2626', isDefault: true, ownerTeam: 'incident',
    description:
      'Crisis or incident response: an outage or failure affecting many customers (checkout, app, payments), a security or privacy breach, ' +
      'a safety hazard (overheating batteries, fire, allergic reactions, contamination, recalls), a legal threat, a PR crisis ' +
      '(viral angry thread, boycott, a journalist asking for comment) or mass payment errors.',
    nextSteps:
      '1. SEV1 pages the senior on call at once; acknowledge publicly within 15 minutes, privately with a holding reply. ' +
      '2. Group duplicate reports into the crisis and answer them with the approved statement. ' +
      '3. Press, legal and safety: no facts or admissions before Priya or Legal approve the wording. ' +
      '4. Post updates in #incident every 30 minutes; resolve with a short summary of cause and fix.',
  },
  {
    key: 'technical_issue', name: 'Technical issue', color: '#ea580c', isDefault: true, ownerTeam: 'support',
    description:
      "One customer's problem using the product or service: a bug, an error message, cannot log in, the app crashes, a setting that does not save, " +
      'tracking broken for their order, a promo code that fails. If many customers report the same thing, it is an incident.',
    nextSteps:
      '1. Ask for app version, device and a screenshot if they did not send one. ' +
      '2. Check the known-issues list; use the saved reply if it is there. ' +
      '3. Reproduce, then file a bug with steps and link the conversation. ' +
      '4. Paying Teams/enterprise customers blocked or charged twice are SEV2: fix or escalate the same day.',
  },
  {
    key: 'ugc', name: 'UGC', color: '#db2777', isDefault: true, ownerTeam: 'marketing',
    description:
      'User-generated content we could reuse in marketing: photos, videos, trip stories, unboxings, testimonials with media, posts that tag us. ' +
      'Praise with nothing reusable is not UGC.',
    nextSteps:
      '1. Like and thank them in their language. ' +
      '2. Ask for permission to reuse with the saved reply "UGC permission"; never repost without a written yes. ' +
      '3. Save the media and the yes to the UGC library with the handle and product.',
  },
  {
    key: 'refund_request', name: 'Refund request', color: '#0891b2', isDefault: false, ownerTeam: 'support',
    description: 'A customer asks for their money back: returns, faulty items, cancelled orders, delivery that never came.',
    nextSteps:
      '1. Within 60 days and unworn: send the returns label (saved reply). ' +
      '2. Faulty: ask for a photo, refund or replace under the 2-year warranty. ' +
      '3. Over £300 or outside policy: ask Marcus to approve.',
  },
  {
    key: 'shipping_delay', name: 'Shipping delay', color: '#ca8a04', isDefault: false, ownerTeam: 'support',
    description: 'An order is late or stuck with the carrier, with no fault in our systems.',
    nextSteps:
      '1. Check the carrier tracking, not only our order page. ' +
      '2. More than 5 working days late: open a carrier claim and offer a replacement or refund. ' +
      '3. Many orders stuck with one carrier: tell Incident response.',
  },
];

// Keyword rules that tag before the model does (fast and explainable).
export const TAG_RULES: { tag: TagKey; name: string; keywords: string[]; provider?: 'x' | 'instagram'; minFollowers?: number; confidence: number }[] = [
  { tag: 'sales_lead', name: 'Bulk and wholesale words', keywords: ['quote', 'wholesale', 'bulk order', 'reseller', 'stockist', 'presupuesto', 'ofertă', '報價', '批发'], confidence: 0.95 },
  { tag: 'incident', name: 'Safety words', keywords: ['overheat', 'caught fire', 'burn', 'smoke', 'allergic', 'rash', 'recall', 'lawyer', 'solicitor'], confidence: 0.9 },
  { tag: 'refund_request', name: 'Refund words', keywords: ['refund', 'money back', 'reembolso', 'rambursare', '退款'], confidence: 0.9 },
  { tag: 'ugc', name: 'Instagram photos that mention us', keywords: ['@northwindoutfitters', '#northwindoutside'], provider: 'instagram', confidence: 0.85 },
];
