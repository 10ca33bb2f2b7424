import {
  timeInterval,
  utcDay,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { dayFromUtc } from '../model/calendarDay.ts';
import { monthName } from '../model/calendarNames.ts';
import { formatMonth, formatYear } from '../model/formatDate.ts';
import { DAY_MS } from './eventColumns.ts';
import type { TimeWindow } from './viewWindow.ts';

/** What one step of the axis is. */
export type Granularity = 'days' | 'months' | 'years' | 'decades';

export interface Tick {
  /** UTC ms of the tick (the start of a day, month or year). */
  readonly time: number;
  readonly label: string;
}

export interface AxisTicks {
  readonly granularity: Granularity;
  /** The ticks, one per step. */
  readonly ticks: readonly Tick[];
  /**
   * The larger unit the ticks belong to ("December 2017" above days, "2016" above months), one
   * at each boundary in view plus one for the unit the window starts in, so the reader always
   * knows which month or year the days are in.
   */
  readonly context: readonly Tick[];
}

interface Step {
  readonly granularity: Granularity;
  readonly interval: TimeInterval;
  /** The usual shortest length of a step, in ms (a month can be 28 days), for a quick bound. */
  readonly shortestMs: number;
  readonly label: (time: number) => string;
  /** The unit named above the ticks, when there is one. */
  readonly context?: CountableTimeInterval;
  readonly contextLabel?: (time: number) => string;
}

const dayOfMonth = (t: number) => String(dayFromUtc(t).day);
const shortMonth = (t: number) => monthName(dayFromUtc(t).month, 'short');
const monthAndYear = (t: number) => formatMonth(dayFromUtc(t));
const year = (t: number) => formatYear(dayFromUtc(t).year);

function every(interval: CountableTimeInterval, step: number): CountableTimeInterval {
  return step === 1 ? interval : (interval.every(step) as CountableTimeInterval);
}

const dayStep = (step: number): Step => ({
  granularity: 'days',
  interval: every(utcDay, step),
  shortestMs: step * DAY_MS,
  label: dayOfMonth,
  context: utcMonth,
  contextLabel: monthAndYear,
});
const monthStep = (step: number): Step => ({
  granularity: 'months',
  interval: every(utcMonth, step),
  shortestMs: step * 28 * DAY_MS,
  label: shortMonth,
  context: utcYear,
  contextLabel: year,
});
/**
 * Every `step` years as years are numbered, not as astronomers do: 10 BCE, 5 BCE, 5, 10 (there
 * is no year 0; astronomical year 0 is 1 BCE, and d3's every(5) would label its ticks 11 BCE,
 * 6 BCE, 1 BCE, 5). The ticks are the multiples of `step` on either side of the era's start,
 * counted as one run: tick n > 0 is year n × step, and tick n ≤ 0 is (1 − n) × step BCE.
 */
function everyYears(step: number): TimeInterval {
  if (step === 1) return utcYear;
  const tickOf = (year: number) =>
    year >= step ? Math.floor(year / step) : Math.min(0, Math.floor((year - 1) / step) + 1);
  const yearOf = (tick: number) => (tick > 0 ? tick * step : (tick - 1) * step + 1);
  const setYear = (date: Date, year: number) => date.setUTCFullYear(year, 0, 1);
  return timeInterval(
    (date) => {
      setYear(date, yearOf(tickOf(date.getUTCFullYear())));
      date.setUTCHours(0, 0, 0, 0);
    },
    (date, ticks) => setYear(date, yearOf(tickOf(date.getUTCFullYear()) + ticks)),
  );
}

const yearStep = (step: number): Step => ({
  granularity: step >= 10 ? 'decades' : 'years',
  interval: everyYears(step),
  shortestMs: step * 365 * DAY_MS,
  label: year,
});

/** From the finest step to the coarsest; the finest whose labels fit is used. */
const STEPS: readonly Step[] = [
  dayStep(1),
  dayStep(2),
  dayStep(7),
  monthStep(1),
  monthStep(3),
  yearStep(1),
  yearStep(2),
  yearStep(5),
  ...[10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map(yearStep),
];

/** Space kept after each label, in pixels, and the least distance between ticks. */
export const TICK_LABEL_GAP = 12;
export const MIN_TICK_SPACING = 44;

/**
 * The ticks for a window drawn `width` pixels wide: the finest step at which the labels,
 * measured with `measure`, fit before the next tick (see fittingTicks). Labels start at their tick, so a label
 * fits when the distance to the next tick is at least its width plus a gap.
 */
export function axisTicks(
  window: TimeWindow,
  width: number,
  measure: (text: string) => number,
): AxisTicks {
  const [from, to] = window;
  const pxPerMs = width / (to - from);
  for (const step of STEPS) {
    const coarsest = step === STEPS.at(-1);
    // A cheap bound first, so that a window of decades never lists its days.
    if (step.shortestMs * pxPerMs < MIN_TICK_SPACING && !coarsest) continue;
    const times = step.interval.range(new Date(from), new Date(to)).map((d) => d.getTime());
    const ticks = fittingTicks(
      times.map((time) => ({ time, label: step.label(time) })),
      pxPerMs,
      measure,
    );
    if (ticks) return { granularity: step.granularity, ticks, context: contextTicks(step, window) };
    if (coarsest) {
      const all = times.map((time) => ({ time, label: step.label(time) }));
      return { granularity: step.granularity, ticks: all, context: [] };
    }
  }
  throw new Error('unreachable: the coarsest step is always returned');
}

/**
 * The ticks whose labels fit before the next tick, or null when too many do not. A few may
 * be dropped: weekly ticks on the 29th run into the 1st of the next month, and leaving that
 * one out reads better than falling back to whole months.
 */
function fittingTicks(
  ticks: readonly Tick[],
  pxPerMs: number,
  measure: (text: string) => number,
): Tick[] | null {
  const kept: Tick[] = [];
  ticks.forEach((tick, i) => {
    const next = ticks[i + 1];
    const room = next ? (next.time - tick.time) * pxPerMs : Infinity;
    if (room >= Math.max(MIN_TICK_SPACING, measure(tick.label) + TICK_LABEL_GAP)) kept.push(tick);
  });
  return kept.length >= ticks.length * 0.75 ? kept : null;
}

function contextTicks(step: Step, [from, to]: TimeWindow): Tick[] {
  const { context, contextLabel } = step;
  if (!context || !contextLabel) return [];
  const first = context.floor(new Date(from)).getTime();
  const boundaries = context.range(new Date(from), new Date(to)).map((d) => d.getTime());
  const times = boundaries[0] === first ? boundaries : [first, ...boundaries];
  return times.map((time) => ({ time, label: contextLabel(time) }));
}

/** A context label where it is drawn. */
export interface PlacedTick extends Tick {
  readonly x: number;
}

/**
 * Positions context labels: each at its boundary, except the first, which sticks to the left
 * edge (it names the unit the window starts in) and gives way when the next boundary's label
 * would run into it.
 */
export function placeContext(
  context: readonly Tick[],
  x: (time: number) => number,
  measure: (text: string) => number,
): PlacedTick[] {
  const placed = context.map((tick) => ({ ...tick, x: Math.max(0, x(tick.time)) }));
  const [first, second] = placed;
  if (first && second && second.x < first.x + measure(first.label) + TICK_LABEL_GAP) {
    return placed.slice(1);
  }
  return placed;
}
