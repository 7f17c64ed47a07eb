// The side panel of a conversation: the contact (components/contact: VIP,
// identities, notes, merge), their previous conversations and tags over time,
// then triage (severity, priority and why, team, assignee, SLA), the
// tags with the reason each was applied, and the timeline of decisions.
import type { ConversationDetail } from '@/lib/conversations/get-conversation';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { StatusPill } from '@/components/inbox/status-pill';
import { TagChip } from '@/components/inbox/tag-chip';
import { ContactPanel } from '@/components/contact/contact-panel';
import { PreviousConversations, TagsOverTime } from '@/components/contact/contact-history';
import { getContactHistory } from '@/lib/contacts/get-contact-history';
import { scopedDb } from '@/lib/tenancy';
import { formatAge, formatDateTime, formatMessageTime, formatPercent } from '@/lib/ui/format';

type Props = { c: ConversationDetail; timeZone: string; now: Date };

export async function ConversationDetails({ c, timeZone, now }: Props) {
  const contact = c.contact;
  const history = await getContactHistory({ db: scopedDb(c.workspaceId) }, contact.id, c.id);
  const sla = [
    { label: 'First response due', at: c.firstResponseAt ? null : c.firstResponseDueAt },
    { label: 'Next response due', at: c.nextResponseDueAt },
    { label: 'Resolution due', at: c.status === 'resolved' ? null : c.resolutionDueAt },
  ].filter((s): s is { label: string; at: Date } => s.at instanceof Date);

  return (
    <aside aria-label="Details" className="flex min-h-0 flex-1 flex-col overflow-y-auto border-l border-slate-200 bg-white">
      <Section title="Contact">
        <ContactPanel contact={contact} history={history} />
      </Section>

      <Section title={`Previous conversations${history.total ? ` (${history.total})` : ''}`}>
        <PreviousConversations history={history} timeZone={timeZone} now={now} />
      </Section>

      <Section title="Tags over time">
        <TagsOverTime history={history} timeZone={timeZone} now={now} />
      </Section>

      <Section title="Triage">
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-xs">
          <Field label="Status">
            <StatusPill status={c.status} />
          </Field>
          <Field label="Severity">
            <SeverityBadge severity={c.severity} />
          </Field>
          <Field label="Team">{c.team?.name ?? <span className="text-slate-500 italic">No team</span>}</Field>
          <Field label="Assignee">{c.assignee?.name ?? <span className="text-slate-500 italic">Unassigned</span>}</Field>
          {sla.map((s) => (
            <Field key={s.label} label={s.label}>
              <span className={s.at < now ? 'font-semibold text-red-700' : undefined} title={formatDateTime(s.at, timeZone)}>
                {s.at < now ? `breached ${formatAge(s.at, now)} ago` : `in ${formatAge(now, s.at)}`}
              </span>
            </Field>
          ))}
          {c.crisis && <Field label="Crisis">{c.crisis.title}</Field>}
        </dl>
        {c.priorityReasons.length > 0 && (
          <div className="mt-3">
            <h4 className="text-xs font-medium text-slate-500">Why it ranks here</h4>
            <ul aria-label="Priority reasons" className="mt-1 list-disc pl-4 text-xs text-slate-700">
              {c.priorityReasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <Section title="Tags">
        {c.tags.length === 0 ? (
          <p className="text-xs text-slate-500 italic">Not tagged yet.</p>
        ) : (
          <ul aria-label="Tags" className="flex flex-col gap-2.5">
            {c.tags.map((t) => (
              <li key={t.key} data-tag={t.key}>
                <div className="flex items-center gap-2">
                  <TagChip tag={t} />
                  <span className="text-[11px] text-slate-500">
                    {t.source === 'agent' ? 'by an agent' : `${t.source} · ${formatPercent(t.confidence)}`}
                  </span>
                </div>
                {t.reason && <p className="mt-1 text-xs leading-snug text-slate-700">{t.reason}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {c.handoffs.length > 0 && (
        <Section title="Handoffs">
          <ul className="flex flex-col gap-2 text-xs text-slate-700">
            {c.handoffs.map((h) => (
              <li key={h.id}>
                {h.note || 'Handed off'}
                <span className="block text-[11px] text-slate-500">
                  {h.acceptedAt ? `accepted ${formatMessageTime(h.acceptedAt, timeZone, now)}` : h.cancelledAt ? 'cancelled' : 'waiting to be accepted'}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title="Timeline">
        {c.timeline.length === 0 ? (
          <p className="text-xs text-slate-500 italic">No events yet.</p>
        ) : (
          <ol aria-label="Timeline" className="relative flex flex-col gap-2.5 border-l border-slate-200 pl-3">
            {c.timeline.map((e) => (
              <li key={e.id} className="text-xs">
                <span aria-hidden="true" className="absolute -left-[3.5px] mt-1.5 h-1.5 w-1.5 rounded-full bg-slate-400" />
                <p className="text-slate-800">{e.summary}</p>
                <time className="text-[11px] text-slate-500" dateTime={e.createdAt.toISOString()} title={formatDateTime(e.createdAt, timeZone)}>
                  {formatMessageTime(e.createdAt, timeZone, now)}
                </time>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </aside>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-b border-slate-100 px-4 py-4 last:border-b-0">
      <h3 className="mb-2 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-800">{children}</dd>
    </>
  );
}
