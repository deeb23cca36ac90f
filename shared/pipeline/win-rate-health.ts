import { PlaybookError, type WinRateBand } from '../types';
import { WIN_RATE_BANDS } from './win-rate-bands';

/** Where a win rate sits against its healthy band. */
export type WinRateHealth = 'below' | 'healthy' | 'above';

/**
 * Compares a win rate with its healthy band (playbook §4), bounds included
 * as healthy. `above` is a warning, not praise: a win rate far above the
 * band suggests only easy deals are being worked.
 *
 * @param rate - win rate as a fraction 0..1
 * @param band - the healthy band; founder-led 15-25% by default
 * @returns `below`, `healthy` or `above`
 * @throws PlaybookError when the rate is outside 0..1 or the band is not min ≤ max
 * @example
 * winRateHealth(0.3) // => 'above'
 * winRateHealth(0.3, WIN_RATE_BANDS.mature) // => 'healthy'
 */
export function winRateHealth(
  rate: number,
  band: WinRateBand = WIN_RATE_BANDS.founderLed,
): WinRateHealth {
  if (!(rate >= 0 && rate <= 1)) {
    throw new PlaybookError(`winRateHealth: rate must be a fraction from 0 to 1 (got ${rate})`);
  }
  if (!(band.min >= 0 && band.max <= 1 && band.min <= band.max)) {
    throw new PlaybookError(
      `winRateHealth: band must satisfy 0 ≤ min ≤ max ≤ 1 (got ${band.min}..${band.max})`,
    );
  }
  if (rate < band.min) return 'below';
  if (rate > band.max) return 'above';
  return 'healthy';
}
