-- The regional learning network (issue 15, docs/network.md): municipalities (tenants) that join a
-- network by a beheerder's explicit consent, the providers that work across them, a shared
-- instrument designed and versioned at network level, and which version each member adopted.
--
-- Two kinds of table:
-- - owned by the network (no tenant_id; network_id leads every key): networks, network_providers,
--   network_questionnaires, network_questionnaire_versions, network_indicator_sets. The
--   application role (duiding_app) sees and writes them only while the current municipality
--   (app.tenant_id) is an active member; a municipality that has not joined sees nothing.
-- - owned by a member (tenant_id leads, as every tenant table): network_members (the consent to
--   join, the opt-in to be named, leaving) and network_adoptions. A member writes only its own
--   rows; it reads the rows of the networks it is an active member of.
-- Member data (stories, answers, indicator observations) stays in the member's own tables under
-- their own tenant_isolation policy: a network query never widens those. It reads each member's
-- aggregates in that member's own scope and combines them (docs/network.md, "Row-level security").
CREATE TABLE "networks" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "networks_pkey" PRIMARY KEY("id"),
	CONSTRAINT "networks_slug" UNIQUE("slug"),
	CONSTRAINT "networks_slug_form" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 60),
	CONSTRAINT "networks_name_length" CHECK (length(btrim("name")) BETWEEN 1 AND 200)
);
--> statement-breakpoint
-- One period of membership. Leaving ends it (left_at) rather than deleting it, so it stays known
-- who was a member when; joining again is a new row. At most one open period per network and
-- municipality. consent_by is the beheerder who consented on the page; null with consent_via
-- 'cli' is an operator's action on the command line (docs/network.md, "Consent").
CREATE TABLE "network_members" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consent_by" uuid,
	"consent_via" text NOT NULL,
	-- Opt-in: only a member that chose so is shown by its name to other members and the
	-- coordinator; otherwise it is "gemeente B" and only inside aggregates (issue 15).
	"named" boolean DEFAULT false NOT NULL,
	"left_at" timestamp with time zone,
	"left_by" uuid,
	CONSTRAINT "network_members_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "network_members_consent_via" CHECK ("consent_via" IN ('page', 'cli')),
	CONSTRAINT "network_members_page_consent_names_beheerder" CHECK ("consent_via" = 'cli' OR "consent_by" IS NOT NULL),
	CONSTRAINT "network_members_left_after_joined" CHECK ("left_at" IS NULL OR "left_at" >= "joined_at")
);
--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Joining twice is refused by the database too (the service says so first, in words).
CREATE UNIQUE INDEX "network_members_active" ON "network_members" ("network_id","tenant_id") WHERE "left_at" IS NULL;
--> statement-breakpoint
-- Providers that work across several members. code is the provider code the members use in
-- their own providers register, stories and indicator observations.
CREATE TABLE "network_providers" (
	"network_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_providers_network_id_code_pk" PRIMARY KEY("network_id","code"),
	CONSTRAINT "network_providers_code_form" CHECK ("code" ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$' AND length("code") <= 60)
);
--> statement-breakpoint
ALTER TABLE "network_providers" ADD CONSTRAINT "network_providers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The shared questionnaire of a network, designed together; its content lives in its versions.
CREATE TABLE "network_questionnaires" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_questionnaires_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_questionnaires_key" UNIQUE("network_id","key")
);
--> statement-breakpoint
ALTER TABLE "network_questionnaires" ADD CONSTRAINT "network_questionnaires_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- A version of the shared instrument: a duiding.questionnaire/v1 document and the keys of its
-- questions (the only questions a network comparison may use). Never changed once written: a
-- change is a new version, which members adopt when they choose (no UPDATE or DELETE below).
CREATE TABLE "network_questionnaire_versions" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"question_keys" text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_questionnaire_versions_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "network_questionnaire_versions_number" UNIQUE("network_id","questionnaire_id","version"),
	CONSTRAINT "network_questionnaire_versions_positive" CHECK ("version" >= 1),
	CONSTRAINT "network_questionnaire_versions_has_questions" CHECK (cardinality("question_keys") >= 1)
);
--> statement-breakpoint
ALTER TABLE "network_questionnaire_versions" ADD CONSTRAINT "network_questionnaire_versions_questionnaire_fk" FOREIGN KEY ("network_id","questionnaire_id") REFERENCES "public"."network_questionnaires"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The shared indicator set, versioned like the questionnaire: each version lists the indicators
-- (key, name, unit, direction, definition) that members report under the same key.
CREATE TABLE "network_indicator_sets" (
	"network_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"indicators" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_indicator_sets_network_id_version_pk" PRIMARY KEY("network_id","version"),
	CONSTRAINT "network_indicator_sets_positive" CHECK ("version" >= 1),
	CONSTRAINT "network_indicator_sets_is_list" CHECK (jsonb_typeof("indicators") = 'array')
);
--> statement-breakpoint
ALTER TABLE "network_indicator_sets" ADD CONSTRAINT "network_indicator_sets_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- A member's adoption of a network version for one of its own questionnaires (whose collections
-- then ask the shared questions). The newest row per member and network questionnaire is the one
-- in force; older rows are the history. Questions of the member's questionnaire whose keys are
-- not in the adopted version's question_keys are local: they never enter a network comparison.
-- questionnaire_version_id is the member's own version written at adoption.
CREATE TABLE "network_adoptions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"network_questionnaire_id" uuid NOT NULL,
	"network_version_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"questionnaire_version_id" uuid NOT NULL,
	"adopted_by" uuid,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_adoptions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "network_adoptions" ADD CONSTRAINT "network_adoptions_version_fk" FOREIGN KEY ("network_id","network_version_id") REFERENCES "public"."network_questionnaire_versions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "network_adoptions" ADD CONSTRAINT "network_adoptions_network_questionnaire_fk" FOREIGN KEY ("network_id","network_questionnaire_id") REFERENCES "public"."network_questionnaires"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "network_adoptions" ADD CONSTRAINT "network_adoptions_questionnaire_fk" FOREIGN KEY ("tenant_id","questionnaire_id") REFERENCES "public"."questionnaires"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "network_adoptions" ADD CONSTRAINT "network_adoptions_questionnaire_version_fk" FOREIGN KEY ("tenant_id","questionnaire_version_id") REFERENCES "public"."questionnaire_versions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "network_adoptions_current" ON "network_adoptions" ("network_id","tenant_id","network_questionnaire_id","adopted_at");
--> statement-breakpoint
-- Whether the current municipality is an active member of this network. SECURITY DEFINER so the
-- policies below can ask it without recursing into network_members' own policy, and so that the
-- answer does not depend on what the caller can see.
CREATE FUNCTION duiding_network_member(p_network uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT EXISTS (
    SELECT 1 FROM network_members m
    WHERE m.network_id = p_network AND m.left_at IS NULL
      AND m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
  )
$$;
--> statement-breakpoint
-- Joining needs the network's id and name before the municipality is a member. Whoever knows the
-- exact slug (the coordinator passes it on) may look up that one network; nothing lists networks
-- to a non-member. Only with a municipality in scope.
CREATE FUNCTION duiding_network_to_join(p_slug text) RETURNS TABLE (id uuid, slug text, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT n.id, n.slug, n.name FROM networks n
  WHERE n.slug = p_slug AND nullif(current_setting('app.tenant_id', true), '') IS NOT NULL
$$;
--> statement-breakpoint
-- The names of a network's members, for a member of that network: only of members that opted to
-- be named, and the asker's own. The tenants table shows a municipality only itself (0003), so
-- without this a member could not name anyone; with it, it names no one who did not agree.
CREATE FUNCTION duiding_network_member_names(p_network uuid) RETURNS TABLE (tenant_id uuid, slug text, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT t.id, t.slug, t.name FROM network_members m JOIN tenants t ON t.id = m.tenant_id
  WHERE m.network_id = p_network AND m.left_at IS NULL AND duiding_network_member(p_network)
    AND (m.named OR m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION duiding_network_member(uuid), duiding_network_to_join(text), duiding_network_member_names(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION duiding_network_member(uuid), duiding_network_to_join(text), duiding_network_member_names(uuid) TO duiding_app;
--> statement-breakpoint
-- Row-level security on every network table, forced for the owner too, with owner_maintenance
-- for the owner's deliberate cross-network work (the CLI's network create and join).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['networks', 'network_members', 'network_providers', 'network_questionnaires',
                           'network_questionnaire_versions', 'network_indicator_sets', 'network_adoptions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END
$$;
--> statement-breakpoint
-- networks: members read theirs and may rename it; creating one is the operator's (CLI).
CREATE POLICY "member_read" ON "networks" FOR SELECT TO duiding_app USING (duiding_network_member(id));
--> statement-breakpoint
CREATE POLICY "member_update" ON "networks" FOR UPDATE TO duiding_app USING (duiding_network_member(id)) WITH CHECK (duiding_network_member(id));
--> statement-breakpoint
-- network_members: a municipality sees its own periods (also after leaving) and the members of
-- the networks it is in; it writes only its own rows (join, leave, the opt-in to be named).
CREATE POLICY "member_read" ON "network_members" FOR SELECT TO duiding_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid OR duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "own_insert" ON "network_members" FOR INSERT TO duiding_app
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "own_update" ON "network_members" FOR UPDATE TO duiding_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- The network's own tables: read and written by active members only (which role may write is the
-- policy layer's: services/auth/policy.ts, network.manage).
CREATE POLICY "member_access" ON "network_providers" TO duiding_app USING (duiding_network_member(network_id)) WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_access" ON "network_questionnaires" TO duiding_app USING (duiding_network_member(network_id)) WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_read" ON "network_questionnaire_versions" FOR SELECT TO duiding_app USING (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_insert" ON "network_questionnaire_versions" FOR INSERT TO duiding_app WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_read" ON "network_indicator_sets" FOR SELECT TO duiding_app USING (duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "member_insert" ON "network_indicator_sets" FOR INSERT TO duiding_app WITH CHECK (duiding_network_member(network_id));
--> statement-breakpoint
-- network_adoptions: the other members see which version each member uses (the coordinator's
-- overview); a member writes only its own, and only while it is a member.
CREATE POLICY "member_read" ON "network_adoptions" FOR SELECT TO duiding_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid OR duiding_network_member(network_id));
--> statement-breakpoint
CREATE POLICY "own_insert" ON "network_adoptions" FOR INSERT TO duiding_app
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND duiding_network_member(network_id));
--> statement-breakpoint
-- Versions and indicator sets are never changed; memberships and adoptions are history: the
-- application adds to them and ends a membership, it never deletes one.
REVOKE UPDATE, DELETE, TRUNCATE ON "network_questionnaire_versions", "network_indicator_sets", "network_adoptions" FROM duiding_app;
--> statement-breakpoint
REVOKE INSERT, DELETE, TRUNCATE ON "networks" FROM duiding_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "network_members" FROM duiding_app;
--> statement-breakpoint
GRANT SELECT, UPDATE ON "networks" TO duiding_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "network_members" TO duiding_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "network_providers", "network_questionnaires" TO duiding_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON "network_questionnaire_versions", "network_indicator_sets", "network_adoptions" TO duiding_app;
