// Add a rule that applies a tag (managers).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { PageHeader } from '@/components/settings/page-header';
import { TagRuleForm } from '@/components/settings/tag-rule-form';

export const metadata: Metadata = { title: 'Add a tag rule · Settings · Switchboard' };

export default async function NewTagRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/tags/${encodeURIComponent(id)}/rules/new`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const tag = id.length <= 64 ? await scopedDb(caller.workspaceId).tag.findUnique({ where: { id }, select: { id: true, key: true, name: true } }) : null;
  if (!tag) notFound();
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={`Add a rule for “${tag.name}”`} back={{ href: `/settings/tags/${tag.id}`, label: tag.name }} />
      <TagRuleForm tag={tag} />
    </section>
  );
}
