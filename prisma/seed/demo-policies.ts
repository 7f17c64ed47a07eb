// SLA targets, routing rules, saved replies and shared views of the demo.
import type { Provider } from '@/lib/generated/prisma/enums';
import type { BusinessHours } from './add-business-minutes';
import type { TeamKey } from './thread-script';

// Northwind's care desk is staffed 08:00–18:00 London time on weekdays; the
// overnight and weekend cover only answers what cannot wait.
export const BUSINESS_HOURS: BusinessHours = {
  timezone: 'Europe/London',
  days: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:00' })),
};

export type DemoSlaPolicy = {
  name: string;
  severity: number | null;
  provider: Provider | null;
  firstResponseMinutes: number;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
};

export const SLA_POLICIES: DemoSlaPolicy[] = [
  { name: 'SEV1 · Critical', severity: 1, provider: null, firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 4 * 60, businessHoursOnly: false },
  { name: 'SEV2 · High', severity: 2, provider: null, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 24 * 60, businessHoursOnly: false },
  // Business minutes: a 10-hour day, so 1800 is three working days.
  { name: 'SEV3 · Normal', severity: 3, provider: null, firstResponseMinutes: 4 * 60, nextResponseMinutes: 8 * 60, resolutionMinutes: 1800, businessHoursOnly: true },
  { name: 'SEV4 · Low', severity: 4, provider: null, firstResponseMinutes: 24 * 60, nextResponseMinutes: null, resolutionMinutes: 3000, businessHoursOnly: true },
  // People on live chat are still on the page; answer them fast.
  { name: 'Live chat · Normal', severity: 3, provider: 'chat', firstResponseMinutes: 10, nextResponseMinutes: 10, resolutionMinutes: 8 * 60, businessHoursOnly: true },
  // A public complaint on X gets worse every hour it sits there.
  { name: 'X public · High', severity: 2, provider: 'x', firstResponseMinutes: 30, nextResponseMinutes: 60, resolutionMinutes: 12 * 60, businessHoursOnly: false },
];

export const ROUTING_RULES: { name: string; conditions: Record<string, unknown>; action: Record<string, unknown> }[] = [
  { name: 'SEV1 pages the senior on call', conditions: { severityAtMost: 1 }, action: { teamKey: 'incident', escalateToOnCall: true } },
  { name: 'Incidents → Incident response', conditions: { tags: ['incident'] }, action: { teamKey: 'incident' } },
  { name: 'Sales leads → Sales', conditions: { tags: ['sales_lead'] }, action: { teamKey: 'sales' } },
  { name: 'Technical issues → Support', conditions: { tags: ['technical_issue'] }, action: { teamKey: 'support' } },
  { name: 'Refunds and shipping → Support', conditions: { tags: ['refund_request', 'shipping_delay'] }, action: { teamKey: 'support' } },
  { name: 'Feature requests → Product', conditions: { tags: ['feature_request'] }, action: { teamKey: 'product' } },
  { name: 'UGC → Marketing', conditions: { tags: ['ugc'] }, action: { teamKey: 'marketing' } },
  { name: 'Chinese needs a Chinese speaker', conditions: { languages: ['zh-Hant', 'zh-Hans'] }, action: { requireLanguage: 'zh' } },
  { name: 'Romanian needs a Romanian speaker', conditions: { languages: ['ro'] }, action: { requireLanguage: 'ro' } },
  { name: 'Spanish needs a Spanish speaker', conditions: { languages: ['es'] }, action: { requireLanguage: 'es' } },
  { name: 'Everything else → Support', conditions: {}, action: { teamKey: 'support' } },
];

export const SAVED_REPLIES: { title: string; shortcut: string; team: TeamKey | null; body: string }[] = [
  {
    title: 'Where is my order', shortcut: 'wismo', team: 'support',
    body: 'Hi {{contact.firstName}}, thanks for your patience! Your order {{order.number}} is with the carrier; you can follow it here: {{order.trackingUrl}}. If it has not moved in 2 working days, reply here and I will chase it for you. {{agent.name}}, Northwind',
  },
  {
    title: 'Returns label', shortcut: 'return', team: 'support',
    body: 'Hi {{contact.firstName}}, no problem at all. Here is your free returns label: {{order.returnUrl}}. Drop the parcel at any post office within 14 days and we refund you within 3 working days of it arriving. {{agent.name}}',
  },
  {
    title: 'App: log out and back in', shortcut: 'relog', team: 'support',
    body: 'Hi {{contact.firstName}}, sorry about that! Could you update the Northwind app to the latest version, log out (Profile → Sign out) and sign back in? If it still happens, send me a screenshot and your phone model and I will take it from there. {{agent.name}}',
  },
  {
    title: 'UGC permission', shortcut: 'ugc', team: 'marketing',
    body: 'This is brilliant, {{contact.firstName}}! 😍 Would you be happy for us to share your photo on our channels, credited to {{contact.handle}}? Just reply YES and we will send a little thank-you to your inbox. {{agent.name}}',
  },
  {
    title: 'Sales: qualifying questions', shortcut: 'quote', team: 'sales',
    body: 'Hi {{contact.firstName}}, thanks for thinking of us! To put a quote together, could you tell me: how many people, which products and sizes, the delivery country and date, and whether you need your logo embroidered? {{agent.name}}, Northwind Teams',
  },
  {
    title: 'Overnight lead: holding reply', shortcut: 'night', team: 'sales',
    body: 'Thanks {{contact.firstName}}! Our sales team is in from 08:00 UK time; {{handoff.to}} will pick this up first thing and get back to you this morning. {{agent.name}}',
  },
  {
    title: 'Incident: holding statement', shortcut: 'incident', team: 'incident',
    body: 'Hi {{contact.firstName}}, thank you for telling us. We know about this and our team is working on it right now. We will update you here as soon as we know more. Sorry for the trouble. {{agent.name}}',
  },
  {
    title: 'Feature request: thanks', shortcut: 'idea', team: 'product',
    body: 'Thanks {{contact.firstName}}, that is a great suggestion. I have passed it to our product team with your words; I cannot promise a date, but requests like yours decide what we build next. {{agent.name}}',
  },
];

export const SAVED_VIEWS: { name: string; query: string }[] = [
  { name: 'SEV1 & SEV2 open', query: 'status=open&severity=1' },
  { name: 'Unassigned', query: 'status=open&assignee=none' },
  { name: 'Sales leads', query: 'status=open&tag=sales_lead' },
  { name: 'UGC to review', query: 'tag=ugc' },
];
