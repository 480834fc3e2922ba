/** A cell value before CSV encoding. Arrays are joined with " | ". */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

function encodeCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(' | ') : String(value);
  // RFC 4180: quote fields containing a comma, a quote or a line break; double the quotes inside.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Encodes rows as RFC 4180 CSV with a header row and CRLF line ends. Cells beginning with `=`, `+`, `-` or `@`
 * are kept as they are: the files are data, and spreadsheet users are warned in the package README.
 *
 * @example toCsv(['id', 'title'], [{ id: 'a', title: 'Hello, world' }]) // 'id,title\r\na,"Hello, world"\r\n'
 */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Readonly<Record<K, CsvValue>>[]): string {
  const lines = [columns.map((column) => encodeCell(column)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => encodeCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
