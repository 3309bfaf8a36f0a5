// Server settings for the embedded PostgreSQL, passed at start (PGlite runs it in single-user
// mode with fsync off). Why each one:
// - max_wal_size / min_wal_size: PostgreSQL keeps recycled WAL segments up to max_wal_size
//   (default 1 GB) as files ahead of the write position, and never shrinks them. After importing
//   100,000 stories that was 529 MB of an 874 MB data directory. 64 MB makes the backend
//   checkpoint more often during a big import and keeps the directory small.
// - full_page_writes: protects against torn pages after an operating-system crash, which fsync
//   off already gives up; without it a checkpoint does not double the WAL that follows it.
// - wal_recycle=off: a checkpoint deletes the WAL segments it no longer needs instead of renaming
//   them into spares for later; with recycling, a big import left max_wal_size (64 MB) of spares
//   behind for good, now one 16 MB segment remains (docs/operations.md "Data size").
// - wal_init_zero=off: a new segment is not first filled with 16 MB of zeros (that allocates its
//   blocks up front so that a later fsync has no metadata to write; PGlite never fsyncs). Without
//   recycling every segment is new, so this keeps the import from writing its WAL twice.
import { PGlite } from '@electric-sql/pglite';

export function pgliteStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams,
    ...['-c', 'max_wal_size=64MB', '-c', 'min_wal_size=32MB', '-c', 'full_page_writes=off'],
    ...['-c', 'wal_recycle=off', '-c', 'wal_init_zero=off'],
  ];
}
