import type { WinRateBand } from '../types';

/**
 * Healthy win-rate bands (playbook §4), as fractions: 15-25% for a
 * founder-led or early team, 20-35% for a mature B2B team. The band is a
 * setting; these are the defaults.
 *
 * @example
 * WIN_RATE_BANDS.mature.max // => 0.35
 */
export const WIN_RATE_BANDS: { readonly founderLed: WinRateBand; readonly mature: WinRateBand } = {
  founderLed: { min: 0.15, max: 0.25 },
  mature: { min: 0.2, max: 0.35 },
};
