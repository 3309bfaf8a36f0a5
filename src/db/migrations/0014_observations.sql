-- Observations, interpretations and perspectives (issue 11, catalysis). The three tables of 0000
-- (pattern_observations, interpretations, themes) were never written; this gives them what the
-- catalysis needs. Their row-level security (0003), FORCE and owner_maintenance (0006) and grants
-- stay as they are: a rename keeps a table's policies and privileges.
--
-- Nothing ever wrote these tables, so removing rows here loses nothing; it lets the new NOT NULL
-- columns be added without a default that would mean nothing.
DELETE FROM "interpretations";
--> statement-breakpoint
DELETE FROM "pattern_observations";
--> statement-breakpoint
DELETE FROM "themes";
--> statement-breakpoint
-- A perspective clusters interpretations (of several observations) on the board of one
-- questionnaire: "themes" was the old word for it.
ALTER TABLE "themes" RENAME TO "perspectives";
--> statement-breakpoint
ALTER TABLE "perspectives" RENAME CONSTRAINT "themes_tenant_id_id_pk" TO "perspectives_tenant_id_id_pk";
--> statement-breakpoint
ALTER TABLE "perspectives" ADD COLUMN "questionnaire_id" uuid NOT NULL;
--> statement-breakpoint
ALTER TABLE "perspectives" ADD COLUMN "description" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "perspectives" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_questionnaire_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The observation: its source as a re-runnable query (jsonb, domain/sensemaking/source.ts), a
-- strength, and optionally the opgave whose monitor shows it under "Wat we zagen".
ALTER TABLE "pattern_observations" DROP COLUMN "theme_id";
--> statement-breakpoint
ALTER TABLE "pattern_observations" ALTER COLUMN "questionnaire_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "pattern_observations" ADD COLUMN "strength" text NOT NULL;
--> statement-breakpoint
ALTER TABLE "pattern_observations" ADD CONSTRAINT "pattern_observations_strength" CHECK ("strength" IN ('sterk', 'middel', 'zwak'));
--> statement-breakpoint
ALTER TABLE "pattern_observations" ADD COLUMN "opgave_id" uuid;
--> statement-breakpoint
ALTER TABLE "pattern_observations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "pattern_observations" ADD CONSTRAINT "pattern_observations_questionnaire_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- A removed opgave takes the observation out of its monitor, not the observation itself; only the
-- opgave column is cleared (PostgreSQL 15's column list), never tenant_id.
ALTER TABLE "pattern_observations" ADD CONSTRAINT "pattern_observations_opgave_fk" FOREIGN KEY ("tenant_id","opgave_id") REFERENCES "public"."opgaven"("tenant_id","id") ON DELETE SET NULL ("opgave_id") ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "pattern_observations_questionnaire" ON "pattern_observations" ("tenant_id","questionnaire_id");
--> statement-breakpoint
-- An interpretation may stand in one perspective; removing the perspective leaves it unsorted.
ALTER TABLE "interpretations" ADD COLUMN "perspective_id" uuid;
--> statement-breakpoint
ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_perspective_fk" FOREIGN KEY ("tenant_id","perspective_id") REFERENCES "public"."perspectives"("tenant_id","id") ON DELETE SET NULL ("perspective_id") ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "interpretations_observation" ON "interpretations" ("tenant_id","observation_id");
