import type { Chart as ChartClass, ChartConfiguration } from 'chart.js';

// Chart.js is loaded by its own script tag (/dist/chart.umd.min.js) as the global `Chart`.
declare const Chart: typeof ChartClass;

const drawn = new Map<string, ChartClass>();

/** Draws a chart on the canvas `#chart-<id>`, replacing the one drawn there before. */
export function draw(id: string, config: ChartConfiguration): void {
  drawn.get(id)?.destroy();
  const canvas = document.getElementById(`chart-${id}`) as HTMLCanvasElement;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  drawn.set(id, new Chart(canvas, config));
}

/** Makes every chart fit its box again (before and after printing). */
export function resizeCharts(): void {
  for (const chart of drawn.values()) chart.resize();
}

export const COLORS = {
  won: '#2f9e44',
  lost: '#e03131',
  amount: '#1c7ed6',
  weighted: '#74c0fc',
  rate: '#f08c00',
  unmapped: '#adb5bd',
  forecast: ['#2b8a3e', '#66a80f', '#1c7ed6', '#adb5bd'],
};
