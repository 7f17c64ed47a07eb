-- Tag views by priority (tests/bench/inbox-scale.ts: "list: tag" missed its
-- 50 ms goal on 1,000,000 conversations). "Open, tagged technical_issue, by
-- priority" had to read every open conversation of the workspace (32,000
-- index entries) and hash-join them with the tag's 3,600 applications just
-- to keep the first 26. With a copy of the conversation's priority on the
-- application, the first page is the first 26 entries of one index range.
--
-- TagApplication.conversationPriority: a copy of Conversation.priority, kept
-- by the triggers of the inbox_scale migration, extended here (like
-- conversationStatus, the app never writes it).

-- AlterTable
ALTER TABLE "TagApplication" ADD COLUMN     "conversationPriority" INTEGER NOT NULL DEFAULT 0;

-- Backfill before the index exists and before the triggers copy it.
UPDATE "TagApplication" t SET "conversationPriority" = c.priority
FROM "Conversation" c
WHERE c.id = t."conversationId" AND t."conversationPriority" <> c.priority;

-- A new (or moved) application copies its conversation's status and priority
-- (the row lock: see the inbox_scale migration).
CREATE OR REPLACE FUNCTION switchboard_tag_application_status_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  SELECT status, priority INTO NEW."conversationStatus", NEW."conversationPriority"
  FROM "Conversation" WHERE id = NEW."conversationId" FOR NO KEY UPDATE;
  IF NEW."conversationStatus" IS NULL THEN
    NEW."conversationStatus" := 'open';
  END IF;
  IF NEW."conversationPriority" IS NULL THEN
    NEW."conversationPriority" := 0;
  END IF;
  RETURN NEW;
END
$$;

-- A status or priority change is copied to the conversation's applications
-- (removed ones too, so the copy is simply always right). The periodic
-- priority refresh (lib/sla/refresh-priorities.ts) thus also rewrites the
-- few applications of each re-scored conversation, through the
-- (conversationId, removedAt) index.
CREATE OR REPLACE FUNCTION switchboard_conversation_status_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "TagApplication" SET "conversationStatus" = NEW.status, "conversationPriority" = NEW.priority
  WHERE "conversationId" = NEW.id AND ("conversationStatus" <> NEW.status OR "conversationPriority" <> NEW.priority);
  RETURN NULL;
END
$$;

DROP TRIGGER "Conversation_tag_status" ON "Conversation";

CREATE TRIGGER "Conversation_tag_status"
AFTER UPDATE OF status, priority ON "Conversation"
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.priority IS DISTINCT FROM NEW.priority)
EXECUTE FUNCTION switchboard_conversation_status_trigger();

-- Tag views' lists: the applications of (open, ...) conversations with a tag,
-- by priority, id breaking ties (lib/conversations/list-tagged-conversation-ids.ts).
-- removedAt comes last: the planner does not treat "removedAt" IS NULL as an
-- equality, so with removedAt before the sort key the index lost its order
-- (a top-N sort of all 3,600 entries instead of reading the first 26).
-- CreateIndex
CREATE INDEX "TagApplication_tag_list_priority_idx" ON "TagApplication"("workspaceId", "tagId", "conversationStatus", "conversationPriority" DESC, "conversationId", "removedAt");
