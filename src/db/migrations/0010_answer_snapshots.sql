-- One snapshot per questionnaire of the analysable answers of its published stories (the pattern
-- scan's input), so a scan reads one document instead of a million answer rows. Derived data:
-- valid only while stories_version matches the stories (answer-snapshot.repository.ts).
CREATE TABLE "answer_snapshots" (
	"tenant_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"stories_version" text NOT NULL,
	"data" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_snapshots_tenant_id_questionnaire_id_pk" PRIMARY KEY("tenant_id","questionnaire_id")
);
--> statement-breakpoint
-- The data is deflated already: no second compression by TOAST.
ALTER TABLE "answer_snapshots" ALTER COLUMN "data" SET STORAGE EXTERNAL;
--> statement-breakpoint
ALTER TABLE "answer_snapshots" ADD CONSTRAINT "answer_snapshots_tenant_id_questionnaire_id_questionnaires_tenant_id_id_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "answer_snapshots" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "answer_snapshots" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
