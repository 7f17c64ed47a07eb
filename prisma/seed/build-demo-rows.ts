// The whole demo workspace as rows, built in memory (no database): staff,
// teams, playbook, channels, policies, contacts and every conversation. The
// seed then writes them with a handful of createMany calls.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { ALL_THREADS } from './all-threads';
import { buildContacts } from './build-contacts';
import { buildConversation, type ConversationRows } from './build-conversation';
import { uuidv7 } from './create-ids';
import { DEMO_CHANNELS, generateChannelSecrets } from './demo-channels';
import { emailOf, PEOPLE } from './demo-people';
import { TAG_RULES, TAGS, TEAMS, WORKSPACE } from './demo-playbook';
import { BUSINESS_HOURS, ROUTING_RULES, SAVED_REPLIES, SAVED_VIEWS, SLA_POLICIES } from './demo-policies';
import { buildWorkspaceNotifications } from './build-workspace-notifications';
import { DemoRouter } from './route-demo-conversation';
import type { PersonKey, TagKey, TeamKey } from './thread-script';

type ListKey = Exclude<keyof ConversationRows, 'conversation'>;
type Rows<K extends ListKey> = ConversationRows[K];

export type DemoRows = {
  workspace: Prisma.WorkspaceCreateManyInput;
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  teamMembers: Prisma.TeamMemberCreateManyInput[];
  shifts: Prisma.ShiftCreateManyInput[];
  tags: Prisma.TagCreateManyInput[];
  tagRules: Prisma.TagRuleCreateManyInput[];
  channels: Prisma.ChannelCreateManyInput[];
  slaPolicies: Prisma.SlaPolicyCreateManyInput[];
  routingRules: Prisma.RoutingRuleCreateManyInput[];
  savedReplies: Prisma.SavedReplyCreateManyInput[];
  savedViews: Prisma.SavedViewCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  identities: Prisma.ContactIdentityCreateManyInput[];
  crises: Prisma.CrisisCreateManyInput[];
  conversations: Prisma.ConversationCreateManyInput[];
  messages: Rows<'messages'>;
  tagApplications: Rows<'tagApplications'>;
  trainingExamples: Rows<'trainingExamples'>;
  events: Rows<'events'>;
  assignments: Rows<'assignments'>;
  handoffs: Rows<'handoffs'>;
  notifications: Rows<'notifications'>;
  auditEvents: Prisma.AuditEventCreateManyInput[];
  adminMembershipId: string;
};

export function buildDemoRows(opts: { now: Date; passwordHash: string; encrypt: (secrets: Record<string, string>) => string }): DemoRows {
  const { now } = opts;
  // Config rows are stamped a month back, as if the workspace had been set up then.
  const setupAt = new Date(now.getTime() - 30 * 86_400_000);
  const id = () => uuidv7(setupAt.getTime());
  const workspaceId = id();
  const at = { workspaceId, createdAt: setupAt };

  const memberIds = new Map<PersonKey, string>(PEOPLE.map((p) => [p.key, id()]));
  const teamIds = new Map<TeamKey, string>(TEAMS.map((t) => [t.key, id()]));
  const tagIds = new Map<TagKey, string>(TAGS.map((t) => [t.key, id()]));
  const channelIds = new Map<Provider, string>(DEMO_CHANNELS.map((c) => [c.provider, id()]));

  const users = PEOPLE.map((p) => ({ id: id(), email: emailOf(p), name: p.name, passwordHash: opts.passwordHash, createdAt: setupAt }));
  const memberships = PEOPLE.map((p, i) => ({
    ...at, id: memberIds.get(p.key)!, userId: users[i].id, role: p.role, title: p.title, isSenior: Boolean(p.isSenior),
    languages: p.languages, skills: p.skills, capacity: p.capacity,
  }));
  const teams = TEAMS.map((t) => ({ ...at, id: teamIds.get(t.key)!, key: t.key, name: t.name, description: t.description, assignmentMode: t.assignmentMode, managerId: memberIds.get(t.manager)! }));
  const shifts = PEOPLE.flatMap((p) => p.shifts.map((s) => ({
    ...at, id: id(), membershipId: memberIds.get(p.key)!, teamId: teamIds.get(s.team ?? p.teams[0].key)!, name: s.name, timezone: s.timezone, weeklyHours: s.weeklyHours, onCall: Boolean(s.onCall),
  })));
  const tags = TAGS.map((t) => ({ ...at, id: tagIds.get(t.key)!, key: t.key, name: t.name, description: t.description, nextSteps: t.nextSteps, color: t.color, ownerTeamId: teamIds.get(t.ownerTeam)!, isDefault: t.isDefault }));
  const tagRules = TAG_RULES.map((r) => ({ ...at, id: id(), tagId: tagIds.get(r.tag)!, name: r.name, keywords: r.keywords, provider: r.provider ?? null, minFollowers: r.minFollowers ?? null, confidence: r.confidence }));
  const slaPolicies = SLA_POLICIES.map((p) => ({ ...at, id: id(), ...p, businessHours: p.businessHoursOnly ? BUSINESS_HOURS : {} }));
  const routingRules = ROUTING_RULES.map((r, i) => ({ ...at, id: id(), name: r.name, position: (i + 1) * 10, conditions: r.conditions as Prisma.InputJsonValue, action: r.action as Prisma.InputJsonValue, updatedAt: setupAt }));
  const savedReplies = SAVED_REPLIES.map((r) => ({ ...at, id: id(), title: r.title, body: r.body, shortcut: r.shortcut, teamId: r.team ? teamIds.get(r.team)! : null }));
  const savedViews = [
    ...SAVED_VIEWS.map((v) => ({ ...at, id: id(), name: v.name, query: v.query, shared: true })),
    { ...at, id: id(), ownerId: memberIds.get('dana')!, name: 'My sales leads', query: 'status=open&assignee=me&tag=sales_lead', shared: false },
  ];

  // Conversations, oldest first so round robin builds up a history.
  const crisis = { id: uuidv7(now.getTime() - 3_600_000), title: 'Checkout failing: "Payment could not be processed"' };
  const contacts = buildContacts(ALL_THREADS, workspaceId, channelIds, now);
  const router = new DemoRouter();
  const ctx = { workspaceId, now, timezone: WORKSPACE.timezone, channelIds, teamIds, memberIds, tagIds, router, crisis };
  const built = ALL_THREADS.map((s, i) => buildConversation(s, contacts.byScript[i], ctx));
  const all = <K extends ListKey>(k: K) => built.flatMap((b) => b[k] as unknown[]) as Rows<K>;
  const conversations = built.map((b) => b.conversation);
  const messages = all('messages');

  const crisisConvs = conversations.filter((c) => c.crisisId);
  const crisisInbound = messages.filter((m) => m.direction === 'in' && crisisConvs.some((c) => c.id === m.conversationId));
  const crises = [{
    workspaceId, id: crisis.id, title: crisis.title, signature: 'checkout|payment could not be processed|psp-502', status: 'active',
    messageCount: crisisInbound.length,
    startedAt: new Date(Math.min(...crisisInbound.map((m) => (m.sentAt as Date).getTime()))),
    lastSeenAt: new Date(Math.max(...crisisInbound.map((m) => (m.sentAt as Date).getTime()))),
  }];

  const assignments = all('assignments');
  // Round robin continues from where the demo left it.
  const teamMembers = PEOPLE.flatMap((p) => p.teams.map((t) => {
    const last = assignments.filter((a) => a.toId === memberIds.get(p.key) && a.teamId === teamIds.get(t.key)).map((a) => (a.createdAt as Date).getTime());
    return { teamId: teamIds.get(t.key)!, membershipId: memberIds.get(p.key)!, capacity: t.capacity ?? null, isLead: Boolean(t.lead), lastAssignedAt: last.length ? new Date(Math.max(...last)) : null };
  }));
  // Channel health: when each last heard from a customer.
  const channels = DEMO_CHANNELS.map((c) => {
    const last = conversations.filter((cv) => cv.channelId === channelIds.get(c.provider) && cv.lastInboundAt).map((cv) => (cv.lastInboundAt as Date).getTime());
    return {
      ...at, id: channelIds.get(c.provider)!, provider: c.provider, name: c.name, externalId: c.externalId, settings: c.settings as Prisma.InputJsonValue,
      credentials: opts.encrypt(generateChannelSecrets(c.provider)), lastEventAt: last.length ? new Date(Math.max(...last)) : null, updatedAt: setupAt,
    };
  });
  const handoffs = all('handoffs');
  const notifications = [...all('notifications'), ...buildWorkspaceNotifications({ workspaceId, now, memberIds, crises, crisisConvs, handoffs, contacts: contacts.contacts, conversations })];

  return {
    workspace: {
      id: workspaceId, name: WORKSPACE.name, slug: WORKSPACE.slug, timezone: WORKSPACE.timezone, createdAt: setupAt, updatedAt: now,
      settings: { brandDomain: WORKSPACE.domain, businessHours: BUSINESS_HOURS } as Prisma.InputJsonValue,
    },
    users, memberships, teams, teamMembers, shifts, tags, tagRules, channels, slaPolicies, routingRules, savedReplies, savedViews,
    contacts: contacts.contacts, identities: contacts.identities, crises, conversations, messages,
    tagApplications: all('tagApplications'), trainingExamples: all('trainingExamples'), events: all('events'), assignments, handoffs, notifications,
    auditEvents: [{
      workspaceId, id: uuidv7(now.getTime()), actorType: 'system', action: 'demo.seeded', targetType: 'workspace', targetId: workspaceId,
      data: { conversations: conversations.length, messages: messages.length, channels: channels.length }, createdAt: now,
    }],
    adminMembershipId: memberIds.get('priya')!,
  };
}
