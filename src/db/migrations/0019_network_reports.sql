-- The network's published reports (issue 15, docs/network.md "Published reports"): a network
-- comparison frozen at the moment the coordinator publishes it. Owned by the network (network_id
-- leads the key), not by a member and not by a user: published_by is a user id without a foreign
-- key. The document is the comparison as a reader sees it who sees no member by name except the
-- members that opted to be named (services/network-compare/reports.ts), so every member may read
-- it. members is the member list at publication: each member's tenant id (to tell later that it
-- left; never sent to a reader), whether it was named, and its name only when it was.
CREATE TABLE "network_reports" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	-- The period as the comparison takes it (a month, quarter or year, or open).
	"period_from" text,
	"period_to" text,
	"document" jsonb NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_reports_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_reports_title_length" CHECK (length(btrim("title")) BETWEEN 1 AND 300)
);
--> statement-breakpoint
ALTER TABLE "network_reports" ADD CONSTRAINT "network_reports_network_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "network_reports_published" ON "network_reports" ("network_id", "published_at");
--> statement-breakpoint
-- Row-level security as the other network tables (0015, 0018): forced, owner_maintenance, and for
-- the application only active members of the network read and add.
ALTER TABLE "network_reports" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "network_reports" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('CREATE POLICY owner_maintenance ON network_reports TO %I USING (true) WITH CHECK (true)', current_user);
END
$$;
--> statement-breakpoint
CREATE POLICY "member_read" ON "network_reports" FOR SELECT TO duiding_app USING (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_insert" ON "network_reports" FOR INSERT TO duiding_app WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
-- A published report is a snapshot: the application never changes or deletes one (a member
-- leaving does not take its figures out of it; the report says so).
REVOKE UPDATE, DELETE, TRUNCATE ON "network_reports" FROM duiding_app;
