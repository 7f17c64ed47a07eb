// The plus-address token that threads a reply back to its conversation when a
// mail client drops In-Reply-To/References: we send with
// Reply-To: <local>+c_<conversationId>@<domain>, and any address of that form
// among the recipients of an inbound email names the conversation. Pure.
const TOKEN = /^[^@\s+]+\+c_([0-9a-z-]{8,64})@/i;

export function conversationAddress(channelAddress: string, conversationId: string): string {
  const at = channelAddress.lastIndexOf('@');
  const local = channelAddress.slice(0, at).split('+')[0];
  return `${local}+c_${conversationId}@${channelAddress.slice(at + 1)}`;
}

export function conversationIdFrom(addresses: string[]): string | undefined {
  for (const a of addresses) {
    const m = TOKEN.exec(a.trim());
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}
