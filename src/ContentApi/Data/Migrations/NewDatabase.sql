CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Authors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Authors" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Bio" TEXT NULL,
    "Website" TEXT NULL,
    "Twitter" TEXT NULL,
    "Facebook" TEXT NULL
);

CREATE TABLE "DonationForms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DonationForms" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Heading" TEXT NULL,
    "Description" TEXT NULL,
    "Currency" TEXT NULL,
    "CustomAmountMin" INTEGER NULL,
    "CustomAmountMax" INTEGER NULL,
    "RecurringPeriods" TEXT NOT NULL,
    "GoalAmount" INTEGER NULL,
    "AmountRaised" INTEGER NULL,
    "ButtonText" TEXT NULL,
    "IsOpen" INTEGER NULL,
    "CheckoutUrl" TEXT NULL,
    "SuggestedAmounts" TEXT NULL
);

CREATE TABLE "Tags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tags" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL
);

CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Excerpt" TEXT NULL,
    "BodyHtml" TEXT NULL,
    "BodyText" TEXT NULL,
    "WordCount" INTEGER NULL,
    "ReadingTimeMinutes" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "AuthorId" INTEGER NULL,
    "SourceName" TEXT NULL,
    "SourceUrl" TEXT NULL,
    "DonationFormId" INTEGER NULL,
    "CanonicalUrl" TEXT NULL,
    CONSTRAINT "FK_Articles_Authors_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Authors" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Articles_DonationForms_DonationFormId" FOREIGN KEY ("DonationFormId") REFERENCES "DonationForms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Site" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Site" PRIMARY KEY,
    "Name" TEXT NULL,
    "Tagline" TEXT NULL,
    "Description" TEXT NULL,
    "Url" TEXT NULL,
    "DefaultDonationFormId" INTEGER NULL,
    CONSTRAINT "FK_Site_DonationForms_DefaultDonationFormId" FOREIGN KEY ("DefaultDonationFormId") REFERENCES "DonationForms" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ArticleTag" (
    "ArticleId" INTEGER NOT NULL,
    "TagId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_ArticleTag" PRIMARY KEY ("ArticleId", "TagId"),
    CONSTRAINT "FK_ArticleTag_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ArticleTag_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RelatedLink" (
    "ArticleId" INTEGER NOT NULL,
    "RelatedArticleId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_RelatedLink" PRIMARY KEY ("ArticleId", "RelatedArticleId"),
    CONSTRAINT "FK_RelatedLink_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RelatedLink_Articles_RelatedArticleId" FOREIGN KEY ("RelatedArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ArticleTag_TagId" ON "ArticleTag" ("TagId");

CREATE INDEX "IX_Articles_AuthorId" ON "Articles" ("AuthorId");

CREATE INDEX "IX_Articles_DonationFormId" ON "Articles" ("DonationFormId");

CREATE UNIQUE INDEX "IX_Articles_Slug" ON "Articles" ("Slug");

CREATE INDEX "IX_Articles_Status_PublishedAt" ON "Articles" ("Status", "PublishedAt");

CREATE UNIQUE INDEX "IX_Authors_Slug" ON "Authors" ("Slug");

CREATE INDEX "IX_RelatedLink_RelatedArticleId" ON "RelatedLink" ("RelatedArticleId");

CREATE INDEX "IX_Site_DefaultDonationFormId" ON "Site" ("DefaultDonationFormId");

CREATE UNIQUE INDEX "IX_Tags_Slug" ON "Tags" ("Slug");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124012658_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Articles_AuthorId";

DROP INDEX "IX_Articles_DonationFormId";

DROP INDEX "IX_Articles_Status_PublishedAt";

DROP INDEX "IX_ArticleTag_TagId";

ALTER TABLE "Tags" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Site" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "DonationForms" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Authors" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Articles" ADD "DeletedAt" TEXT NULL;

ALTER TABLE "Articles" ADD "Version" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "ApiKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" BLOB NOT NULL,
    "Scopes" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL
);

CREATE TABLE "ArticleTerms" (
    "ArticleId" INTEGER NOT NULL,
    "Term" TEXT NOT NULL,
    "Weight" REAL NOT NULL,
    CONSTRAINT "PK_ArticleTerms" PRIMARY KEY ("ArticleId", "Term"),
    CONSTRAINT "FK_ArticleTerms_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Audit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Audit" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "KeyId" INTEGER NULL,
    "Action" TEXT NOT NULL,
    "Resource" TEXT NOT NULL,
    "ResourceId" INTEGER NULL,
    "Target" TEXT NULL,
    "Request" TEXT NULL
);

CREATE TABLE "DocumentFrequencies" (
    "Term" TEXT NOT NULL CONSTRAINT "PK_DocumentFrequencies" PRIMARY KEY,
    "Documents" INTEGER NOT NULL
);

CREATE TABLE "IndexedArticles" (
    "ArticleId" INTEGER NOT NULL CONSTRAINT "PK_IndexedArticles" PRIMARY KEY,
    "Terms" TEXT NOT NULL
);

CREATE TABLE "RelatedScores" (
    "ArticleId" INTEGER NOT NULL,
    "Rank" INTEGER NOT NULL,
    "RelatedArticleId" INTEGER NOT NULL,
    "Score" REAL NOT NULL,
    "Reasons" TEXT NOT NULL,
    CONSTRAINT "PK_RelatedScores" PRIMARY KEY ("ArticleId", "Rank"),
    CONSTRAINT "FK_RelatedScores_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RetiredSlugs" (
    "Slug" TEXT NOT NULL CONSTRAINT "PK_RetiredSlugs" PRIMARY KEY,
    "ArticleId" INTEGER NOT NULL,
    "RetiredAt" TEXT NOT NULL,
    CONSTRAINT "FK_RetiredSlugs_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Articles_AuthorId_PublishedAt_Id_Status" ON "Articles" ("AuthorId", "PublishedAt" DESC, "Id", "Status");

CREATE INDEX "IX_Articles_DonationFormId_PublishedAt_Id_Status" ON "Articles" ("DonationFormId", "PublishedAt" DESC, "Id", "Status");

CREATE INDEX "IX_Articles_PublishedAt_Id_Status" ON "Articles" ("PublishedAt" DESC, "Id", "Status");

CREATE INDEX "IX_Articles_SourceName_PublishedAt_Id_Status" ON "Articles" ("SourceName", "PublishedAt" DESC, "Id", "Status");

CREATE INDEX "IX_Articles_Title_Id" ON "Articles" ("Title", "Id");

CREATE INDEX "IX_Articles_UpdatedAt_Id_Status_PublishedAt" ON "Articles" ("UpdatedAt" DESC, "Id", "Status", "PublishedAt");

CREATE INDEX "IX_ArticleTag_TagId_ArticleId" ON "ArticleTag" ("TagId", "ArticleId");

CREATE INDEX "IX_ApiKeys_Prefix" ON "ApiKeys" ("Prefix");

CREATE INDEX "IX_ArticleTerms_Term_Weight" ON "ArticleTerms" ("Term", "Weight");

CREATE INDEX "IX_Audit_At" ON "Audit" ("At");

CREATE INDEX "IX_RelatedScores_RelatedArticleId" ON "RelatedScores" ("RelatedArticleId");

CREATE INDEX "IX_RetiredSlugs_ArticleId" ON "RetiredSlugs" ("ArticleId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124025932_QueryingWritesRelated', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Articles_AuthorId_PublishedAt_Id_Status";

DROP INDEX "IX_Articles_DonationFormId_PublishedAt_Id_Status";

DROP INDEX "IX_Articles_PublishedAt_Id_Status";

DROP INDEX "IX_Articles_SourceName_PublishedAt_Id_Status";

DROP INDEX "IX_Articles_UpdatedAt_Id_Status_PublishedAt";

CREATE INDEX "IX_Articles_AuthorId_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("AuthorId", "PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_DonationFormId_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("DonationFormId", "PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_SourceName_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("SourceName", "PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_UpdatedAt_Id_Status_PublishedAt_DeletedAt" ON "Articles" ("UpdatedAt" DESC, "Id", "Status", "PublishedAt", "DeletedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124031720_DeletedAtInListIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Site" ADD "LogoUrl" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202023439_FeedsAndSeo', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Authors" ADD "AvatarId" INTEGER NULL;

ALTER TABLE "Articles" ADD "FeaturedImageId" INTEGER NULL;

CREATE TABLE "MediaItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MediaItems" PRIMARY KEY AUTOINCREMENT,
    "FileName" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "MimeType" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "Bytes" INTEGER NOT NULL,
    "Alt" TEXT NULL,
    "Caption" TEXT NULL,
    "Credit" TEXT NULL,
    "FocalX" REAL NOT NULL,
    "FocalY" REAL NOT NULL,
    "DominantColor" TEXT NOT NULL,
    "BlurHash" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "RenditionKey" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE INDEX "IX_Authors_AvatarId" ON "Authors" ("AvatarId");

CREATE INDEX "IX_Articles_FeaturedImageId" ON "Articles" ("FeaturedImageId");

CREATE INDEX "IX_MediaItems_CreatedAt_Id" ON "MediaItems" ("CreatedAt" DESC, "Id" DESC);

CREATE TABLE "ef_temp_Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "AuthorId" INTEGER NULL,
    "BodyHtml" TEXT NULL,
    "BodyText" TEXT NULL,
    "CanonicalUrl" TEXT NULL,
    "DeletedAt" TEXT NULL,
    "DonationFormId" INTEGER NULL,
    "Excerpt" TEXT NULL,
    "FeaturedImageId" INTEGER NULL,
    "PublishedAt" TEXT NULL,
    "ReadingTimeMinutes" INTEGER NULL,
    "Slug" TEXT NOT NULL,
    "SourceName" TEXT NULL,
    "SourceUrl" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "UpdatedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "WordCount" INTEGER NULL,
    CONSTRAINT "FK_Articles_Authors_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Authors" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Articles_DonationForms_DonationFormId" FOREIGN KEY ("DonationFormId") REFERENCES "DonationForms" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Articles_MediaItems_FeaturedImageId" FOREIGN KEY ("FeaturedImageId") REFERENCES "MediaItems" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Articles" ("Id", "AuthorId", "BodyHtml", "BodyText", "CanonicalUrl", "DeletedAt", "DonationFormId", "Excerpt", "FeaturedImageId", "PublishedAt", "ReadingTimeMinutes", "Slug", "SourceName", "SourceUrl", "Status", "Title", "UpdatedAt", "Version", "WordCount")
SELECT "Id", "AuthorId", "BodyHtml", "BodyText", "CanonicalUrl", "DeletedAt", "DonationFormId", "Excerpt", "FeaturedImageId", "PublishedAt", "ReadingTimeMinutes", "Slug", "SourceName", "SourceUrl", "Status", "Title", "UpdatedAt", "Version", "WordCount"
FROM "Articles";

CREATE TABLE "ef_temp_Authors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Authors" PRIMARY KEY AUTOINCREMENT,
    "AvatarId" INTEGER NULL,
    "Bio" TEXT NULL,
    "Facebook" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Twitter" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Website" TEXT NULL,
    CONSTRAINT "FK_Authors_MediaItems_AvatarId" FOREIGN KEY ("AvatarId") REFERENCES "MediaItems" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Authors" ("Id", "AvatarId", "Bio", "Facebook", "Name", "Slug", "Twitter", "Version", "Website")
SELECT "Id", "AvatarId", "Bio", "Facebook", "Name", "Slug", "Twitter", "Version", "Website"
FROM "Authors";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Articles";

ALTER TABLE "ef_temp_Articles" RENAME TO "Articles";

DROP TABLE "Authors";

ALTER TABLE "ef_temp_Authors" RENAME TO "Authors";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Articles_AuthorId_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("AuthorId", "PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_DonationFormId_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("DonationFormId", "PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_FeaturedImageId" ON "Articles" ("FeaturedImageId");

CREATE INDEX "IX_Articles_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE UNIQUE INDEX "IX_Articles_Slug" ON "Articles" ("Slug");

CREATE INDEX "IX_Articles_SourceName_PublishedAt_Id_Status_DeletedAt" ON "Articles" ("SourceName", "PublishedAt" DESC, "Id", "Status", "DeletedAt");

CREATE INDEX "IX_Articles_Title_Id" ON "Articles" ("Title", "Id");

CREATE INDEX "IX_Articles_UpdatedAt_Id_Status_PublishedAt_DeletedAt" ON "Articles" ("UpdatedAt" DESC, "Id", "Status", "PublishedAt", "DeletedAt");

CREATE INDEX "IX_Authors_AvatarId" ON "Authors" ("AvatarId");

CREATE UNIQUE INDEX "IX_Authors_Slug" ON "Authors" ("Slug");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202023947_Media', '10.0.15');

BEGIN TRANSACTION;
DROP INDEX "IX_ApiKeys_Prefix";

CREATE UNIQUE INDEX "IX_ApiKeys_Hash" ON "ApiKeys" ("Hash");

UPDATE ApiKeys SET Scopes = Scopes || ' keys:manage' WHERE Name = 'bootstrap' AND ' ' || Scopes || ' ' NOT LIKE '% keys:manage %';

CREATE TABLE "ef_temp_ApiKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" TEXT NOT NULL,
    "Hash" BLOB NOT NULL,
    "Name" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "Scopes" TEXT NOT NULL
);

INSERT INTO "ef_temp_ApiKeys" ("Id", "CreatedAt", "Hash", "Name", "RevokedAt", "Scopes")
SELECT "Id", "CreatedAt", "Hash", "Name", "RevokedAt", "Scopes"
FROM "ApiKeys";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "ApiKeys";

ALTER TABLE "ef_temp_ApiKeys" RENAME TO "ApiKeys";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_ApiKeys_Hash" ON "ApiKeys" ("Hash");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202024026_Security', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "Changes" (
    "Seq" INTEGER NOT NULL CONSTRAINT "PK_Changes" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "Op" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Public" INTEGER NOT NULL,
    "Preview" INTEGER NOT NULL
);

CREATE TABLE "FeedEntries" (
    "Type" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "PublicSlug" TEXT NULL,
    "PreviewSlug" TEXT NULL,
    CONSTRAINT "PK_FeedEntries" PRIMARY KEY ("Type", "EntityId")
);

CREATE TABLE "WorkerCheckpoints" (
    "Worker" TEXT NOT NULL CONSTRAINT "PK_WorkerCheckpoints" PRIMARY KEY,
    "Seq" INTEGER NOT NULL,
    "Until" TEXT NULL
);

CREATE INDEX "IX_Changes_Type_EntityId_Seq" ON "Changes" ("Type", "EntityId", "Seq");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202024841_ChangeFeed', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "WebhookSubscription" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookSubscription" PRIMARY KEY AUTOINCREMENT,
    "Url" TEXT NOT NULL,
    "Events" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Secret" TEXT NOT NULL,
    "Paused" INTEGER NOT NULL,
    "ConsecutiveFailures" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "WebhookDelivery" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookDelivery" PRIMARY KEY AUTOINCREMENT,
    "SubscriptionId" INTEGER NOT NULL,
    "MessageId" TEXT NOT NULL,
    "EventType" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "LastResponseCode" INTEGER NULL,
    "LastDurationMs" INTEGER NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastAttemptAt" TEXT NULL,
    CONSTRAINT "FK_WebhookDelivery_WebhookSubscription_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "WebhookSubscription" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_WebhookDelivery_MessageId" ON "WebhookDelivery" ("MessageId");

CREATE INDEX "IX_WebhookDelivery_Status_NextAttemptAt" ON "WebhookDelivery" ("Status", "NextAttemptAt");

CREATE INDEX "IX_WebhookDelivery_SubscriptionId_Id" ON "WebhookDelivery" ("SubscriptionId", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202033424_Webhooks', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Tags" ADD "ArticleCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Authors" ADD "ArticleCount" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "ArticleCounts" (
    "List" TEXT NOT NULL CONSTRAINT "PK_ArticleCounts" PRIMARY KEY,
    "Count" INTEGER NOT NULL
);

CREATE TABLE "CountedArticles" (
    "ArticleId" INTEGER NOT NULL,
    "List" TEXT NOT NULL,
    "Key" INTEGER NOT NULL,
    CONSTRAINT "PK_CountedArticles" PRIMARY KEY ("ArticleId", "List", "Key")
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202052137_MaintainedCounts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Pages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pages" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Excerpt" TEXT NULL,
    "BodyHtml" TEXT NULL,
    "BodyText" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "ParentId" INTEGER NULL,
    "MenuOrder" INTEGER NOT NULL,
    "AuthorId" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Pages_Authors_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Authors" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Pages_Pages_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Pages" ("Id") ON DELETE SET NULL
);

CREATE TABLE "WordPressOrigins" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WordPressOrigins" PRIMARY KEY AUTOINCREMENT,
    "SiteUrl" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "Hash" TEXT NOT NULL
);

CREATE TABLE "Redirects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Redirects" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "ArticleId" INTEGER NULL,
    "PageId" INTEGER NULL,
    CONSTRAINT "FK_Redirects_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Redirects_Pages_PageId" FOREIGN KEY ("PageId") REFERENCES "Pages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Pages_AuthorId" ON "Pages" ("AuthorId");

CREATE INDEX "IX_Pages_ParentId_MenuOrder_Id" ON "Pages" ("ParentId", "MenuOrder", "Id");

CREATE UNIQUE INDEX "IX_Pages_Slug" ON "Pages" ("Slug");

CREATE INDEX "IX_Redirects_ArticleId" ON "Redirects" ("ArticleId");

CREATE INDEX "IX_Redirects_PageId" ON "Redirects" ("PageId");

CREATE UNIQUE INDEX "IX_Redirects_Path" ON "Redirects" ("Path");

CREATE UNIQUE INDEX "IX_WordPressOrigins_SiteUrl_Kind_Key" ON "WordPressOrigins" ("SiteUrl", "Kind", "Key");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202055153_WordPressImport', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "MediaItems" ADD "ExternalUrl" TEXT NULL;

ALTER TABLE "Articles" ADD "Sticky" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202071552_ImportDetails', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ArticleDocuments" (
    "ArticleId" INTEGER NOT NULL CONSTRAINT "PK_ArticleDocuments" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "LastModified" TEXT NULL,
    "ETag" TEXT NOT NULL,
    "Json" BLOB NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_ArticleDocuments_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ArticleDocuments_Slug" ON "ArticleDocuments" ("Slug");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202081543_ArticleDocuments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Tags" ADD "ParentId" INTEGER NULL;

CREATE INDEX "IX_Tags_ParentId" ON "Tags" ("ParentId");

CREATE TABLE "ef_temp_Tags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tags" PRIMARY KEY AUTOINCREMENT,
    "ArticleCount" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "Name" TEXT NOT NULL,
    "ParentId" INTEGER NULL,
    "Slug" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Tags_Tags_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Tags" ("Id") ON DELETE SET NULL
);

INSERT INTO "ef_temp_Tags" ("Id", "ArticleCount", "Description", "Name", "ParentId", "Slug", "Version")
SELECT "Id", "ArticleCount", "Description", "Name", "ParentId", "Slug", "Version"
FROM "Tags";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Tags";

ALTER TABLE "ef_temp_Tags" RENAME TO "Tags";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Tags_ParentId" ON "Tags" ("ParentId");

CREATE UNIQUE INDEX "IX_Tags_Slug" ON "Tags" ("Slug");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202100606_CategoryParents', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "ArticleDocuments" ADD "ListItem" BLOB NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202121822_ListItemDocuments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_ArticleTerms_Term_Weight";

CREATE INDEX "IX_ArticleTerms_Term_Weight_ArticleId" ON "ArticleTerms" ("Term", "Weight" DESC, "ArticleId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202171612_PostingsCoveringIndex', '10.0.15');

COMMIT;

