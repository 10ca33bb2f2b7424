/** Writes the address a little after the view settles; `cancel` drops a write not yet made. */
export interface AddressWriter {
  (compose: (address: string) => string): void;
  cancel(): void;
}

/**
 * Keeps the address in step with the view, so that copying it shares what is on screen.
 * replaceState, not pushState: zooming must not fill the Back button's history, and writes
 * are gathered until the view has been still for `delayMs`.
 */
export function createAddressWriter(delayMs = 250): AddressWriter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (compose: (address: string) => string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = compose(window.location.href);
      if (next !== window.location.href) history.replaceState(history.state, '', next);
    }, delayMs);
  };
  return Object.assign(write, { cancel: () => clearTimeout(timer) });
}
