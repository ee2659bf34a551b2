-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "hasChildren" BOOLEAN NOT NULL DEFAULT false;

-- Existing region trees: a region has children when another region names it as parent.
UPDATE "Region" r SET "hasChildren" = EXISTS (SELECT 1 FROM "Region" c WHERE c."parentCode" = r.code);
