/** A content entry as the rules see it: its id, and the file it came from when the loader knows it. */
export interface ContentEntry {
  id: string;
  filePath?: string | undefined;
}

/**
 * The file a message should name for an entry: its own file, else `fallback`
 * (the file every entry of a one-file collection comes from), else its id.
 */
export function fileOf(entry: ContentEntry, fallback: string = entry.id): string {
  return entry.filePath ?? fallback;
}
