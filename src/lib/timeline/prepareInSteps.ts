import type { TimelineEvent } from '../model/types.ts';
import { measureInSteps } from '../components/textMeasure.ts';
import { eventColumnsInSteps, type EventColumns } from './eventColumns.ts';

/** Events a step: some tens of milliseconds of work. */
const STEP = 100_000;

/**
 * A large dataset's columns and label widths, worked out a step per task (a quarter of a
 * second each at a million events, which would otherwise freeze the page); null when
 * `stopped` says the result is no longer wanted. Loaded only for large datasets.
 */
export async function prepareInSteps(
  events: readonly TimelineEvent[],
  measure: (text: string) => number,
  stopped: () => boolean,
): Promise<{ columns: EventColumns; widths: Float64Array } | null> {
  const columns = await runInSteps(eventColumnsInSteps(events, STEP), stopped);
  if (!columns) return null;
  const widths = await runInSteps(measureInSteps(columns.titles, measure, STEP), stopped);
  return widths && { columns, widths };
}

/**
 * Runs steps one task each, giving the page back in between (to draw a frame, or answer a
 * click), so a long computation never freezes it; `stopped` ends it early (null).
 */
export async function runInSteps<T>(
  steps: Generator<void, T>,
  stopped: () => boolean,
): Promise<T | null> {
  for (;;) {
    if (stopped()) return null;
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

function nextTask(): Promise<void> {
  // A message comes back in the next task; setTimeout would wait at least 4 ms after a few.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
