'use client';
// The settings sections, on the left of every settings page. Sections other
// teams add (teams, shifts, rules, tags, SLAs) join this list.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

const SECTIONS = [
  { href: '/settings/channels', label: 'Channels', description: 'Where messages come from' },
  { href: '/settings/teams', label: 'Teams & people', description: 'Members, capacity, languages' },
  { href: '/settings/shifts', label: 'Shifts', description: 'Who works when, on call' },
  { href: '/settings/routing', label: 'Routing rules', description: 'Which team gets what' },
  { href: '/settings/sla', label: 'SLA policies', description: 'Response and resolution targets' },
  { href: '/settings/tags', label: 'Tags & playbook', description: 'Taxonomy, next steps, tag rules' },
];

export function SettingsNav() {
  const path = usePathname();
  return (
    <nav aria-label="Settings" className="flex flex-col gap-px px-3 py-4">
      <h2 className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
        <Link href="/settings" className="hover:text-slate-800" aria-current={path === '/settings' ? 'page' : undefined}>
          Settings
        </Link>
      </h2>
      {SECTIONS.map((s) => {
        const active = path === s.href || path.startsWith(`${s.href}/`);
        return (
          <Link
            key={s.href}
            href={s.href}
            aria-current={active ? 'page' : undefined}
            className={cx('flex flex-col rounded-md px-2 py-1.5', active ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100')}
          >
            <span className={cx('text-sm', active && 'font-semibold')}>{s.label}</span>
            <span className="text-xs text-slate-500">{s.description}</span>
          </Link>
        );
      })}
    </nav>
  );
}
