-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension (trigram index on Card.searchText; declared here, not in schema.prisma)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'SUB_PROVINCIAL_CITY', 'PREFECTURE_CITY', 'COUNTY', 'INDUSTRIAL_ZONE');

-- CreateEnum
CREATE TYPE "CardTier" AS ENUM ('MAIN', 'FEATURED');

-- CreateEnum
CREATE TYPE "CardTheme" AS ENUM ('TECH_HOTSPOT', 'INNOVATIVE_CONSUMPTION', 'UPGRADE_RENEWAL');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "LandmarkKind" AS ENUM ('MUSEUM', 'HERITAGE', 'CREATIVE_TOWN', 'PARK', 'TOURISM');

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "fullNameEn" TEXT NOT NULL DEFAULT '',
    "pinyin" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentCode" TEXT,
    "ancestorCodes" TEXT[],

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Card" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "tier" "CardTier" NOT NULL,
    "themes" "CardTheme"[],
    "batchYear" INTEGER,
    "regionCode" TEXT NOT NULL,
    "industries" TEXT[],
    "concept" TEXT,
    "conceptEn" TEXT,
    "story" TEXT,
    "storyEn" TEXT,
    "color" TEXT,
    "logoUrl" TEXT,
    "clusters" TEXT[],
    "source" TEXT,
    "sampleNote" TEXT,
    "status" "CardStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector,
    "searchText" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardFigure" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "labelEn" TEXT,
    "value" TEXT NOT NULL,
    "unit" TEXT,

    CONSTRAINT "CardFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardEnterprise" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "CardEnterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardLandmark" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LandmarkKind" NOT NULL,
    "description" TEXT,

    CONSTRAINT "CardLandmark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE INDEX "Region_ancestorCodes_idx" ON "Region" USING GIN ("ancestorCodes");

-- CreateIndex
CREATE UNIQUE INDEX "Card_slug_key" ON "Card"("slug");

-- CreateIndex
CREATE INDEX "Card_status_publishedAt_idx" ON "Card"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Card_regionCode_idx" ON "Card"("regionCode");

-- CreateIndex
CREATE INDEX "Card_searchVector_idx" ON "Card" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Card_searchText_idx" ON "Card" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CardFigure_cardId_position_idx" ON "CardFigure"("cardId", "position");

-- CreateIndex
CREATE INDEX "CardEnterprise_cardId_position_idx" ON "CardEnterprise"("cardId", "position");

-- CreateIndex
CREATE INDEX "CardLandmark_cardId_position_idx" ON "CardLandmark"("cardId", "position");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardFigure" ADD CONSTRAINT "CardFigure_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardEnterprise" ADD CONSTRAINT "CardEnterprise_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardLandmark" ADD CONSTRAINT "CardLandmark_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
