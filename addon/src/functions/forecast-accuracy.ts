import { forecastAccuracy } from '../../../shared/index';
import { blankIfNull } from '../lib/blank-if-null';
import { byRow, type Spill } from '../lib/by-row';
import { isBlank } from '../../../shared/ingest/cell-text';
import { AMOUNT, readNumber } from '../lib/read-number';

/**
 * Forecast accuracy = closed won / forecast (playbook §3; target 0.9-1.1). Example: =FORECAST_ACCURACY(B7, B5)
 * @param {number} actual_won Amount won in period.
 * @param {number} forecast Amount forecast for period.
 * @return {number} Ratio (1 = exact), blank if forecast is 0.
 * @customfunction
 */
export function FORECAST_ACCURACY(actual_won: unknown, forecast: unknown): Spill<number | ''> {
  const fn = 'FORECAST_ACCURACY';
  return byRow(fn, 'actual_won forecast', [actual_won, forecast], ([won, planned], row) => {
    if (isBlank(won) && isBlank(planned)) return '';
    return blankIfNull(
      forecastAccuracy(
        readNumber(fn, 'actual_won', row, won, AMOUNT) || 0,
        readNumber(fn, 'forecast', row, planned, AMOUNT) || 0,
      ).ratio,
    );
  });
}
