CREATE TABLE "book_accounts" (
	"id" integer PRIMARY KEY NOT NULL,
	"account" text NOT NULL,
	"csm_id" text NOT NULL,
	"arr" double precision,
	"segment" text,
	"line" integer NOT NULL,
	"imported_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "book_domains" (
	"domain" text PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "book_domains" ADD CONSTRAINT "book_domains_account_id_book_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."book_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "book_accounts_csm_idx" ON "book_accounts" USING btree ("csm_id");--> statement-breakpoint
CREATE INDEX "book_accounts_segment_idx" ON "book_accounts" USING btree ("segment");--> statement-breakpoint
CREATE INDEX "book_domains_account_idx" ON "book_domains" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "reviews_sent_ended_idx" ON "reviews" USING btree ("ended_at") WHERE "reviews"."sent_text" is not null and not "reviews"."deleted";--> statement-breakpoint
CREATE INDEX "reviews_rejected_idx" ON "reviews" USING btree ("csm_id") WHERE "reviews"."outcome" = 'reject' and not "reviews"."deleted";