CREATE TABLE "scorecard_csm_weeks" (
	"week" date NOT NULL,
	"task_type" text NOT NULL,
	"reviews" integer NOT NULL,
	"approved" integer NOT NULL,
	"edited" integer NOT NULL,
	"rejected" integer NOT NULL,
	"sent" integer NOT NULL,
	"median_task_ms" double precision,
	"median_active_ms" double precision,
	"csm_id" text NOT NULL,
	CONSTRAINT "scorecard_csm_weeks_csm_id_week_task_type_pk" PRIMARY KEY("csm_id","week","task_type")
);
--> statement-breakpoint
CREATE TABLE "scorecard_team_weeks" (
	"week" date NOT NULL,
	"task_type" text NOT NULL,
	"reviews" integer NOT NULL,
	"approved" integer NOT NULL,
	"edited" integer NOT NULL,
	"rejected" integer NOT NULL,
	"sent" integer NOT NULL,
	"median_task_ms" double precision,
	"median_active_ms" double precision,
	CONSTRAINT "scorecard_team_weeks_week_task_type_pk" PRIMARY KEY("week","task_type")
);
--> statement-breakpoint
CREATE INDEX "scorecard_csm_weeks_week_idx" ON "scorecard_csm_weeks" USING btree ("week");--> statement-breakpoint
-- Reviews already stored before this migration: the scorecard starts complete.
INSERT INTO "scorecard_csm_weeks" ("week", "task_type", "csm_id", "reviews", "approved", "edited", "rejected", "sent", "median_task_ms", "median_active_ms")
SELECT (date_trunc('week', to_timestamp("ended_at" / 1000.0) AT TIME ZONE 'UTC'))::date, coalesce("task_type", 'other'), "csm_id",
  count(*), count(*) FILTER (WHERE "outcome" = 'approve'), count(*) FILTER (WHERE "outcome" = 'edit'),
  count(*) FILTER (WHERE "outcome" = 'reject'), count("task_ms") FILTER (WHERE "sent_text" IS NOT NULL),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "task_ms") FILTER (WHERE "sent_text" IS NOT NULL),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "active_ms") FILTER (WHERE "sent_text" IS NOT NULL)
FROM "reviews" WHERE NOT "deleted" AND "outcome" IS NOT NULL AND "ended_at" IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO "scorecard_team_weeks" ("week", "task_type", "reviews", "approved", "edited", "rejected", "sent", "median_task_ms", "median_active_ms")
SELECT (date_trunc('week', to_timestamp("ended_at" / 1000.0) AT TIME ZONE 'UTC'))::date, coalesce("task_type", 'other'),
  count(*), count(*) FILTER (WHERE "outcome" = 'approve'), count(*) FILTER (WHERE "outcome" = 'edit'),
  count(*) FILTER (WHERE "outcome" = 'reject'), count("task_ms") FILTER (WHERE "sent_text" IS NOT NULL),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "task_ms") FILTER (WHERE "sent_text" IS NOT NULL),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "active_ms") FILTER (WHERE "sent_text" IS NOT NULL)
FROM "reviews" WHERE NOT "deleted" AND "outcome" IS NOT NULL AND "ended_at" IS NOT NULL
GROUP BY 1, 2;
--> statement-breakpoint
-- The views BI tools read (README, "Scorecard views"): stable names, explicit column types.
-- Weeks are UTC ISO weeks named by their Monday; rates are fractions (0.25 = 25 %).
CREATE VIEW "redline_scorecard_csm_week" AS
SELECT w."week", w."csm_id", c."display_name"::text AS "csm_name",
  w."reviews"::integer AS "reviews", w."approved"::integer AS "approved",
  w."edited"::integer AS "edited", w."rejected"::integer AS "rejected",
  CASE WHEN w."reviews" > 0 THEN ((w."edited" + w."rejected")::double precision / w."reviews") END AS "override_rate",
  CASE WHEN w."reviews" < 5 THEN 'too-few'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" < 0.18 THEN 'under'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" > 0.32 THEN 'over'
       ELSE 'inside' END::text AS "band_position",
  (sum(w."rejected") OVER (PARTITION BY w."csm_id" ORDER BY w."week"))::integer AS "rejected_to_date",
  80::integer AS "tuning_target"
FROM (SELECT "week", "csm_id", sum("reviews") AS "reviews", sum("approved") AS "approved",
        sum("edited") AS "edited", sum("rejected") AS "rejected"
      FROM "scorecard_csm_weeks" GROUP BY "week", "csm_id") w
LEFT JOIN "csms" c ON c."csm_id" = w."csm_id";
--> statement-breakpoint
CREATE VIEW "redline_scorecard_team_week" AS
SELECT w."week", coalesce(n."csms", 0)::integer AS "csms",
  w."reviews"::integer AS "reviews", w."approved"::integer AS "approved",
  w."edited"::integer AS "edited", w."rejected"::integer AS "rejected",
  CASE WHEN w."reviews" > 0 THEN ((w."edited" + w."rejected")::double precision / w."reviews") END AS "override_rate",
  CASE WHEN w."reviews" < 5 THEN 'too-few'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" < 0.18 THEN 'under'
       WHEN (w."edited" + w."rejected")::double precision / w."reviews" > 0.32 THEN 'over'
       ELSE 'inside' END::text AS "band_position",
  (sum(w."rejected") OVER (ORDER BY w."week"))::integer AS "rejected_to_date"
FROM (SELECT "week", sum("reviews") AS "reviews", sum("approved") AS "approved",
        sum("edited") AS "edited", sum("rejected") AS "rejected"
      FROM "scorecard_team_weeks" GROUP BY "week") w
LEFT JOIN (SELECT "week", count(DISTINCT "csm_id") AS "csms" FROM "scorecard_csm_weeks" GROUP BY "week") n
  ON n."week" = w."week";
--> statement-breakpoint
CREATE VIEW "redline_scorecard_csm_task_week" AS
SELECT "week", "csm_id", "task_type",
  CASE "task_type" WHEN 'qbr' THEN 'QBR prep' WHEN 'renewal' THEN 'renewal brief'
    WHEN 'risk' THEN 'risk one-pager' WHEN 'other' THEN 'customer' ELSE "task_type" END::text AS "task_type_label",
  "reviews", "approved", "edited", "rejected", "sent",
  ("median_task_ms" / 60000.0)::double precision AS "median_task_min",
  ("median_active_ms" / 60000.0)::double precision AS "median_active_min",
  CASE "task_type" WHEN 'qbr' THEN 22 WHEN 'renewal' THEN 14 WHEN 'risk' THEN 8 END::integer AS "target_min"
FROM "scorecard_csm_weeks";
--> statement-breakpoint
CREATE VIEW "redline_scorecard_team_task_week" AS
SELECT "week", "task_type",
  CASE "task_type" WHEN 'qbr' THEN 'QBR prep' WHEN 'renewal' THEN 'renewal brief'
    WHEN 'risk' THEN 'risk one-pager' WHEN 'other' THEN 'customer' ELSE "task_type" END::text AS "task_type_label",
  "reviews", "approved", "edited", "rejected", "sent",
  ("median_task_ms" / 60000.0)::double precision AS "median_task_min",
  ("median_active_ms" / 60000.0)::double precision AS "median_active_min",
  CASE "task_type" WHEN 'qbr' THEN 22 WHEN 'renewal' THEN 14 WHEN 'risk' THEN 8 END::integer AS "target_min"
FROM "scorecard_team_weeks";
