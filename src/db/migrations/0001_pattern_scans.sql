CREATE TABLE "pattern_scans" (
	"tenant_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"filter_key" text NOT NULL,
	"stories_version" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pattern_scans_tenant_id_questionnaire_id_filter_key_pk" PRIMARY KEY("tenant_id","questionnaire_id","filter_key")
);
--> statement-breakpoint
ALTER TABLE "pattern_scans" ADD CONSTRAINT "pattern_scans_tenant_id_questionnaire_id_questionnaires_tenant_id_id_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;