// "Nothing here yet. Import." on an empty list: the words, then the import page's name — a link
// for a role that may import, plain text for one that may not (it names where the data comes from).
export function EmptyImport({ text, importLabel, canImport }: { text: string; importLabel: string; canImport: boolean }) {
  return (
    <p class="utrecht-paragraph duiding-empty">
      {text}{' '}
      {canImport ? (
        <a class="utrecht-link utrecht-link--html-a" href="/importeren">
          {importLabel}
        </a>
      ) : (
        importLabel
      )}
      .
    </p>
  );
}
