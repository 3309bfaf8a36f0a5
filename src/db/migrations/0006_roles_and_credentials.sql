-- Closes the gaps of 0003 (issue 14, item 6; docs/security.md "Database roles"):
-- 1. FORCE ROW LEVEL SECURITY, so the table owner is no longer exempt by default; the owner's
--    cross-tenant work (migrations, retention, tenant create/delete/export, sign-in lookup) goes
--    through one named policy, owner_maintenance, granted to the migrating role only.
-- 2. users, user_tokens and user_identities get policies: duiding_app sees an account only when it
--    is the signed-in person's, belongs to the current municipality (home_tenant_id, 0005) or has
--    a role there (a single sign-on account); it may create only accounts of that municipality.
-- 3. duiding_app may not read or write users.password_hash; passwords are checked by SECURITY
--    DEFINER functions that never return the hash.
-- 4. audit_log is append-only for every role, the owner included: a trigger refuses UPDATE,
--    TRUNCATE, and DELETE except the deliberate erasure of one whole municipality.
-- Everything is found from the catalog, so columns and tables of other migrations (0005) are
-- covered when they run before this one.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      AND (c.relrowsecurity OR c.relname IN ('users', 'user_tokens', 'user_identities'))
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.relname);
    -- Superusers bypass row-level security anyway; a non-superuser owner needs this policy.
    -- Only the owner role itself (and roles that are members of it) gets it, never duiding_app.
    EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', t.relname, current_user);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Whether duiding_app may see this account: the signed-in person's own, a local account of the
-- current municipality (home_tenant_id, migration 0005: also one whose roles were all removed,
-- so that adding it again finds it), or an account with a role there (a single sign-on account,
-- which has no home). Never a local account of another municipality. SECURITY DEFINER so that
-- the check sees every membership and account (not only those the caller's own policies show),
-- and so that it cannot be fooled by what the caller sees.
CREATE FUNCTION duiding_user_visible(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT p_user = nullif(current_setting('app.user_id', true), '')::uuid
      OR EXISTS (
        SELECT 1 FROM users u
        WHERE u.id = p_user AND u.home_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      )
      OR EXISTS (
        SELECT 1 FROM memberships m
        WHERE m.user_id = p_user AND m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION duiding_user_visible(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION duiding_user_visible(uuid) TO duiding_app;
--> statement-breakpoint
-- duiding_app creates only local accounts of its own municipality (a beheerder adding a person;
-- single sign-on accounts, which have no home, are made on the sign-in path as the owner). The id
-- is made by the application, so no RETURNING (which would need to read password_hash) is needed.
CREATE POLICY app_read ON users FOR SELECT TO duiding_app USING (duiding_user_visible(id));
--> statement-breakpoint
CREATE POLICY app_insert ON users FOR INSERT TO duiding_app
  WITH CHECK (home_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY app_update ON users FOR UPDATE TO duiding_app USING (duiding_user_visible(id)) WITH CHECK (duiding_user_visible(id));
--> statement-breakpoint
CREATE POLICY app_delete ON users FOR DELETE TO duiding_app USING (duiding_user_visible(id));
--> statement-breakpoint
CREATE POLICY app_access ON user_tokens TO duiding_app USING (duiding_user_visible(user_id)) WITH CHECK (duiding_user_visible(user_id));
--> statement-breakpoint
CREATE POLICY app_access ON user_identities TO duiding_app USING (duiding_user_visible(user_id)) WITH CHECK (duiding_user_visible(user_id));
--> statement-breakpoint
-- Column privileges: SELECT on every column of users except password_hash; UPDATE also not on
-- id and home_tenant_id (which municipality an account belongs to is decided when it is made, or
-- by single sign-on on the owner's path, never by the application role). Found from the catalog,
-- so a column added by an earlier migration (0005) is granted here; a later one needs its own
-- GRANT (tests/integration/row-level-security.test.ts lists what the app may read).
REVOKE SELECT, UPDATE ON users FROM duiding_app;
--> statement-breakpoint
DO $$
DECLARE
  readable text;
  changeable text;
BEGIN
  SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO readable
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = 'users' AND column_name <> 'password_hash';
  SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO changeable
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = 'users' AND column_name NOT IN ('password_hash', 'id', 'home_tenant_id');
  EXECUTE format('GRANT SELECT (%s) ON users TO duiding_app', readable);
  EXECUTE format('GRANT UPDATE (%s) ON users TO duiding_app', changeable);
END
$$;
--> statement-breakpoint
-- Password check without handing out the hash: the application asks for the Argon2 parameters
-- and salt (the PHC string without its last field), hashes the attempt with them, and lets the
-- database compare. Unknown people and people without a password get no row.
CREATE FUNCTION duiding_password_params(p_user uuid) RETURNS TABLE (params text, hash_chars integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT regexp_replace(u.password_hash, '\$[^$]*$', ''), length(substring(u.password_hash from '[^$]*$'))
  FROM users u WHERE u.id = p_user AND u.password_hash IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION duiding_password_matches(p_user uuid, p_candidate text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT coalesce((SELECT u.password_hash = p_candidate FROM users u WHERE u.id = p_user AND u.password_hash IS NOT NULL), false)
$$;
--> statement-breakpoint
CREATE FUNCTION duiding_user_has_password(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = p_user AND u.password_hash IS NOT NULL)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION duiding_password_params(uuid), duiding_password_matches(uuid, text), duiding_user_has_password(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION duiding_password_params(uuid), duiding_password_matches(uuid, text), duiding_user_has_password(uuid) TO duiding_app;
--> statement-breakpoint
-- The audit log is kept. duiding_app already lacks UPDATE/DELETE/TRUNCATE (0003); this trigger
-- holds for the owner too. The one way to remove entries is erasing a whole municipality
-- (services/tenant-data.ts deleteTenant), which first sets duiding.erase_tenant to that
-- municipality's id for its transaction (db/tenant-scope.ts allowAuditErasure).
CREATE FUNCTION duiding_audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.tenant_id::text = current_setting('duiding.erase_tenant', true) THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Only deleting a whole municipality (duiding tenant delete) removes its audit log.';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION duiding_audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION duiding_audit_log_append_only();
