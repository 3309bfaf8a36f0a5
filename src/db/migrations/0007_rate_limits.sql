-- Limits shared by every app server (issue 14): the request limit of the public story endpoints
-- and sign-in throttling, kept by rate-limiter-flexible's PostgreSQL store. Its column layout is
-- the library's own (key, points, expire in ms since 1970); the table is made here, never at run
-- time. Keys hold no IP address or e-mail address, only keyed hashes (services/limits/).
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE INDEX "rate_limits_expire" ON "rate_limits" USING btree ("expire");
--> statement-breakpoint
-- The hashing key, a new one every day (UTC), deleted after two days: the hashes kept in
-- rate_limits can only be matched to addresses (by trying them all) with a key that still
-- exists, so at most the last day's counts could ever be traced back.
CREATE TABLE "rate_limit_secrets" (
	"day" date PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
-- The application role uses both tables directly (0003's default privileges say the same; said
-- here too because the limits stop working without it). No tenant_id, so no row-level security.
GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limits", "rate_limit_secrets" TO duiding_app;
