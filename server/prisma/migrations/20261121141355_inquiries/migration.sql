-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('BOT', 'QUEUED', 'HUMAN', 'ENDED');

-- CreateEnum
CREATE TYPE "InquiryAuthor" AS ENUM ('USER', 'BOT', 'STAFF', 'SYSTEM');

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" TEXT NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'BOT',
    "userId" TEXT,
    "deviceId" TEXT,
    "staffId" TEXT,
    "subject" TEXT NOT NULL DEFAULT '',
    "clientKey" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "queuedAt" TIMESTAMP(3),
    "takenAt" TIMESTAMP(3),
    "firstResponseAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "rating" INTEGER,
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryMessage" (
    "id" TEXT NOT NULL,
    "inquiryId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "author" "InquiryAuthor" NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "sources" JSONB,
    "offersHuman" BOOLEAN NOT NULL DEFAULT false,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "clientKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_clientKey_key" ON "Inquiry"("clientKey");

-- CreateIndex
CREATE INDEX "Inquiry_status_queuedAt_idx" ON "Inquiry"("status", "queuedAt");

-- CreateIndex
CREATE INDEX "Inquiry_userId_createdAt_idx" ON "Inquiry"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_deviceId_createdAt_idx" ON "Inquiry"("deviceId", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_staffId_status_idx" ON "Inquiry"("staffId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "InquiryMessage_inquiryId_seq_key" ON "InquiryMessage"("inquiryId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "InquiryMessage_inquiryId_clientKey_key" ON "InquiryMessage"("inquiryId", "clientKey");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
