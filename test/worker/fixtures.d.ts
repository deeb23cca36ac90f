// Fixture files imported as text through Vite's `?raw` suffix.
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
