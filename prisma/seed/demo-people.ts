// The demo staff of Northwind Outfitters: who they are, which teams they sit
// in, the languages they answer in and when they work. Spread over time zones
// so that shifts, round robin and the overnight handoff have something to do.
import type { PersonKey, TeamKey } from './thread-script';

// One easy password for every demo sign-in; printed by `npm run demo`.
export const DEMO_PASSWORD = 'switchboard-demo';
export const DEMO_EMAIL_DOMAIN = 'northwind.test';

type Day = { day: number; start: string; end: string };
export type DemoShift = { name: string; timezone: string; weeklyHours: Day[]; onCall?: boolean; team?: TeamKey };

export type DemoPerson = {
  key: PersonKey;
  name: string;
  role: 'admin' | 'manager' | 'agent';
  title: string;
  languages: string[];
  skills: string[];
  capacity: number;
  isSenior?: boolean;
  // Team keys; the first is the person's home team. `lead` marks team leads.
  teams: { key: TeamKey; capacity?: number; lead?: boolean }[];
  shifts: DemoShift[];
};

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]): Day[] => days.map((day) => ({ day, start, end }));

export const PEOPLE: DemoPerson[] = [
  {
    key: 'priya', name: 'Priya Shah', role: 'admin', title: 'Head of Customer Experience',
    languages: ['en', 'fr'], skills: ['escalations', 'pr', 'billing'], capacity: 5,
    teams: [{ key: 'incident' }],
    shifts: [{ name: 'Office hours', timezone: 'Europe/London', weeklyHours: weekdays('09:00', '17:30') }],
  },
  {
    key: 'marcus', name: 'Marcus Reed', role: 'manager', title: 'Support & Sales Manager',
    languages: ['en', 'de'], skills: ['escalations', 'enterprise', 'billing'], capacity: 6,
    teams: [{ key: 'support' }, { key: 'incident', capacity: 3 }],
    shifts: [{ name: 'Early', timezone: 'Europe/London', weeklyHours: weekdays('08:00', '16:30') }],
  },
  {
    key: 'dana', name: 'Dana Kim', role: 'agent', title: 'Account Executive',
    languages: ['en', 'ja'], skills: ['enterprise', 'wholesale', 'teams_portal'], capacity: 12,
    teams: [{ key: 'sales', lead: true }],
    shifts: [{ name: 'Sales mornings', timezone: 'Europe/London', weeklyHours: weekdays('08:00', '16:30'), team: 'sales' }],
  },
  {
    key: 'luis', name: 'Luis Ortega', role: 'agent', title: 'Sales & Support Specialist',
    languages: ['en', 'es', 'pt'], skills: ['wholesale', 'orders', 'returns'], capacity: 12,
    teams: [{ key: 'sales' }, { key: 'support', capacity: 8 }],
    shifts: [{ name: 'Americas', timezone: 'America/New_York', weeklyHours: weekdays('09:00', '17:30') }],
  },
  {
    key: 'meiling', name: 'Mei-Ling Chen', role: 'agent', title: 'Customer Care Specialist (APAC)',
    languages: ['zh', 'en'], skills: ['orders', 'app', 'returns'], capacity: 12,
    teams: [{ key: 'support' }, { key: 'incident', capacity: 3 }],
    shifts: [{ name: 'APAC', timezone: 'Asia/Taipei', weeklyHours: weekdays('09:00', '18:00') }],
  },
  {
    key: 'andrei', name: 'Andrei Popescu', role: 'agent', title: 'Technical Support Specialist',
    languages: ['ro', 'en', 'fr'], skills: ['app', 'payments', 'bugs'], capacity: 12,
    teams: [{ key: 'support', lead: true }, { key: 'product', capacity: 4 }],
    shifts: [{ name: 'EU early', timezone: 'Europe/Bucharest', weeklyHours: weekdays('09:00', '17:00') }],
  },
  {
    key: 'hannah', name: 'Hannah Weber', role: 'agent', title: 'Customer Care Specialist',
    languages: ['de', 'en'], skills: ['orders', 'returns', 'warranty'], capacity: 12,
    teams: [{ key: 'support' }, { key: 'marketing', capacity: 4 }],
    shifts: [{ name: 'EU + Saturday', timezone: 'Europe/Berlin', weeklyHours: [...weekdays('10:00', '18:30', [2, 3, 4, 5]), { day: 6, start: '10:00', end: '15:00' }] }],
  },
  {
    key: 'chloe', name: 'Chloé Laurent', role: 'agent', title: 'Community & Social Lead',
    languages: ['fr', 'en'], skills: ['social', 'ugc', 'influencers'], capacity: 12,
    teams: [{ key: 'marketing', lead: true }],
    shifts: [{ name: 'Social', timezone: 'Europe/Paris', weeklyHours: weekdays('09:30', '18:00') }],
  },
  {
    key: 'yuki', name: 'Yuki Tanaka', role: 'agent', title: 'Product Specialist',
    languages: ['ja', 'en'], skills: ['app', 'feedback', 'bugs'], capacity: 10,
    teams: [{ key: 'product', lead: true }],
    shifts: [{ name: 'Product', timezone: 'Asia/Tokyo', weeklyHours: weekdays('10:00', '19:00') }],
  },
  {
    key: 'tomas', name: 'Tomás Silva', role: 'agent', title: 'Senior Incident Lead', isSenior: true,
    languages: ['en', 'pt', 'es'], skills: ['incidents', 'security', 'pr', 'payments'], capacity: 15,
    teams: [{ key: 'incident', lead: true }, { key: 'support', capacity: 4 }],
    shifts: [
      { name: 'Office hours', timezone: 'Europe/Lisbon', weeklyHours: weekdays('08:00', '17:00') },
      // Takes SEV1 escalations day and night this week.
      { name: 'Incident on-call', timezone: 'Europe/Lisbon', weeklyHours: weekdays('00:00', '23:59', [0, 1, 2, 3, 4, 5, 6]), onCall: true, team: 'incident' },
    ],
  },
  {
    key: 'sam', name: 'Sam Okafor', role: 'agent', title: 'Overnight Customer Care', capacity: 20,
    languages: ['en', 'es'], skills: ['orders', 'triage', 'sales_intake'],
    teams: [{ key: 'support' }, { key: 'sales', capacity: 10 }],
    shifts: [{ name: 'Overnight', timezone: 'Europe/London', weeklyHours: weekdays('22:00', '06:00', [0, 4, 5, 6]) }],
  },
];

export const personByKey = new Map(PEOPLE.map((p) => [p.key, p]));

export const emailOf = (p: DemoPerson) => `${p.key}@${DEMO_EMAIL_DOMAIN}`;

export const DEMO_USERS: { email: string; password: string; role: 'admin' | 'manager' | 'agent'; name: string }[] = PEOPLE.map((p) => ({
  email: emailOf(p),
  password: DEMO_PASSWORD,
  role: p.role,
  name: p.name,
}));
