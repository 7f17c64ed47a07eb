-- Presence (who is viewing or typing in a conversation) lives for seconds:
-- UNLOGGED skips the write-ahead log for these frequent heartbeats, and a
-- crash empties the table, which is right (tabs heartbeat again within 10 s).
-- Prisma's schema diff does not look at persistence, so this stays as written.
-- CreateTable
CREATE UNLOGGED TABLE "PresenceBeat" (
    "workspaceId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PresenceBeat_pkey" PRIMARY KEY ("workspaceId","membershipId","tabId")
);

-- CreateIndex
CREATE INDEX "PresenceBeat_workspaceId_expiresAt_idx" ON "PresenceBeat"("workspaceId", "expiresAt");
