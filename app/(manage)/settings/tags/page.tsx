// The tag taxonomy (managers): each tag with its owner team and how many
// rules apply it; the same entries everyone reads on the playbook.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { listTags } from '@/lib/settings/list-tags';
import { buttonClass } from '@/components/ui/button-styles';
import { safeColor } from '@/components/inbox/tag-chip';
import { PageHeader } from '@/components/settings/page-header';

export const metadata: Metadata = { title: 'Tags & playbook · Settings · Switchboard' };

export default async function TagsPage() {
  const caller = await requireCaller('/settings/tags');
  if (!hasRole(caller.role, 'manager')) notFound();
  const tags = await listTags({ db: scopedDb(caller.workspaceId) });
  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader
        title="Tags & playbook"
        description="The taxonomy triage tags conversations with. Each tag’s description, owner team and next steps make up the playbook every agent can read; its rules tag messages before the classifier does."
        action={
          <span className="flex gap-2">
            <Link href="/playbook" className={buttonClass('secondary', 'md')}>
              Open playbook
            </Link>
            <Link href="/settings/tags/new" className={buttonClass('primary', 'md')}>
              Add tag
            </Link>
          </span>
        }
      />
      <ul className="flex flex-col gap-2">
        {tags.map((t) => (
          <li key={t.id} data-tag-id={t.id} className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <span aria-hidden="true" className="mt-1 h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: safeColor(t.color) }} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-sm font-semibold text-slate-900">{t.name}</h2>
                <code className="rounded bg-slate-100 px-1 text-[11px] text-slate-600">{t.key}</code>
                {t.isDefault && <span className="text-[11px] font-medium text-slate-500">default</span>}
              </div>
              <p className="mt-1 line-clamp-2 text-sm text-slate-600">{t.description || <span className="text-amber-800">No description yet: agents will not know when to use it.</span>}</p>
              <p className="mt-1 text-xs text-slate-500">
                Owner: {t.ownerTeam?.name ?? 'none'} · {t.ruleCount} {t.ruleCount === 1 ? 'rule' : 'rules'}
                {!t.nextSteps && ' · no next steps'}
              </p>
            </div>
            <Link href={`/settings/tags/${t.id}`} className={buttonClass('secondary', 'sm')} aria-label={`Edit ${t.name}`}>
              Edit
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
