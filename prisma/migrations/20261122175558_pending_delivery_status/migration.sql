-- CreateTable
CREATE TABLE "PendingDeliveryStatus" (
    "id" BIGSERIAL NOT NULL,
    "channelId" TEXT NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingDeliveryStatus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingDeliveryStatus_channelId_providerMessageId_idx" ON "PendingDeliveryStatus"("channelId", "providerMessageId");

-- CreateIndex
CREATE INDEX "PendingDeliveryStatus_createdAt_idx" ON "PendingDeliveryStatus"("createdAt");
