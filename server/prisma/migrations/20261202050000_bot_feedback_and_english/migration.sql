-- AlterTable
ALTER TABLE "Faq" ADD COLUMN     "answerEn" TEXT,
ADD COLUMN     "questionEn" TEXT;

-- AlterTable
ALTER TABLE "InquiryMessage" ADD COLUMN     "botOutcome" TEXT,
ADD COLUMN     "botQuestion" TEXT,
ADD COLUMN     "feedbackAt" TIMESTAMP(3),
ADD COLUMN     "feedbackHelpful" BOOLEAN,
ADD COLUMN     "feedbackReason" TEXT,
ADD COLUMN     "missResolvedAt" TIMESTAMP(3),
ADD COLUMN     "suggestions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "InquiryMessage_botOutcome_missResolvedAt_idx" ON "InquiryMessage"("botOutcome", "missResolvedAt");
