-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "severitySetBy" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "triagedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "TagApplication_workspaceId_tagId_appliedAt_idx" ON "TagApplication"("workspaceId", "tagId", "appliedAt");
