// Edit a tag's playbook entry and manage the rules that apply it (managers).
// Another workspace's id is a 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { listTagRules } from '@/lib/settings/list-tag-rules';
import { tagInclude, tagView } from '@/lib/settings/tag-view';
import { describeTagRule } from '@/lib/settings/describe-tag-rule';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { PageHeader, SavedNotice } from '@/components/settings/page-header';
import { TagForm } from '@/components/settings/tag-form';

export const metadata: Metadata = { title: 'Tag · Settings · Switchboard' };

export default async function TagPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const caller = await requireCaller(`/settings/tags/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const row = id.length <= 64 ? await db.tag.findUnique({ where: { id }, include: tagInclude }) : null;
  if (!row) notFound();
  const tag = tagView(row);
  const [o, rules] = await Promise.all([loadSettingOptions(db), listTagRules({ db }, { tag: tag.key })]);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader
        title={tag.name}
        back={{ href: '/settings/tags', label: 'Tags & playbook' }}
        action={
          <Link href={`/playbook#tag-${tag.key}`} className={buttonClass('secondary', 'md')}>
            See on playbook
          </Link>
        }
      />
      {saved && <SavedNotice>Saved. The playbook shows it to everyone now.</SavedNotice>}
      <section aria-labelledby="rules-title" className="flex flex-col gap-2">
        <div className="flex items-center justify-between">
          <h2 id="rules-title" className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
            Rules that apply “{tag.name}”
          </h2>
          <Link href={`/settings/tags/${tag.id}/rules/new`} className={buttonClass('secondary', 'sm')}>
            Add rule
          </Link>
        </div>
        {rules.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">No rules: only the classifier and agents apply this tag.</p>}
        <ul className="flex flex-col gap-2">
          {rules.map((r) => {
            const d = describeTagRule(r);
            return (
              <li key={r.id} data-rule-id={r.id} className={cx('flex items-start gap-3 rounded-lg border bg-white p-3 shadow-sm', r.enabled ? 'border-slate-200' : 'border-dashed border-slate-300 opacity-75')}>
                <div className="min-w-0 flex-1 text-sm">
                  <p className="font-medium text-slate-900">
                    {r.name}
                    {!r.enabled && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600">Off</span>}
                  </p>
                  <p className="mt-0.5 break-words text-slate-700">
                    Matches {d.matches}
                    {d.conditions.length ? ` · ${d.conditions.join(' · ')}` : ''} · {Math.round(r.confidence * 100)}% confident
                  </p>
                </div>
                <Link href={`/settings/tags/${tag.id}/rules/${r.id}`} className={buttonClass('secondary', 'sm')} aria-label={`Edit rule ${r.name}`}>
                  Edit
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <TagForm tag={{ id: tag.id, key: tag.key, name: tag.name, description: tag.description, nextSteps: tag.nextSteps, color: tag.color, ownerTeam: tag.ownerTeam?.key ?? null }} teams={o.teamsByKey} />
    </section>
  );
}
