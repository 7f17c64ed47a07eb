// The contact section of a conversation's side panel: who they are (VIP,
// verified, plan, reach, language), every identity we know them by, the
// channel they prefer (or use most), shared notes, and "Merge with…" for when
// one person became two contacts.
import type { ConversationDetail } from '@/lib/conversations/get-conversation';
import type { ContactHistory } from '@/lib/contacts/get-contact-history';
import { channelLabel } from '@/components/inbox/channel-badge';
import { VipMark } from '@/components/inbox/vip-mark';
import { formatCount } from '@/lib/ui/format';
import { ContactNotes } from './contact-notes';
import { MergeContact } from './merge-contact';
import { VipToggle } from './vip-toggle';

type Props = { contact: ConversationDetail['contact']; history: ContactHistory };

export function ContactPanel({ contact, history }: Props) {
  const mostUsed = history.channels[0];
  return (
    <div data-contact-id={contact.id}>
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <span className="truncate text-sm font-semibold text-slate-900">{contact.name}</span>
          {contact.isVip && <VipMark />}
          {contact.verified && <span className="text-xs text-sky-700" title="Verified account">✓ verified</span>}
        </div>
        <VipToggle contactId={contact.id} isVip={contact.isVip} />
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        {contact.plan && <Field label="Plan">{contact.plan}</Field>}
        {contact.followerCount != null && <Field label="Followers">{formatCount(contact.followerCount)}</Field>}
        {contact.language && <Field label="Language">{contact.language}</Field>}
        <Field label="Prefers">
          {contact.preferredChannel ? (
            channelLabel(contact.preferredChannel)
          ) : mostUsed && history.channels.length > 1 ? (
            <span title="No preference recorded: the channel they write on most">
              {channelLabel(mostUsed.provider)} <span className="text-slate-500">(most used)</span>
            </span>
          ) : mostUsed ? (
            <span title="No preference recorded: the only channel they have used">
              {channelLabel(mostUsed.provider)} <span className="text-slate-500">(only channel)</span>
            </span>
          ) : (
            <span className="text-slate-500 italic">Not known</span>
          )}
        </Field>
      </dl>
      {contact.identities.length > 0 && (
        <ul aria-label="Identities" className="mt-3 flex flex-col gap-1">
          {contact.identities.map((i) => (
            <li key={`${i.provider}:${i.externalId}`} className="flex items-baseline gap-2 text-xs">
              <span className="w-16 shrink-0 font-medium text-slate-500">{channelLabel(i.provider)}</span>
              <span className="min-w-0 truncate text-slate-800" title={i.externalId}>
                {i.handle ?? i.email ?? i.phone ?? i.externalId}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ContactNotes key={contact.notes} contactId={contact.id} notes={contact.notes} />
      <div className="mt-2 flex justify-end">
        <MergeContact contactId={contact.id} contactName={contact.name} />
      </div>
    </div>
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
