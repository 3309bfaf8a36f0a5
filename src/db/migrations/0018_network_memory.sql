-- The network's quality reviews with cases, and its library (issue 15, docs/network.md "Quality
-- reviews" and "The network's memory"). Owned by the network (network_id leads every key), not by
-- a user: created_by is a user id without a foreign key, so a lesson survives the person who
-- wrote it leaving or being deleted. Which member brought a case or shared a lesson is kept
-- (member_tenant_id, SET NULL if the municipality itself is ever deleted).
CREATE TABLE "network_reviews" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'kwaliteitsreview' NOT NULL,
	"title" text NOT NULL,
	"held_on" date,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	-- The same record as a local dialogue: what happened, what was seen, interpretations.
	"record" text DEFAULT '' NOT NULL,
	"seen" text DEFAULT '' NOT NULL,
	"interpretations" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_reviews_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_reviews_kind" CHECK ("kind" = 'kwaliteitsreview'),
	CONSTRAINT "network_reviews_title_length" CHECK (length(btrim("title")) BETWEEN 1 AND 300)
);
--> statement-breakpoint
ALTER TABLE "network_reviews" ADD CONSTRAINT "network_reviews_network_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade;
--> statement-breakpoint
-- A case (casus) a member brings in: a summary, already through the redaction of personal
-- details (the service), never a story.
CREATE TABLE "network_review_cases" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"member_tenant_id" uuid,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_review_cases_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_review_cases_summary_length" CHECK (length(btrim("summary")) BETWEEN 1 AND 5000)
);
--> statement-breakpoint
ALTER TABLE "network_review_cases" ADD CONSTRAINT "network_review_cases_review_fk" FOREIGN KEY ("network_id","review_id") REFERENCES "public"."network_reviews"("network_id","id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "network_review_cases" ADD CONSTRAINT "network_review_cases_member_fk" FOREIGN KEY ("member_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null;
--> statement-breakpoint
-- Actions agreed in a review, with the learning level of local actions (1 causal, 2 reflective, 3 system).
CREATE TABLE "network_review_actions" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date,
	"learning_level" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_review_actions_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_review_actions_level" CHECK ("learning_level" BETWEEN 1 AND 3),
	CONSTRAINT "network_review_actions_status" CHECK ("status" IN ('open', 'loopt', 'afgerond', 'vervallen'))
);
--> statement-breakpoint
ALTER TABLE "network_review_actions" ADD CONSTRAINT "network_review_actions_review_fk" FOREIGN KEY ("network_id","review_id") REFERENCES "public"."network_reviews"("network_id","id") ON DELETE cascade;
--> statement-breakpoint
-- The library: lessons, observations and interpretations members chose to share, with their
-- provenance (member, period, evidence), searchable in Dutch.
CREATE TABLE "network_library" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"member_tenant_id" uuid,
	"period" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"review_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" tsvector GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, "title" || ' ' || "body" || ' ' || "evidence")) STORED,
	CONSTRAINT "network_library_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_library_kind" CHECK ("kind" IN ('les', 'observatie', 'interpretatie')),
	CONSTRAINT "network_library_title_length" CHECK (length(btrim("title")) BETWEEN 1 AND 300),
	CONSTRAINT "network_library_body_length" CHECK (length(btrim("body")) BETWEEN 1 AND 10000)
);
--> statement-breakpoint
ALTER TABLE "network_library" ADD CONSTRAINT "network_library_network_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "network_library" ADD CONSTRAINT "network_library_member_fk" FOREIGN KEY ("member_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null;
--> statement-breakpoint
CREATE INDEX "network_library_search" ON "network_library" USING gin ("search");
--> statement-breakpoint
-- Row-level security as the other network tables (0015): forced, owner_maintenance, and for the
-- application only active members of the network; a member adds cases and lessons only as itself.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['network_reviews', 'network_review_cases', 'network_review_actions', 'network_library']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE POLICY "member_access" ON "network_reviews" TO duiding_app USING (duiding_network_member(network_id)) WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_access" ON "network_review_actions" TO duiding_app USING (duiding_network_member(network_id)) WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_read" ON "network_review_cases" FOR SELECT TO duiding_app USING (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "own_insert" ON "network_review_cases" FOR INSERT TO duiding_app
  WITH CHECK (duiding_network_member(network_id) AND member_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "member_read" ON "network_library" FOR SELECT TO duiding_app USING (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "own_insert" ON "network_library" FOR INSERT TO duiding_app
  WITH CHECK (duiding_network_member(network_id) AND member_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- The library and the cases are the network's memory: the application adds to them, it never
-- changes or deletes an entry (a correction is a new entry).
REVOKE UPDATE, DELETE, TRUNCATE ON "network_review_cases", "network_library" FROM duiding_app;
--> statement-breakpoint
REVOKE TRUNCATE ON "network_reviews", "network_review_actions" FROM duiding_app;
