CREATE TABLE "csms" (
	"csm_id" text PRIMARY KEY NOT NULL,
	"display_name" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
-- Every CSM that has a token keeps the name of its newest named token (the manager's view used it).
INSERT INTO "csms" ("csm_id", "display_name", "created_at", "updated_at")
SELECT DISTINCT ON ("csm_id") "csm_id", "display_name", "created_at", "created_at"
FROM "tokens" WHERE "csm_id" IS NOT NULL
ORDER BY "csm_id", ("display_name" IS NULL), "id" DESC;
