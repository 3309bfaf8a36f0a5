-- Issue 14 item 1: a local (password) account belongs to ONE municipality. The same e-mail in two
-- municipalities is two accounts with two passwords; an administrator of one municipality can no
-- longer reach another one's data through an account that the other one adds. An account without
-- a home municipality signs in only through single sign-on (the identity provider proves who it
-- is) and never has a password. The column is not called tenant_id on purpose: tables with a
-- tenant_id are exported and deleted with their tenant (tenant-tables.repository.ts), and users
-- hold password hashes.
ALTER TABLE "users" ADD COLUMN "home_tenant_id" uuid;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_home_tenant_id_tenants_id_fk" FOREIGN KEY ("home_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_email_unique";
--> statement-breakpoint
-- Accounts linked to an identity provider become SSO-only: no home, no password.
UPDATE "users" u SET "password_hash" = NULL
  WHERE EXISTS (SELECT 1 FROM "user_identities" i WHERE i."user_id" = u."id");
--> statement-breakpoint
-- Every other account with a membership stays in the municipality of its first membership (the
-- oldest municipality it belongs to: memberships have no date of their own).
UPDATE "users" u SET "home_tenant_id" = (
    SELECT m."tenant_id" FROM "memberships" m JOIN "tenants" t ON t."id" = m."tenant_id"
    WHERE m."user_id" = u."id" ORDER BY t."created_at", t."id" LIMIT 1)
  WHERE NOT EXISTS (SELECT 1 FROM "user_identities" i WHERE i."user_id" = u."id");
--> statement-breakpoint
-- Its memberships elsewhere move to a new account per municipality, with the same e-mail and name
-- but no password: that municipality's beheerder makes a fresh password link for it.
CREATE TEMPORARY TABLE "duiding_account_split" AS
  SELECT p."old_id", p."tenant_id", gen_random_uuid() AS "new_id", p."email", p."display_name"
  FROM (SELECT DISTINCT u."id" AS "old_id", m."tenant_id", u."email", u."display_name"
        FROM "users" u JOIN "memberships" m ON m."user_id" = u."id"
        WHERE u."home_tenant_id" IS NOT NULL AND m."tenant_id" <> u."home_tenant_id") p;
--> statement-breakpoint
INSERT INTO "users" ("id", "email", "display_name", "password_hash", "home_tenant_id")
  SELECT "new_id", "email", "display_name", NULL, "tenant_id" FROM "duiding_account_split";
--> statement-breakpoint
UPDATE "memberships" m SET "user_id" = s."new_id" FROM "duiding_account_split" s
  WHERE m."user_id" = s."old_id" AND m."tenant_id" = s."tenant_id";
--> statement-breakpoint
DROP TABLE "duiding_account_split";
--> statement-breakpoint
-- A session in a municipality that is no longer the account's ends.
DELETE FROM "sessions" x USING "users" u
  WHERE x."user_id" = u."id" AND u."home_tenant_id" IS NOT NULL AND x."tenant_id" <> u."home_tenant_id";
--> statement-breakpoint
-- An account without any membership and without an identity cannot sign in anywhere; it keeps no
-- password, so that it cannot become a way in later.
UPDATE "users" SET "password_hash" = NULL WHERE "home_tenant_id" IS NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "users_home_tenant_email" ON "users" ("home_tenant_id", "email");
--> statement-breakpoint
CREATE INDEX "users_email" ON "users" ("email");
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_password_needs_home" CHECK ("home_tenant_id" IS NOT NULL OR "password_hash" IS NULL);
--> statement-breakpoint
-- The database itself refuses a role in another municipality for an account that has a home, so
-- no code path (today's or a later one) can attach a local account across municipalities.
-- SECURITY DEFINER: the check must see the account even where row-level security hides it.
CREATE FUNCTION "duiding_membership_in_home_tenant"() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.home_tenant_id IS NOT NULL AND u.home_tenant_id <> NEW.tenant_id) THEN
    RAISE EXCEPTION 'account % belongs to another municipality', NEW.user_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "memberships_in_home_tenant" BEFORE INSERT OR UPDATE ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION "duiding_membership_in_home_tenant"();
