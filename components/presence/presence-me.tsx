'use client';
// Who "me" is for presence (the signed-in member's id), so list rows and the
// presence bar leave the viewer out of "who else is here" without every
// server component passing it down. Placed once, in the inbox layout.
import { createContext, useContext } from 'react';

const PresenceMe = createContext<string | null>(null);

export function PresenceMeProvider({ membershipId, children }: { membershipId: string | null; children: React.ReactNode }) {
  return <PresenceMe.Provider value={membershipId}>{children}</PresenceMe.Provider>;
}

export function usePresenceMe(): string | null {
  return useContext(PresenceMe);
}
