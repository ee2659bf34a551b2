-- CreateEnum
CREATE TYPE "FilmStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "MediaJobState" AS ENUM ('QUEUED', 'PROCESSING', 'READY', 'FAILED');

-- CreateTable
CREATE TABLE "Film" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "status" "FilmStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "durationSeconds" DOUBLE PRECISION,
    "width" INTEGER,
    "height" INTEGER,
    "sourceKey" TEXT,
    "mediaPrefix" TEXT,
    "jobState" "MediaJobState" NOT NULL DEFAULT 'QUEUED',
    "jobProgress" INTEGER NOT NULL DEFAULT 0,
    "jobError" TEXT,
    "jobAttempts" INTEGER NOT NULL DEFAULT 0,
    "jobWorker" TEXT,
    "jobHeartbeatAt" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Film_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilmSubtitle" (
    "id" TEXT NOT NULL,
    "filmId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilmSubtitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilmLike" (
    "filmId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilmLike_pkey" PRIMARY KEY ("filmId","viewerKey")
);

-- CreateTable
CREATE TABLE "FilmView" (
    "filmId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "day" TEXT NOT NULL,

    CONSTRAINT "FilmView_pkey" PRIMARY KEY ("filmId","viewerKey","day")
);

-- CreateTable
CREATE TABLE "FilmProgress" (
    "filmId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "positionSeconds" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FilmProgress_pkey" PRIMARY KEY ("filmId","viewerKey")
);

-- CreateIndex
CREATE INDEX "Film_cardId_idx" ON "Film"("cardId");

-- CreateIndex
CREATE INDEX "Film_status_publishedAt_idx" ON "Film"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Film_jobState_jobHeartbeatAt_idx" ON "Film"("jobState", "jobHeartbeatAt");

-- CreateIndex
CREATE UNIQUE INDEX "FilmSubtitle_filmId_language_key" ON "FilmSubtitle"("filmId", "language");

-- AddForeignKey
ALTER TABLE "Film" ADD CONSTRAINT "Film_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilmSubtitle" ADD CONSTRAINT "FilmSubtitle_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilmLike" ADD CONSTRAINT "FilmLike_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilmView" ADD CONSTRAINT "FilmView_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilmProgress" ADD CONSTRAINT "FilmProgress_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;
