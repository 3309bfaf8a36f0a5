-- Story text shared with a network (issue 15, docs/network.md "Shared stories"). A story's text
-- leaves its municipality only when both said yes: the teller (stories.share_consent, asked on
-- the storyteller's form, false unless ticked; imported stories have none) and the municipality
-- (a release by an analist or beheerder, a row below). The release holds the copy as released,
-- redacted again; the member's own story table is not widened for anyone.
ALTER TABLE "stories" ADD COLUMN "share_consent" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- Owned by the member that released (tenant_id leads, as network_adoptions): the foreign key to
-- the story cascades, so every way a story disappears (the teller's withdrawal, retention, an
-- import replacing it, the municipality's deletion) takes its released copies with it.
CREATE TABLE "network_story_releases" (
	"tenant_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	-- A quarter such as 2026-Q1: the collection date is not given more precisely than that.
	"period" text DEFAULT '' NOT NULL,
	"released_by" uuid,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" tsvector GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, "title" || ' ' || "text")) STORED,
	CONSTRAINT "network_story_releases_pk" PRIMARY KEY("tenant_id","network_id","story_id"),
	CONSTRAINT "network_story_releases_id" UNIQUE("network_id","id"),
	CONSTRAINT "network_story_releases_text_length" CHECK (length(btrim("text")) >= 1)
);
--> statement-breakpoint
ALTER TABLE "network_story_releases" ADD CONSTRAINT "network_story_releases_story_fk" FOREIGN KEY ("tenant_id","story_id") REFERENCES "public"."stories"("tenant_id","id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "network_story_releases" ADD CONSTRAINT "network_story_releases_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "network_story_releases" ADD CONSTRAINT "network_story_releases_network_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "network_story_releases_network" ON "network_story_releases" ("network_id","released_at");
--> statement-breakpoint
CREATE INDEX "network_story_releases_search" ON "network_story_releases" USING gin ("search");
--> statement-breakpoint
ALTER TABLE "network_story_releases" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "network_story_releases" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('CREATE POLICY owner_maintenance ON network_story_releases TO %I USING (true) WITH CHECK (true)', current_user);
END
$$;
--> statement-breakpoint
-- Active members read the network's released stories; a member releases and takes back only its
-- own, and releases only while it is a member (0015's pattern).
CREATE POLICY "member_read" ON "network_story_releases" FOR SELECT TO duiding_app USING (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "own_insert" ON "network_story_releases" FOR INSERT TO duiding_app
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "own_delete" ON "network_story_releases" FOR DELETE TO duiding_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- A released copy is never edited: a correction is taking it back and releasing again.
REVOKE UPDATE, TRUNCATE ON "network_story_releases" FROM duiding_app;
--> statement-breakpoint
-- A story that leaves the published state (moderation takes it back, rejects it) is no longer
-- visible at home, so it is not visible in the network either: its releases go.
CREATE FUNCTION duiding_story_unreleased() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM network_story_releases WHERE tenant_id = NEW.tenant_id AND story_id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "stories_unreleased" AFTER UPDATE OF "status", "share_consent" ON "stories"
  FOR EACH ROW WHEN (NEW.status <> 'published' OR NOT NEW.share_consent) EXECUTE FUNCTION duiding_story_unreleased();
