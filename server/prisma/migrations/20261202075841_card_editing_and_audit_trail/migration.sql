-- AlterEnum
ALTER TYPE "CardStatus" ADD VALUE 'OFFLINE';

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "clustersEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "coverUrl" TEXT,
ADD COLUMN     "industriesEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "offlineAt" TIMESTAMP(3),
ADD COLUMN     "offlineReason" TEXT,
ADD COLUMN     "sampleNoteEn" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "CardEnterprise" ADD COLUMN     "nameEn" TEXT;

-- AlterTable
ALTER TABLE "CardFigure" ADD COLUMN     "unitEn" TEXT,
ADD COLUMN     "valueEn" TEXT;

-- AlterTable
ALTER TABLE "CardLandmark" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "nameEn" TEXT;

-- CreateTable
CREATE TABLE "CardSource" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "url" TEXT,

    CONSTRAINT "CardSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardVersion" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT,
    "changes" JSONB NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardSource_cardId_position_idx" ON "CardSource"("cardId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CardVersion_cardId_number_key" ON "CardVersion"("cardId", "number");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_id_idx" ON "AuditEntry"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_subjectType_subjectId_idx" ON "AuditEntry"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEntry_action_createdAt_idx" ON "AuditEntry"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "CardSource" ADD CONSTRAINT "CardSource_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardVersion" ADD CONSTRAINT "CardVersion_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing sample cards keep their one-line source as their first listed source.
INSERT INTO "CardSource" ("id", "cardId", "position", "title")
SELECT 'src0_' || "id", "id", 0, "source" FROM "Card" WHERE "source" IS NOT NULL AND "source" <> '' AND "sampleNote" IS NOT NULL;

-- The audit trail is append-only: no update or delete, whatever the client.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$;
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
