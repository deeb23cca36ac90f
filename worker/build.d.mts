/** Writes worker/public/dist/ (Chart.js, the shared labels, the example CSV); returns the paths written. */
export function buildWorkerAssets(): Promise<string[]>;
