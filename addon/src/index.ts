// The add-on's whole public surface. Every name Apps Script must see is a named
// export here; addon/build.mjs turns each into a top-level function in Code.js
// (custom functions keep their JSDoc, so Sheets shows autocomplete and help).

// Custom functions: MEDDPICC (playbook §2)
export { MEDDPICC } from './functions/meddpicc';

// Custom functions: stages and pipeline math (playbook §1, §4)
export { STAGE_PROBABILITY } from './functions/stage-probability';
export { WEIGHTED_PIPELINE } from './functions/weighted-pipeline';
export { COVERAGE_RATIO } from './functions/coverage-ratio';
export { WIN_RATE } from './functions/win-rate';
export { SALES_VELOCITY } from './functions/sales-velocity';
