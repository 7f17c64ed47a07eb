// next-auth (v4) configuration: email + password sign-in, JWT sessions that
// carry the user, workspace and role. Everything auth lives in lib/auth/ so
// that a later move to Auth.js v5 / Better Auth touches one folder.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string };
    workspaceId: string;
    membershipId: string;
    role: Role;
  }
  interface User {
    id: string;
    workspaceId: string;
    membershipId: string;
    role: Role;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: string;
    workspaceId: string;
    membershipId: string;
    role: Role;
  }
}

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

// A real hash of nothing in particular, so that an unknown email costs as much
// time as a wrong password (no user enumeration by timing).
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export async function authorizeCredentials(raw: unknown) {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    include: { memberships: { where: { active: true }, orderBy: { createdAt: 'asc' }, take: 1 } },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
  const membership = user?.memberships[0];
  if (!user || !ok || !membership) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    workspaceId: membership.workspaceId,
    membershipId: membership.id,
    role: membership.role,
  };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.workspaceId = user.workspaceId;
        token.membershipId = user.membershipId;
        token.role = user.role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid, name: token.name ?? '', email: token.email ?? '' };
      session.workspaceId = token.workspaceId;
      session.membershipId = token.membershipId;
      session.role = token.role;
      return session;
    },
  },
};
