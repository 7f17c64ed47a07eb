// Shown to the whole team at the top of the inbox views: channels that are
// failing or have gone quiet (lib/channels/list-channel-health.ts), so that a
// broken integration is noticed by whoever is on shift, not only by admins.
import Link from 'next/link';
import type { ScopedDb } from '@/lib/tenancy';
import { hasRole } from '@/lib/auth/roles';
import { currentCaller } from '@/lib/ui/current-caller';
import { listChannelProblems } from '@/lib/channels/list-channel-health';
import { cx } from '@/components/ui/cx';

export async function ChannelHealthNotice({ db }: { db: ScopedDb }) {
  const [problems, caller] = await Promise.all([listChannelProblems(db), currentCaller()]);
  if (!problems.length) return null;
  const failing = problems.some((p) => p.health.state === 'failing');
  return (
    <div
      role="status"
      data-testid="channel-health-notice"
      className={cx('rounded-md border p-2.5 text-xs', failing ? 'border-red-200 bg-red-50 text-red-950' : 'border-amber-300 bg-amber-50 text-amber-950')}
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {problems.length === 1 ? '1 channel needs attention' : `${problems.length} channels need attention`}
      </p>
      <ul className="mt-1 flex flex-col gap-1">
        {problems.map((p) => (
          <li key={p.id} title={p.health.reason}>
            <span className="font-medium">{p.name}</span>: <span className="break-words">{p.health.reason}</span>
          </li>
        ))}
      </ul>
      {caller && hasRole(caller.role, 'manager') && (
        <Link href="/settings/channels" className="mt-1.5 inline-block font-semibold underline underline-offset-2">
          Check channels
        </Link>
      )}
    </div>
  );
}
