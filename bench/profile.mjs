// Where the time goes: runs one engine once under `node --cpu-prof` in its
// own process and sums the profile's self time per function.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_DIR, SHARED_BUNDLE } from './build-shared.mjs';
import { runEngine } from './engines.mjs';

/**
 * Self time per function of a V8 `.cpuprofile`, largest first.
 * @param {{ nodes: object[], samples: number[], timeDeltas: number[] }} profile
 * @param {(callFrame: object) => string | null} [locate] - names a frame's
 *   source place (e.g. through a source map); file:line of the frame otherwise
 * @returns {{ name: string, where: string, ms: number, share: number }[]}
 */
export function selfTimes(profile, locate = () => null) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const microsById = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    microsById.set(profile.samples[i], (microsById.get(profile.samples[i]) ?? 0) + delta);
    total += delta;
  }
  const byFunction = new Map();
  for (const [id, micros] of microsById) {
    const { callFrame } = byId.get(id);
    const name = callFrame.functionName || '(anonymous)';
    const where = callFrame.url
      ? (locate(callFrame) ?? `${basename(callFrame.url)}:${callFrame.lineNumber + 1}`)
      : callFrame.functionName.startsWith('(')
        ? ''
        : 'native';
    const key = `${name} ${where}`;
    const entry = byFunction.get(key) ?? { name, where, ms: 0, share: 0 };
    entry.ms += micros / 1000;
    byFunction.set(key, entry);
  }
  const rows = [...byFunction.values()].sort((a, b) => b.ms - a.ms);
  for (const row of rows) row.share = total === 0 ? 0 : (row.ms * 1000) / total;
  return rows;
}

/**
 * Profiles one run of `engine` on `path`.
 * @returns {Promise<{ result: object, top: ReturnType<typeof selfTimes> }>}
 */
export async function profileEngine(engine, path, top = 15) {
  const dir = join(BUILD_DIR, 'profiles');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = await runEngine(engine, path, 1, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`profile of ${engine}: no .cpuprofile written`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return {
    result,
    top: selfTimes(profile, sourceMapLocator(SHARED_BUNDLE)).slice(0, top),
    file: join(dir, file),
  };
}

/**
 * Maps frames of a bundle back to `shared/...ts:line` or `addon/...ts:line`
 * through the bundle's source map (`<bundle>.map`); null for other frames
 * or without a map.
 * @param {string} bundle - path of the bundle
 * @param {string} [url] - how frames of the bundle name their script
 */
export function sourceMapLocator(bundle, url = pathToFileURL(bundle).href) {
  const mapPath = `${bundle}.map`;
  if (!existsSync(mapPath)) return () => null;
  const map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')));
  return (frame) => {
    if (frame.url !== url) return null;
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry?.originalSource) return null;
    const source = entry.originalSource.replace(/^.*?((shared|addon)\/)/, '$1');
    return `${source}:${entry.originalLine + 1}`;
  };
}

/**
 * Profiles `call` run `times` times in this process (node:inspector), for
 * work that only exists here, such as a formula inside the add-on's vm.
 * @returns {Promise<ReturnType<typeof selfTimes>>} the `top` functions by self time
 */
export async function profileInProcess(call, { times = 5, top = 10, locate } = {}) {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < times; i++) call();
    const { profile } = await session.post('Profiler.stop');
    return (
      selfTimes(profile, locate)
        // Leave out the profiler's own message handling and idle time.
        .filter(
          (t) =>
            t.name !== '(program)' &&
            t.name !== '(idle)' &&
            !(t.name === 'dispatch' && t.where === 'native'),
        )
        .slice(0, top)
    );
  } finally {
    session.disconnect();
  }
}
