-- One snapshot per questionnaire of the analysable answers of its published stories (the pattern
-- scan's input), so a scan reads one document instead of a million answer rows. Derived data:
-- valid only while stories_version matches the stories (answer-snapshot.repository.ts).
CREATE TABLE "answer_snapshots" (
	"tenant_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"stories_version" text NOT NULL,
	"data" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_snapshots_tenant_id_questionnaire_id_pk" PRIMARY KEY("tenant_id","questionnaire_id")
);
--> statement-breakpoint
-- Deflated JSON in base64: text, because PGlite hands bytea over as hex and parses it byte by
-- byte (2–5 s for 5 MB on a loaded machine, against 0.6 s as base64 text). Deflated already: no
-- second compression by TOAST.
ALTER TABLE "answer_snapshots" ALTER COLUMN "data" SET STORAGE EXTERNAL;
--> statement-breakpoint
ALTER TABLE "answer_snapshots" ADD CONSTRAINT "answer_snapshots_tenant_id_questionnaire_id_questionnaires_tenant_id_id_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "answer_snapshots" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "answer_snapshots" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- As every tenant table since 0006: the owner is not exempt, its cross-tenant work goes through owner_maintenance.
ALTER TABLE "answer_snapshots" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'answer_snapshots', current_user); END $$;
--> statement-breakpoint
-- A counter per questionnaire that every statement changing its stories raises (statement-level
-- triggers, so a batch insert of 500 stories costs one update). Caches of derived data (the
-- answer snapshot, cached pattern scans) compare this number instead of scanning every story.
CREATE TABLE "story_change_counters" (
	"tenant_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"changes" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "story_change_counters_tenant_id_questionnaire_id_pk" PRIMARY KEY("tenant_id","questionnaire_id")
);
--> statement-breakpoint
ALTER TABLE "story_change_counters" ADD CONSTRAINT "story_change_counters_tenant_id_questionnaire_id_questionnaires_tenant_id_id_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "story_change_counters" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "story_change_counters" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- As every tenant table since 0006: the owner is not exempt, its cross-tenant work goes through owner_maintenance.
ALTER TABLE "story_change_counters" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'story_change_counters', current_user); END $$;
--> statement-breakpoint
-- Questionnaires being deleted (a whole municipality) need no counter any more.
CREATE FUNCTION "count_story_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO story_change_counters AS c (tenant_id, questionnaire_id, changes)
  SELECT DISTINCT r.tenant_id, r.questionnaire_id, 1 FROM changed_rows r
  WHERE EXISTS (SELECT 1 FROM questionnaires q WHERE q.tenant_id = r.tenant_id AND q.id = r.questionnaire_id)
  ON CONFLICT (tenant_id, questionnaire_id) DO UPDATE SET changes = c.changes + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "count_stories_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE story_change_counters SET changes = changes + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "stories_inserted" AFTER INSERT ON "stories" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_story_changes"();
--> statement-breakpoint
CREATE TRIGGER "stories_updated" AFTER UPDATE ON "stories" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_story_changes"();
--> statement-breakpoint
CREATE TRIGGER "stories_deleted" AFTER DELETE ON "stories" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_story_changes"();
--> statement-breakpoint
CREATE TRIGGER "stories_truncated" AFTER TRUNCATE ON "stories" FOR EACH STATEMENT EXECUTE FUNCTION "count_stories_truncated"();
