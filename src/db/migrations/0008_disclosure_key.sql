-- A per-municipality secret for the keyed rounding of counts shown to the council and providers
-- (src/domain/disclosure). Never shown to anyone; a volatile default gives every row its own.
ALTER TABLE "tenants" ADD COLUMN "disclosure_key" text DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') NOT NULL;
