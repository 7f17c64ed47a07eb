// The settings overview: every section with what is in it now, so a manager
// sees at a glance where to go.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { PageHeader } from '@/components/settings/page-header';

export const metadata: Metadata = { title: 'Settings · Switchboard' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function SettingsPage() {
  const caller = await requireCaller('/settings');
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const [channels, teams, people, shifts, rules, policies, tags, tagRules] = await Promise.all([
    db.channel.count(),
    db.team.count(),
    db.membership.count({ where: { active: true } }),
    db.shift.count(),
    db.routingRule.count({ where: { enabled: true } }),
    db.slaPolicy.count({ where: { enabled: true } }),
    db.tag.count(),
    db.tagRule.count({ where: { enabled: true } }),
  ]);
  const sections = [
    { href: '/settings/channels', title: 'Channels', what: 'Where customer messages come from: webhooks, health, credentials.', now: plural(channels, 'channel') },
    { href: '/settings/teams', title: 'Teams & people', what: 'Team members and managers, assignment mode, capacity, languages, skills, automatic replies.', now: `${plural(teams, 'team')} · ${plural(people, 'active person', 'active people')}` },
    { href: '/settings/shifts', title: 'Shifts', what: 'Who works when in their own time zone, and who is on call for SEV1.', now: plural(shifts, 'shift') },
    { href: '/settings/routing', title: 'Routing rules', what: 'Which team and person get a conversation, by tag, channel, language and severity.', now: plural(rules, 'active rule') },
    { href: '/settings/sla', title: 'SLA policies', what: 'First response, next response and resolution targets per severity and channel.', now: plural(policies, 'active policy', 'active policies') },
    { href: '/settings/tags', title: 'Tags & playbook', what: 'The taxonomy with meaning, owner team and next steps, and the rules that tag messages.', now: `${plural(tags, 'tag')} · ${plural(tagRules, 'active rule')}` },
  ];
  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title="Settings" description="How conversations reach the right person. Every change is recorded in the audit log and takes effect at once." />
      <ul className="grid grid-cols-2 gap-3 xl:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="flex h-full flex-col gap-1.5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500 hover:bg-brand-50">
              <span className="text-sm font-semibold text-slate-900">{s.title}</span>
              <span className="text-sm text-slate-600">{s.what}</span>
              <span className="mt-auto pt-1 text-xs font-medium text-slate-500">{s.now}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
