// The playbook: what each tag means, who owns it (and whether they are at
// work now), what to do next, where routing sends it, which rules apply it,
// and recent conversations with it. Every signed-in role can read it;
// managers also get an Edit link to the tag settings.
import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadPlaybook } from '@/lib/playbook/load-playbook';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { safeColor } from '@/components/inbox/tag-chip';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { StatusPill } from '@/components/inbox/status-pill';
import { Age } from '@/components/inbox/age';

export const metadata: Metadata = { title: 'Playbook · Switchboard' };

export default async function PlaybookPage() {
  const caller = await requireCaller('/playbook');
  const workspace = await currentWorkspace(caller.workspaceId);
  const tz = workspace?.timezone ?? 'UTC';
  const now = new Date();
  const entries = await loadPlaybook(scopedDb(caller.workspaceId), now, tz);
  const manager = hasRole(caller.role, 'manager');

  return (
    <div className="min-h-0 flex-1 overflow-y-auto bg-slate-50">
      <div className="mx-auto flex max-w-7xl gap-8 px-6 py-6">
        <nav aria-label="Tags" className="sticky top-0 hidden w-48 shrink-0 self-start pt-1 lg:block">
          <h2 className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Tags</h2>
          <ul className="flex flex-col gap-px">
            {entries.map((e) => (
              <li key={e.key}>
                <a href={`#tag-${e.key}`} className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                  <span aria-hidden="true" className="h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: safeColor(e.color) }} />
                  {e.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <section className="flex min-w-0 flex-1 flex-col gap-5" aria-labelledby="playbook-title">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h1 id="playbook-title" className="text-xl font-bold tracking-tight text-slate-900">
                Playbook
              </h1>
              <p className="mt-1 max-w-3xl text-sm text-slate-600">
                What each tag means and what to do with it, day or night. If the owner team is off shift, answer what you can and{' '}
                <Link href="/handoffs" className="text-brand-700 hover:underline">
                  hand the conversation off
                </Link>{' '}
                with a note; the next person on shift sees it when they start. Times are {workspace?.timezone ?? 'UTC'}.
              </p>
            </div>
            {manager && (
              <Link href="/settings/tags" className={buttonClass('secondary', 'md')}>
                Edit taxonomy
              </Link>
            )}
          </div>
          {entries.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">No tags yet.</p>}
          {entries.map((e) => (
            <article key={e.key} id={`tag-${e.key}`} data-tag={e.key} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm" aria-labelledby={`tag-${e.key}-title`}>
              <header className="border-b border-slate-100 px-5 py-3" style={{ borderLeft: `4px solid ${safeColor(e.color)}` }}>
                <div className="flex items-center gap-3">
                  <h2 id={`tag-${e.key}-title`} className="text-base font-semibold text-slate-900">
                    {e.name}
                  </h2>
                  <code className="rounded bg-slate-100 px-1 text-[11px] text-slate-600">{e.key}</code>
                  {manager && (
                    <Link href={`/settings/tags/${e.id}`} className={buttonClass('ghost', 'sm', 'ml-auto')} aria-label={`Edit ${e.name}`}>
                      Edit
                    </Link>
                  )}
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  {e.owner ? (
                    <span>
                      Owner: <span className="font-medium">{e.owner.name}</span>
                      {e.owner.manager ? ` · manager ${e.owner.manager}` : ''}
                    </span>
                  ) : (
                    <span className="text-slate-500">No owner team</span>
                  )}
                  {e.owner && (
                    <span className={cx('flex items-center gap-1.5 text-xs', e.owner.availability.on ? 'text-emerald-800' : 'text-amber-800')} data-testid="owner-availability">
                      <span aria-hidden="true" className={cx('h-2 w-2 rounded-full', e.owner.availability.on ? 'bg-emerald-500' : 'bg-amber-400')} />
                      {e.owner.availability.label}
                    </span>
                  )}
                </p>
              </header>
              <div className="grid grid-cols-1 gap-x-8 gap-y-4 px-5 py-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <div className="flex flex-col gap-4">
                  <div>
                    <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">What it means</h3>
                    <p className="mt-1 text-sm leading-6 text-slate-800">{e.description || <span className="text-slate-500">Not described yet.</span>}</p>
                  </div>
                  <div>
                    <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Next steps</h3>
                    {e.steps.length ? (
                      <ol className="mt-1 flex list-decimal flex-col gap-1 pl-5 text-sm leading-6 text-slate-800 marker:font-semibold marker:text-slate-500">
                        {e.steps.map((s, i) => (
                          <li key={i}>{s}</li>
                        ))}
                      </ol>
                    ) : (
                      <p className="mt-1 text-sm text-slate-500">None written yet{e.owner ? `: ask ${e.owner.manager ?? `the ${e.owner.name} team`}` : ''}.</p>
                    )}
                  </div>
                </div>
                <div className="flex flex-col gap-4 text-sm">
                  <div>
                    <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Where it goes</h3>
                    <ul className="mt-1 flex flex-col gap-0.5 text-slate-800">
                      {e.routing.length ? e.routing.map((r, i) => <li key={i}>{r}</li>) : <li className="text-slate-500">No routing rule: it stays unassigned until someone picks it up.</li>}
                    </ul>
                  </div>
                  <div>
                    <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Who tags it</h3>
                    <ul className="mt-1 flex flex-col gap-1 text-slate-800">
                      <li className="text-slate-600">The classifier (in any language) and agents{e.tagRules.length ? ', and these rules:' : '.'}</li>
                      {e.tagRules.map((r, i) => (
                        <li key={i}>
                          <span className="font-medium">{r.name}</span>: {r.matches}
                          {r.conditions.length ? ` (${r.conditions.join(', ')})` : ''}
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Recent conversations</h3>
                    {e.recent.length ? (
                      <ul className="mt-1 flex flex-col divide-y divide-slate-100">
                        {e.recent.map((c) => (
                          <li key={c.id}>
                            <Link href={`/inbox/${c.id}`} className="flex items-center gap-2 py-1.5 hover:bg-slate-50">
                              <SeverityBadge severity={c.severity} />
                              <span className="min-w-0 flex-1 truncate">
                                <span className="font-medium text-slate-900">{c.contactName}</span> <span className="text-slate-600">{c.subject || c.preview}</span>
                              </span>
                              <StatusPill status={c.status} />
                              <span className="text-xs text-slate-500">
                                <Age at={c.lastMessageAt} timeZone={tz} now={now} />
                              </span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="mt-1 text-slate-500">None yet.</p>
                    )}
                  </div>
                </div>
              </div>
            </article>
          ))}
        </section>
      </div>
    </div>
  );
}
