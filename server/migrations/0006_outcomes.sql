ALTER TABLE "reviews" ADD COLUMN "customer_replied_at" bigint;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "reply_tracked" boolean;