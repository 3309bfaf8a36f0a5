-- Long work as jobs (issue 12): pg-boss (schema pgboss, owner only) queues and runs them; what a
-- page shows of a job lives here, per municipality, under row-level security. pg-boss's own rows
-- hold only ids (docs/architecture.md "Jobs"); the parameters, the progress, a failure's message
-- and a job's files (an uploaded import, a ZIP export) are tenant rows like any other.
CREATE TABLE "jobs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"result" jsonb,
	"problems" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "jobs_state" CHECK ("state" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
-- A job's bytes in pieces (base64 text: PGlite parses bytea byte by byte), so a ZIP is written and
-- read a piece at a time and never held whole; 'input' is an upload, 'result' what the job made.
CREATE TABLE "job_files" (
	"tenant_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"seq" integer NOT NULL,
	"data" text NOT NULL,
	CONSTRAINT "job_files_tenant_id_job_id_purpose_seq_pk" PRIMARY KEY("tenant_id","job_id","purpose","seq"),
	CONSTRAINT "job_files_purpose" CHECK ("purpose" IN ('input', 'result'))
);
--> statement-breakpoint
ALTER TABLE "job_files" ADD CONSTRAINT "job_files_tenant_id_job_id_jobs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","job_id") REFERENCES "public"."jobs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "jobs_created" ON "jobs" ("tenant_id","created_at");
--> statement-breakpoint
ALTER TABLE "jobs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "jobs" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "jobs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'jobs', current_user); END $$;
--> statement-breakpoint
ALTER TABLE "job_files" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "job_files" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "job_files" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'job_files', current_user); END $$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "jobs", "job_files" TO duiding_app;
