-- Full-text search in each story's own language (issue 17). A story told in Turkish is indexed with
-- the turkish configuration, Arabic with arabic, Dutch with dutch as before; languages PostgreSQL
-- has no configuration for (Polish, Ukrainian, Tigrinya, Somali, Papiamento …) get `simple`: words
-- as written, no stemming, no stop words. Only configurations present on PostgreSQL 15 and on
-- PGlite are named. The same table is in src/domain/languages/index.ts (a unit test keeps them equal).
CREATE OR REPLACE FUNCTION "duiding_text_search_config"("language" text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE lower(split_part(coalesce("language", ''), '-', 1))
    WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
    WHEN 'hy' THEN 'pg_catalog.armenian'::regconfig
    WHEN 'eu' THEN 'pg_catalog.basque'::regconfig
    WHEN 'ca' THEN 'pg_catalog.catalan'::regconfig
    WHEN 'da' THEN 'pg_catalog.danish'::regconfig
    WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig
    WHEN 'fr' THEN 'pg_catalog.french'::regconfig
    WHEN 'de' THEN 'pg_catalog.german'::regconfig
    WHEN 'el' THEN 'pg_catalog.greek'::regconfig
    WHEN 'hi' THEN 'pg_catalog.hindi'::regconfig
    WHEN 'hu' THEN 'pg_catalog.hungarian'::regconfig
    WHEN 'id' THEN 'pg_catalog.indonesian'::regconfig
    WHEN 'ga' THEN 'pg_catalog.irish'::regconfig
    WHEN 'it' THEN 'pg_catalog.italian'::regconfig
    WHEN 'lt' THEN 'pg_catalog.lithuanian'::regconfig
    WHEN 'ne' THEN 'pg_catalog.nepali'::regconfig
    WHEN 'nb' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'nn' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'no' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
    WHEN 'ro' THEN 'pg_catalog.romanian'::regconfig
    WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
    WHEN 'sr' THEN 'pg_catalog.serbian'::regconfig
    WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
    WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
    WHEN 'ta' THEN 'pg_catalog.tamil'::regconfig
    WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
    WHEN 'yi' THEN 'pg_catalog.yiddish'::regconfig
    ELSE 'pg_catalog.simple'::regconfig
  END
$$;
--> statement-breakpoint
-- A generated column cannot change its expression before PostgreSQL 17: drop and add it again. The
-- table is rewritten, but no row changes (no INSERT/UPDATE/DELETE trigger fires), so the stories'
-- change counters and the answer snapshots stay valid, and row-level security is untouched.
ALTER TABLE "stories" DROP COLUMN "search";
--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector("duiding_text_search_config"("language"), coalesce("title", '') || ' ' || coalesce("text", ''))) STORED;
--> statement-breakpoint
CREATE INDEX "stories_search" ON "stories" USING gin ("search");
