'use client';
// The main navigation in the top bar. The current section comes from the URL
// (the inbox layout also hosts the playbook and handoffs pages).
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

export type NavItem = { href: string; label: string; match: string };

export function MainNav({ items }: { items: NavItem[] }) {
  const path = usePathname() ?? '';
  return (
    <nav aria-label="Main" className="ml-6 flex items-center gap-1">
      {items.map((n) => {
        const current = path === n.match || path.startsWith(`${n.match}/`);
        return (
          <Link
            key={n.href}
            href={n.href}
            aria-current={current ? 'page' : undefined}
            className={cx('rounded-md px-3 py-1.5 text-sm font-medium', current ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800 hover:text-white')}
          >
            {n.label}
          </Link>
        );
      })}
    </nav>
  );
}
