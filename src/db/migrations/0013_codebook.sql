-- Coding (issue 11): a codebook per questionnaire and the codes analysts apply to a whole story or
-- to a passage of its text. This replaces `tags` and `story_tags` of 0000, which nothing ever wrote
-- or read: a tag belonged to the municipality rather than a questionnaire, had no parent, no
-- passage and only one row per story and tag, so two analysts could not code the same story
-- (which inter-coder agreement needs). Keeping both would leave two words for one idea.
DROP TABLE "story_tags";
--> statement-breakpoint
DROP TABLE "tags";
--> statement-breakpoint
CREATE TABLE "codes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	-- Two levels at most: a parent is itself a top-level code (checked by services/coding).
	"parent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "codes_slug" UNIQUE("tenant_id","questionnaire_id","slug"),
	-- The target of the parent key below: a parent belongs to the same questionnaire.
	CONSTRAINT "codes_questionnaire_id" UNIQUE("tenant_id","questionnaire_id","id"),
	CONSTRAINT "codes_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id")
);
--> statement-breakpoint
ALTER TABLE "codes" ADD CONSTRAINT "codes_tenant_id_questionnaire_id_questionnaires_tenant_id_id_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- MATCH SIMPLE: a code without a parent (parent_id null) is not checked.
ALTER TABLE "codes" ADD CONSTRAINT "codes_parent_fk" FOREIGN KEY ("tenant_id","questionnaire_id","parent_id") REFERENCES "public"."codes"("tenant_id","questionnaire_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "codes" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "codes" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- As every tenant table since 0006: the owner is not exempt, its cross-tenant work goes through owner_maintenance.
ALTER TABLE "codes" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'codes', current_user); END $$;
--> statement-breakpoint
-- One analyst's use of one code on one story: the whole story (start and end null) or the passage
-- text[start, end) in UTF-16 code units, as JavaScript and the browser's selection count them.
-- analyst_id has no foreign key to users: a coding stays (for agreement) when the account goes,
-- as audit_log.user_id does.
CREATE TABLE "code_applications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"analyst_id" uuid NOT NULL,
	"start_offset" integer,
	"end_offset" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_applications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "code_applications_span" CHECK (("start_offset" IS NULL AND "end_offset" IS NULL) OR ("start_offset" >= 0 AND "end_offset" > "start_offset"))
);
--> statement-breakpoint
ALTER TABLE "code_applications" ADD CONSTRAINT "code_applications_tenant_id_code_id_codes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","code_id") REFERENCES "public"."codes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "code_applications" ADD CONSTRAINT "code_applications_tenant_id_story_id_stories_tenant_id_id_fk" FOREIGN KEY ("tenant_id","story_id") REFERENCES "public"."stories"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- A whole story is coded once per code and analyst; passages may not overlap (services/coding).
CREATE UNIQUE INDEX "code_applications_whole_story" ON "code_applications" ("tenant_id","story_id","code_id","analyst_id") WHERE "start_offset" IS NULL;
--> statement-breakpoint
CREATE INDEX "code_applications_code" ON "code_applications" ("tenant_id","code_id","story_id");
--> statement-breakpoint
ALTER TABLE "code_applications" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "code_applications" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "code_applications" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'code_applications', current_user); END $$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "codes", "code_applications" TO duiding_app;
--> statement-breakpoint
-- Codes are analysis variables (code:x in the pattern scan), so a change to the codebook or to a
-- coding raises the questionnaire's story counter of 0010, exactly as a changed story does: the
-- answer snapshot and every cached scan of that questionnaire become stale by themselves.
CREATE FUNCTION "count_code_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO story_change_counters AS c (tenant_id, questionnaire_id, changes)
  SELECT DISTINCT r.tenant_id, r.questionnaire_id, 1 FROM changed_rows r
  WHERE EXISTS (SELECT 1 FROM questionnaires q WHERE q.tenant_id = r.tenant_id AND q.id = r.questionnaire_id)
  ON CONFLICT (tenant_id, questionnaire_id) DO UPDATE SET changes = c.changes + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "count_coding_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO story_change_counters AS c (tenant_id, questionnaire_id, changes)
  SELECT DISTINCT k.tenant_id, k.questionnaire_id, 1 FROM changed_rows r
  JOIN codes k ON k.tenant_id = r.tenant_id AND k.id = r.code_id
  ON CONFLICT (tenant_id, questionnaire_id) DO UPDATE SET changes = c.changes + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "codes_inserted" AFTER INSERT ON "codes" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_code_changes"();
--> statement-breakpoint
CREATE TRIGGER "codes_updated" AFTER UPDATE ON "codes" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_code_changes"();
--> statement-breakpoint
CREATE TRIGGER "codes_deleted" AFTER DELETE ON "codes" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_code_changes"();
--> statement-breakpoint
CREATE TRIGGER "code_applications_inserted" AFTER INSERT ON "code_applications" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_coding_changes"();
--> statement-breakpoint
CREATE TRIGGER "code_applications_updated" AFTER UPDATE ON "code_applications" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_coding_changes"();
--> statement-breakpoint
CREATE TRIGGER "code_applications_deleted" AFTER DELETE ON "code_applications" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_coding_changes"();
