import type { TimeWindow } from '../timeline/viewWindow.ts';
import { writeViewParams } from './viewParams.ts';

/**
 * Keeps the address in step with the view, so that copying it shares what is on screen.
 * replaceState, not pushState: zooming must not fill the Back button's history, and writes
 * are gathered until the view has been still for `delayMs`.
 */
export function createAddressWriter(
  delayMs = 250,
): (view: { eventId: string | null; window: TimeWindow | null }) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (view) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = writeViewParams(window.location.href, view);
      if (next !== window.location.href) history.replaceState(history.state, '', next);
    }, delayMs);
  };
}
