// In-memory stand-ins for the SpreadsheetApp objects the add-on uses. Values
// live in a plain grid; every write is recorded so tests can check exactly
// which cells the add-on touched. Formatting calls (setFontWeight,
// setBackground...) are accepted and ignored through a Proxy.

export type Cell = unknown;

export interface WriteRecord {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly kind: 'values' | 'formulas' | 'notes' | 'validation';
}

/** Chainable no-op for any method not defined on the target. */
function chainable<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop in obj) return Reflect.get(obj, prop, receiver);
      if (
        typeof prop === 'string' &&
        /^(set|add|clear|auto|insert|hide|show|activate)/.test(prop)
      ) {
        return () => receiver;
      }
      return undefined;
    },
  });
}

/**
 * What Sheets makes of a string written with setValues: a leading apostrophe
 * keeps the rest as text (the apostrophe is not part of the value), text that
 * starts with = + - or @ is taken as a formula, and a plain number such as
 * "00123" becomes the number 123.
 */
function asSheetsParses(v: unknown): { value: unknown; formula?: string } {
  if (typeof v !== 'string') return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(v)) return { value: Number(v) };
  if (/^\s*(true|false)\s*$/i.test(v)) return { value: v.trim().toLowerCase() === 'true' };
  if (/^[=+\-@]/.test(v)) return { value: '#ERROR!', formula: v };
  return { value: v };
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(`FakeRange: bad range ${row},${column},${numRows},${numColumns}`);
    }
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numColumns;
  }
  getLastRow() {
    return this.row + this.numRows - 1;
  }
  getSheet() {
    return this.sheet;
  }
  getA1Notation() {
    return `R${this.row}C${this.column}:R${this.getLastRow()}C${this.column + this.numColumns - 1}`;
  }
  private grid<T>(read: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }
  getValues() {
    this.sheet.book.reads.push({
      sheet: this.sheet.name,
      row: this.row,
      column: this.column,
      rows: this.numRows,
      columns: this.numColumns,
    });
    return this.grid((r, c) => this.sheet.book.toRealm(this.sheet.cell(r, c)));
  }
  getDisplayValues() {
    return this.grid((r, c) => {
      const v = this.sheet.cell(r, c);
      return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    });
  }
  getValue() {
    return this.getValues()[0][0];
  }
  getFormulas() {
    return this.grid((r, c) => this.sheet.formulas.get(`${r},${c}`) ?? '');
  }
  getNotes() {
    return this.grid((r, c) => this.sheet.notes.get(`${r},${c}`) ?? '');
  }
  private write(
    values: unknown[][],
    kind: WriteRecord['kind'],
    set: (r: number, c: number, v: unknown) => void,
  ) {
    if (values.length !== this.numRows || values.some((line) => line.length !== this.numColumns)) {
      throw new Error(
        `FakeRange: ${kind} of ${values.length}x${values[0]?.length} do not fit ${this.numRows}x${this.numColumns}`,
      );
    }
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        set(this.row + r, this.column + c, v);
      });
    });
    this.sheet.book.writes.push({
      sheet: this.sheet.name,
      row: this.row,
      column: this.column,
      rows: this.numRows,
      columns: this.numColumns,
      kind,
    });
    return this;
  }
  setValues(values: unknown[][]) {
    return this.write(values, 'values', (r, c, v) => {
      if (
        v instanceof Object &&
        !(v instanceof Date) &&
        Object.prototype.toString.call(v) !== '[object Date]'
      ) {
        throw new Error(`FakeRange: cannot store an object in a cell (${JSON.stringify(v)})`);
      }
      const parsed = asSheetsParses(v);
      this.sheet.setCell(r, c, parsed.value);
      if (parsed.formula) this.sheet.formulas.set(`${r},${c}`, parsed.formula);
      else this.sheet.formulas.delete(`${r},${c}`);
    });
  }
  clearContent() {
    const blank = Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(''));
    return this.write(blank, 'values', (r, c, v) => {
      this.sheet.setCell(r, c, v);
      this.sheet.formulas.delete(`${r},${c}`);
    });
  }
  setValue(value: unknown) {
    return this.setValues([[value]]);
  }
  setFormulas(formulas: string[][]) {
    return this.write(formulas, 'formulas', (r, c, v) => {
      this.sheet.formulas.set(`${r},${c}`, String(v));
      this.sheet.setCell(r, c, '');
    });
  }
  setFormula(formula: string) {
    return this.setFormulas([[formula]]);
  }
  setNotes(notes: string[][]) {
    return this.write(notes, 'notes', (r, c, v) => {
      if (v === '' || v == null) this.sheet.notes.delete(`${r},${c}`);
      else this.sheet.notes.set(`${r},${c}`, String(v));
    });
  }
  setNote(note: string) {
    return this.setNotes([[note]]);
  }
  setDataValidation(rule: unknown) {
    this.sheet.validations.push({ range: this.getA1Notation(), column: this.column, rule });
    return this;
  }
}

export class FakeSheet {
  readonly data: Cell[][];
  readonly formulas = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly validations: { range: string; column: number; rule: unknown }[] = [];
  readonly charts: unknown[] = [];
  frozenRows = 0;
  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    data: Cell[][] = [],
  ) {
    this.data = data.map((line) => [...line]);
  }
  cell(r: number, c: number): Cell {
    return this.data[r - 1]?.[c - 1] ?? '';
  }
  setCell(r: number, c: number, v: Cell) {
    while (this.data.length < r) this.data.push([]);
    const line = this.data[r - 1];
    while (line.length < c) line.push('');
    line[c - 1] = v;
  }
  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
  getLastRow() {
    for (let r = this.data.length; r >= 1; r--) {
      if (this.data[r - 1].some((v) => v !== '' && v != null)) return r;
      for (let c = 1; c <= this.data[r - 1].length; c++)
        if (this.formulas.has(`${r},${c}`)) return r;
    }
    return 0;
  }
  getLastColumn() {
    let last = 0;
    this.data.forEach((line) => {
      line.forEach((v, c) => {
        if (v !== '' && v != null) last = Math.max(last, c + 1);
      });
    });
    return last;
  }
  getMaxRows() {
    return Math.max(1000, this.data.length);
  }
  getMaxColumns() {
    return Math.max(26, this.getLastColumn());
  }
  getRange(row: number | string, column?: number, numRows = 1, numColumns = 1) {
    if (typeof row === 'string') throw new Error('FakeSheet: A1 ranges are not supported');
    return chainable(new FakeRange(this, row, column ?? 1, numRows, numColumns));
  }
  getDataRange() {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
    return this;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  newChart() {
    const options: Record<string, unknown> = { ranges: [] as string[] };
    const builder: Record<string, unknown> = {};
    const step =
      (effect: (...args: never[]) => void = () => undefined) =>
      (...args: never[]) => {
        effect(...args);
        return builder;
      };
    Object.assign(builder, {
      setChartType: step((t: string) => {
        options.type = t;
      }),
      addRange: step((r: FakeRange) => {
        (options.ranges as string[]).push(r.getA1Notation());
      }),
      setOption: step((k: string, v: unknown) => {
        options[k] = v;
      }),
      setPosition: step(),
      setNumHeaders: step(),
      setMergeStrategy: step(),
      setTransposeRowsAndColumns: step(),
      build: () => ({ options }),
    });
    return builder;
  }
  insertChart(chart: unknown) {
    this.charts.push(chart);
  }
  getCharts() {
    return this.charts;
  }
  getSheetId() {
    return this.book.sheets.indexOf(this) + 1;
  }
  getIndex() {
    return this.book.sheets.indexOf(this) + 1;
  }
  activate() {
    this.book.active = { sheet: this, row: 1 };
    return this;
  }
  /** Sorts the data rows below the header by one column (what a teammate's sort does). */
  sortRows(column: number, ascending = true) {
    const [header, ...rows] = this.data;
    rows.sort((a, b) => {
      const x = String(a[column - 1] ?? '');
      const y = String(b[column - 1] ?? '');
      return ascending ? x.localeCompare(y) : y.localeCompare(x);
    });
    this.data.splice(0, this.data.length, header, ...rows);
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly writes: WriteRecord[] = [];
  /** Every getValues call, to check a feature reads a big tab only once. */
  readonly reads: Omit<WriteRecord, 'kind'>[] = [];
  readonly toasts: string[] = [];
  active: { sheet: FakeSheet; row: number };
  constructor(
    sheets: Record<string, Cell[][]>,
    readonly timeZone: string,
    /** Makes a value from the test's realm into one of the bundle's realm (Dates). */
    readonly toRealm: (value: unknown) => unknown,
  ) {
    for (const [name, data] of Object.entries(sheets))
      this.sheets.push(new FakeSheet(this, name, data));
    if (this.sheets.length === 0) this.sheets.push(new FakeSheet(this, 'Sheet1'));
    this.active = { sheet: this.sheets[0], row: 2 };
  }
  getSheets() {
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string) {
    if (this.getSheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    this.active = { sheet, row: 1 };
    return sheet;
  }
  getActiveSheet() {
    return this.active.sheet;
  }
  setActiveSheet(sheet: FakeSheet) {
    this.active = { sheet, row: 1 };
    return sheet;
  }
  getActiveRange() {
    return this.active.sheet.getRange(this.active.row, 1);
  }
  /** Test helper: the user clicks a cell in this row. */
  select(sheetName: string, row: number) {
    const sheet = this.getSheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.active = { sheet, row };
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getSpreadsheetLocale() {
    return 'en_US';
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  getName() {
    return 'Pipeline';
  }
  toast(message: string) {
    this.toasts.push(message);
  }
}
