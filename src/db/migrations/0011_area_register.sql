-- The area register (CBS "Wijk- en buurtindeling"): `areas` keeps one row per code, the newest
-- division it appears in (year, name, parent, optional geometry); `area_versions` keeps every
-- year's name and parent, so a renamed or split wijk keeps its history. Geometry is GeoJSON in
-- jsonb, not PostGIS: it must work on PGlite too, and Duiding only draws it (src/domain/areas).
ALTER TABLE "areas" ADD COLUMN "year" integer;
--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "parent_code" text;
--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "geometry" jsonb;
--> statement-breakpoint
CREATE TABLE "area_versions" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"geometry" jsonb,
	CONSTRAINT "area_versions_tenant_id_code_year_pk" PRIMARY KEY("tenant_id","code","year")
);
--> statement-breakpoint
ALTER TABLE "area_versions" ADD CONSTRAINT "area_versions_tenant_id_code_areas_tenant_id_code_fk" FOREIGN KEY ("tenant_id","code") REFERENCES "public"."areas"("tenant_id","code") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "area_versions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "area_versions" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- As every tenant table since 0006: the owner is not exempt, its cross-tenant work goes through owner_maintenance.
ALTER TABLE "area_versions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', 'area_versions', current_user); END $$;
