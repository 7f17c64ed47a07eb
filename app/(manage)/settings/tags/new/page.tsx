// Add a tag to the taxonomy (managers).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { PageHeader } from '@/components/settings/page-header';
import { TagForm } from '@/components/settings/tag-form';

export const metadata: Metadata = { title: 'Add a tag · Settings · Switchboard' };

export default async function NewTagPage() {
  const caller = await requireCaller('/settings/tags/new');
  if (!hasRole(caller.role, 'manager')) notFound();
  const o = await loadSettingOptions(scopedDb(caller.workspaceId));
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title="Add a tag" back={{ href: '/settings/tags', label: 'Tags & playbook' }} />
      <TagForm teams={o.teamsByKey} />
    </section>
  );
}
