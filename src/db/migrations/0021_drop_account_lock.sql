-- The account lock of 0002 (users.failed_sign_ins, users.locked_until) was never used: sign-in
-- throttling (services/auth/throttle.ts, docs/accounts.md) counts per e-mail address and client
-- address instead, in its own table, for unknown addresses exactly as for accounts. A lock kept on
-- the account would let anyone who knows an address lock its owner out, and would answer an
-- unknown address differently from a known one (docs/security.md, "No account lock"). The column
-- privileges of 0006 go with the columns.
ALTER TABLE "users" DROP COLUMN "failed_sign_ins";
--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";
