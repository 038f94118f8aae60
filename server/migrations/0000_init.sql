CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"csm_id" text NOT NULL,
	"revision" bigint NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"site" text,
	"source" text,
	"outcome" text,
	"outcome_source" text,
	"end_reason" text,
	"task_type" text,
	"task_type_source" text,
	"subject" text,
	"draft_text" text,
	"sent_text" text,
	"recipient_domains" jsonb,
	"recipient_addresses" jsonb,
	"draft_seen_at" bigint,
	"ended_at" bigint,
	"updated_at" bigint,
	"task_ms" bigint,
	"active_ms" bigint,
	"keystrokes" bigint,
	"metrics" jsonb,
	"edit_rate" real,
	"retention" real,
	"starred" boolean DEFAULT false NOT NULL,
	"note" text,
	"reject_reason" text,
	"day" text,
	"week" text,
	"received_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"hash" text NOT NULL,
	"role" text NOT NULL,
	"csm_id" text,
	"display_name" text,
	"created_at" bigint NOT NULL,
	"revoked_at" bigint,
	CONSTRAINT "tokens_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE INDEX "reviews_csm_ended_idx" ON "reviews" USING btree ("csm_id","ended_at","id");--> statement-breakpoint
CREATE INDEX "reviews_ended_idx" ON "reviews" USING btree ("ended_at","id");--> statement-breakpoint
CREATE INDEX "reviews_starred_idx" ON "reviews" USING btree ("csm_id","ended_at") WHERE "reviews"."starred" and not "reviews"."deleted";--> statement-breakpoint
CREATE INDEX "tokens_csm_idx" ON "tokens" USING btree ("csm_id");