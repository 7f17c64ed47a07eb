// Edit or delete a tag rule (managers). A rule of another tag or workspace is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { PageHeader } from '@/components/settings/page-header';
import { TagRuleForm } from '@/components/settings/tag-rule-form';
import { DeleteTagRule } from '@/components/settings/delete-actions';

export const metadata: Metadata = { title: 'Edit tag rule · Settings · Switchboard' };

export default async function EditTagRulePage({ params }: { params: Promise<{ id: string; ruleId: string }> }) {
  const { id, ruleId } = await params;
  const caller = await requireCaller(`/settings/tags/${encodeURIComponent(id)}/rules/${encodeURIComponent(ruleId)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const rule = id.length <= 64 && ruleId.length <= 64 ? await scopedDb(caller.workspaceId).tagRule.findFirst({ where: { id: ruleId, tagId: id }, include: { tag: { select: { id: true, key: true, name: true } } } }) : null;
  if (!rule) notFound();
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={rule.name} back={{ href: `/settings/tags/${rule.tag.id}`, label: rule.tag.name }} action={<DeleteTagRule id={rule.id} name={rule.name} tagId={rule.tag.id} />} />
      <TagRuleForm tag={rule.tag} rule={rule} />
    </section>
  );
}
