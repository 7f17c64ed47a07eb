// A visitor who gave no name is "Visitor 4821": stable per visitor id, and
// different enough between visitors for agents to tell them apart in a list.
import crypto from 'node:crypto';

export function visitorDisplayName(visitorId: string): string {
  const n = crypto.createHash('sha256').update(visitorId).digest().readUInt32BE(0) % 10_000;
  return `Visitor ${String(n).padStart(4, '0')}`;
}

export const isGeneratedVisitorName = (name: string) => /^Visitor \d{4}$/.test(name);
