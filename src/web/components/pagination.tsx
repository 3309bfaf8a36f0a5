// Previous / next links under a long list, with an optional "page 2 of 5".
interface PaginationProps {
  label: string;
  page: number;
  /** Whether there is a next page. */
  more: boolean;
  href: (page: number) => string;
  previous: string;
  next: string;
  /** "Pagina 2 van 5", when the number of pages is known. */
  position?: string;
}

export function Pagination({ label, page, more, href, previous, next, position }: PaginationProps) {
  if (page <= 1 && !more) return null;
  return (
    <nav class="duiding-pagination" aria-label={label}>
      {page > 1 ? (
        <a class="utrecht-link utrecht-link--html-a" href={href(page - 1)} rel="prev">
          {previous}
        </a>
      ) : null}
      {position ? <span>{position}</span> : null}
      {more ? (
        <a class="utrecht-link utrecht-link--html-a" href={href(page + 1)} rel="next">
          {next}
        </a>
      ) : null}
    </nav>
  );
}
