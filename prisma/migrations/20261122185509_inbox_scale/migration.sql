-- Inbox at scale (tests/bench/inbox-scale.ts): what the inbox lists and the
-- views-panel counts need on a workspace with 400,000 conversations.
--
-- TagApplication.conversationStatus: a copy of the conversation's status, kept
-- by the triggers below. A tag view ("open, tagged incident") and its count
-- then read only the applications of open conversations, index-only, instead
-- of probing TagApplication for every open conversation, or Conversation for
-- every application of the tag (most of them on long-resolved conversations).

-- AlterTable
ALTER TABLE "TagApplication" ADD COLUMN     "conversationStatus" "ConversationStatus" NOT NULL DEFAULT 'open';

-- Backfill before the index and the triggers exist.
UPDATE "TagApplication" t SET "conversationStatus" = c.status
FROM "Conversation" c
WHERE c.id = t."conversationId" AND t."conversationStatus" <> c.status;

-- A new (or moved) application copies its conversation's status. The
-- conversation row is locked first (FOR NO KEY UPDATE: it does not conflict
-- with the foreign-key check's KEY SHARE) so that a concurrent status change
-- either commits before we read or waits for us and then updates our row too.
-- (The app's tagging paths lock the conversation FOR UPDATE anyway.)
CREATE OR REPLACE FUNCTION switchboard_tag_application_status_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  SELECT status INTO NEW."conversationStatus" FROM "Conversation" WHERE id = NEW."conversationId" FOR NO KEY UPDATE;
  IF NEW."conversationStatus" IS NULL THEN
    NEW."conversationStatus" := 'open';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "TagApplication_conversation_status"
BEFORE INSERT OR UPDATE OF "conversationId" ON "TagApplication"
FOR EACH ROW EXECUTE FUNCTION switchboard_tag_application_status_trigger();

-- A status change is copied to the conversation's applications (removed ones
-- too, so the copy is simply always right).
CREATE OR REPLACE FUNCTION switchboard_conversation_status_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "TagApplication" SET "conversationStatus" = NEW.status
  WHERE "conversationId" = NEW.id AND "conversationStatus" <> NEW.status;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Conversation_tag_status"
AFTER UPDATE OF status ON "Conversation"
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION switchboard_conversation_status_trigger();

-- The API without a status filter (every status), by priority and by last message.
-- CreateIndex
CREATE INDEX "Conversation_workspaceId_priority_id_idx" ON "Conversation"("workspaceId", "priority" DESC, "id");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_lastMessageAt_id_idx" ON "Conversation"("workspaceId", "lastMessageAt" DESC, "id");

-- Tag views and their counts.
-- CreateIndex
CREATE INDEX "TagApplication_workspaceId_tagId_conversationStatus_removed_idx" ON "TagApplication"("workspaceId", "tagId", "conversationStatus", "removedAt", "conversationId");
