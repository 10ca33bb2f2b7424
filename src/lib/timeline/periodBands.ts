import type { Period } from '../model/types.ts';
import { drawnInterval } from './eventColumns.ts';
import type { ScreenScale } from './markLayout.ts';

/** A period as drawn now: its band and where its label fits, in screen pixels. */
export interface PeriodBand {
  /** Position among the dataset's periods (bands alternate colours by it). */
  readonly index: number;
  readonly label: string;
  readonly left: number;
  readonly right: number;
  /** The label sticks to the left edge while its band is in view. */
  readonly labelX: number;
  readonly labelWidth: number;
}

/**
 * The bands of the periods that reach into view, cut to the view (an open end runs to the
 * edge of the data). Bands may overlap; each label stays within its own band.
 */
export function periodBands(periods: readonly Period[], scale: ScreenScale): PeriodBand[] {
  const { fit, width, view } = scale;
  const x = (time: number) => ((time - fit[0]) / (fit[1] - fit[0])) * width * view.k + view.x;
  return periods.flatMap((period, index) => {
    const drawn = drawnInterval(period.when);
    const left = Math.max(x(Math.max(drawn.start, fit[0])), 0);
    const right = Math.min(x(Math.min(drawn.end, fit[1])), width);
    if (right <= left) return [];
    return [{ index, label: period.label, left, right, labelX: left, labelWidth: right - left }];
  });
}
