/**
 * A buying-role column's header: "Role: <role>" or "角色：<role>" (the role in
 * English or Chinese, e.g. "Role: Budget owner", "角色：预算负责人"). The prefix
 * keeps "Role: Champion" apart from the MEDDPICC Champion score column.
 */
export const ROLE_HEADER = /^\s*(?:role|角色)\s*[:：]\s*\S/i;

/** The pipeline header's buying-role columns, 0-based, in sheet order. */
export function roleColumns(header: readonly unknown[]): { header: string; column: number }[] {
  return header
    .map((cell, column) => ({ header: String(cell ?? '').trim(), column }))
    .filter((c) => ROLE_HEADER.test(c.header));
}

/**
 * The 0-based column whose header is `text` once trimmed, or -1. The sidebar
 * sends back the headers `roleColumns` gave it, so they match exactly.
 */
export function columnOf(header: readonly unknown[], text: string): number {
  return header.findIndex((cell) => String(cell ?? '').trim() === text);
}
