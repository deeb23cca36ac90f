/** The element with this id; the page's HTML defines every id the code asks for. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`report page: no element #${id}`);
  return element as T;
}

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (`class`, `hidden`, data-*) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A value in a figures table: text as shown, and the raw value a CSV download keeps. */
export interface Cell {
  readonly text: string;
  readonly raw: string | number | null;
}

/** A figures table: what is drawn and what a download writes. */
export interface TableModel {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export const cell = (text: string, raw: string | number | null = text): Cell => ({ text, raw });

/** Fills a table element; cells after the first are right-aligned numbers. */
export function fillTable(table: HTMLTableElement, model: TableModel, numeric = true): void {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const header of model.headers) head.append(h('th', { scope: 'col' }, header));
  const body = table.createTBody();
  for (const values of model.rows) {
    const row = body.insertRow();
    values.forEach((value, i) => {
      const td = row.insertCell();
      td.textContent = value.text;
      if (numeric && i > 0) td.className = 'num';
    });
  }
}

/** RFC 4180 text of a table: raw values, quoted when they need it. */
export function tableCsv(model: TableModel): string {
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [model.headers.map(quote), ...model.rows.map((r) => r.map((c) => quote(c.raw)))];
  return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** Makes the browser save a text as a file. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
