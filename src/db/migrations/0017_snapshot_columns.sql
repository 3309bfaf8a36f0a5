-- Answer snapshots in the binary column format (services/answer-snapshot-format.ts): typed
-- arrays, deflated, as bytea. They are derived data, so the old JSON documents are dropped and
-- the first scan writes them again. The embedded database reads them with COPY … TO '/dev/blob'
-- in binary (answer-snapshot.repository.ts), so PGlite's slow hex parsing of bytea never runs.
-- Deflated already: no second compression by TOAST.
DELETE FROM "answer_snapshots";
--> statement-breakpoint
ALTER TABLE "answer_snapshots" ALTER COLUMN "data" TYPE bytea USING convert_to("data", 'UTF8');
--> statement-breakpoint
ALTER TABLE "answer_snapshots" ALTER COLUMN "data" SET STORAGE EXTERNAL;
