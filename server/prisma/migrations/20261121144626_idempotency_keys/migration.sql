-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "clientKey" TEXT;

-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN     "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Application_ownerId_clientKey_key" ON "Application"("ownerId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationEvent_applicationId_clientKey_key" ON "ApplicationEvent"("applicationId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_applicationId_clientKey_key" ON "Attachment"("applicationId", "clientKey");
