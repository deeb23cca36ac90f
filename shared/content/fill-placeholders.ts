/**
 * A text with its `{name}` placeholders filled from `values`; a placeholder
 * without a value stays as written, so a missing figure shows rather than
 * vanishing.
 *
 * @example
 * fillPlaceholders('Saved to row {row}', { row: 7 }) // => 'Saved to row 7'
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
