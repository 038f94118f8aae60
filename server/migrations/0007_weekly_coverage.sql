CREATE TABLE "scorecard_coverage_weeks" (
	"week" date NOT NULL,
	"csm_id" text NOT NULL,
	"accounts" integer NOT NULL,
	"covered" integer NOT NULL,
	CONSTRAINT "scorecard_coverage_weeks_csm_id_week_pk" PRIMARY KEY("csm_id","week")
);
--> statement-breakpoint
CREATE INDEX "scorecard_coverage_weeks_week_idx" ON "scorecard_coverage_weeks" USING btree ("week");--> statement-breakpoint
-- Reviews and a book already stored before this migration: every week's coverage starts complete.
-- A frozen copy of the coverage definition (server/src/book/coverage.ts) at the time of writing:
-- a sent AI draft (approved or edited) covers the account of the longest book domain its
-- recipient domain ends with, in every week whose 30 days to its last millisecond hold the send.
INSERT INTO "scorecard_coverage_weeks" ("week", "csm_id", "accounts", "covered")
WITH "recent" AS (
  SELECT DISTINCT lower(d."domain") AS "domain", r."ended_at"
  FROM "reviews" r, jsonb_array_elements_text(r."recipient_domains") AS d("domain")
  WHERE r."sent_text" IS NOT NULL AND NOT r."deleted" AND r."outcome" IN ('approve', 'edit')
    AND r."ended_at" IS NOT NULL
), "suffixes" AS (
  SELECT r."domain", r."ended_at", array_to_string(p."parts"[i:], '.') AS "suffix"
  FROM "recent" r
  CROSS JOIN LATERAL (SELECT string_to_array(r."domain", '.') AS "parts") p
  CROSS JOIN LATERAL generate_series(1, greatest(cardinality(p."parts") - 1, 1)) AS i
), "matched" AS (
  SELECT DISTINCT ON (s."domain", s."ended_at") s."ended_at", b."account_id"
  FROM "suffixes" s JOIN "book_domains" b ON b."domain" = s."suffix"
  ORDER BY s."domain", s."ended_at", length(b."domain") DESC
), "covered" AS (
  SELECT DISTINCT w."week"::date AS "week", m."account_id"
  FROM "matched" m
  CROSS JOIN LATERAL generate_series(
    date_trunc('week', to_timestamp(m."ended_at" / 1000.0) AT TIME ZONE 'UTC'),
    to_timestamp((m."ended_at" + 23 * 86400000 + 1) / 1000.0) AT TIME ZONE 'UTC',
    interval '1 week') AS w("week")
), "books" AS (
  SELECT "csm_id", count(*) AS "accounts" FROM "book_accounts" GROUP BY "csm_id"
)
SELECT c."week", a."csm_id", n."accounts", count(*)
FROM "covered" c
JOIN "book_accounts" a ON a."id" = c."account_id"
JOIN "books" n ON n."csm_id" = a."csm_id"
GROUP BY c."week", a."csm_id", n."accounts";
--> statement-breakpoint
-- The documented views gain the coverage at the end of each week (README, "Scorecard views"),
-- as new last columns so BI queries written against the old columns keep working. A CSM-week
-- has a row when it has reviews or a covered account; a week of a CSM with a book and no stored
-- coverage is 0 covered of the book's accounts; without a book the three columns are null.
CREATE OR REPLACE VIEW "redline_scorecard_csm_week" AS
WITH "w" AS (
  SELECT "week", "csm_id", sum("reviews") AS "reviews", sum("approved") AS "approved",
    sum("edited") AS "edited", sum("rejected") AS "rejected"
  FROM "scorecard_csm_weeks" GROUP BY "week", "csm_id"
), "k" AS (
  SELECT "week", "csm_id" FROM "w" UNION SELECT "week", "csm_id" FROM "scorecard_coverage_weeks"
), "b" AS (
  SELECT "csm_id", count(*) AS "accounts" FROM "book_accounts" GROUP BY "csm_id"
)
SELECT k."week", k."csm_id", c."display_name"::text AS "csm_name",
  coalesce(w."reviews", 0)::integer AS "reviews", coalesce(w."approved", 0)::integer AS "approved",
  coalesce(w."edited", 0)::integer AS "edited", coalesce(w."rejected", 0)::integer AS "rejected",
  CASE WHEN w."reviews" > 0 THEN ((w."edited" + w."rejected")::double precision / w."reviews") END AS "override_rate",
  CASE WHEN coalesce(w."reviews", 0) < 5 THEN 'too-few'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" < 0.18 THEN 'under'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" > 0.32 THEN 'over'
       ELSE 'inside' END::text AS "band_position",
  (sum(coalesce(w."rejected", 0)) OVER (PARTITION BY k."csm_id" ORDER BY k."week"))::integer AS "rejected_to_date",
  80::integer AS "tuning_target",
  coalesce(v."accounts", b."accounts")::integer AS "accounts",
  coalesce(v."covered", CASE WHEN b."accounts" IS NOT NULL THEN 0 END)::integer AS "covered_accounts",
  (coalesce(v."covered", 0)::double precision / coalesce(v."accounts", b."accounts"))::double precision AS "coverage"
FROM "k"
LEFT JOIN "w" ON w."week" = k."week" AND w."csm_id" = k."csm_id"
LEFT JOIN "scorecard_coverage_weeks" v ON v."week" = k."week" AND v."csm_id" = k."csm_id"
LEFT JOIN "b" ON b."csm_id" = k."csm_id"
LEFT JOIN "csms" c ON c."csm_id" = k."csm_id";
--> statement-breakpoint
CREATE OR REPLACE VIEW "redline_scorecard_team_week" AS
WITH "w" AS (
  SELECT "week", sum("reviews") AS "reviews", sum("approved") AS "approved",
    sum("edited") AS "edited", sum("rejected") AS "rejected"
  FROM "scorecard_team_weeks" GROUP BY "week"
), "v" AS (
  SELECT "week", sum("covered") AS "covered" FROM "scorecard_coverage_weeks" GROUP BY "week"
), "k" AS (
  SELECT "week" FROM "w" UNION SELECT "week" FROM "v"
), "b" AS (
  SELECT count(*) AS "accounts" FROM "book_accounts" HAVING count(*) > 0
)
SELECT k."week", coalesce(n."csms", 0)::integer AS "csms",
  coalesce(w."reviews", 0)::integer AS "reviews", coalesce(w."approved", 0)::integer AS "approved",
  coalesce(w."edited", 0)::integer AS "edited", coalesce(w."rejected", 0)::integer AS "rejected",
  CASE WHEN w."reviews" > 0 THEN ((w."edited" + w."rejected")::double precision / w."reviews") END AS "override_rate",
  CASE WHEN coalesce(w."reviews", 0) < 5 THEN 'too-few'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" < 0.18 THEN 'under'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" > 0.32 THEN 'over'
       ELSE 'inside' END::text AS "band_position",
  (sum(coalesce(w."rejected", 0)) OVER (ORDER BY k."week"))::integer AS "rejected_to_date",
  b."accounts"::integer AS "accounts",
  (CASE WHEN b."accounts" IS NOT NULL THEN coalesce(v."covered", 0) END)::integer AS "covered_accounts",
  (coalesce(v."covered", 0)::double precision / b."accounts")::double precision AS "coverage"
FROM "k"
LEFT JOIN "w" ON w."week" = k."week"
LEFT JOIN "v" ON v."week" = k."week"
LEFT JOIN (SELECT "week", count(DISTINCT "csm_id") AS "csms" FROM "scorecard_csm_weeks" GROUP BY "week") n
  ON n."week" = k."week"
LEFT JOIN "b" ON true;
