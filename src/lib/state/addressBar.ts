/**
 * Keeps the address in step with the view, so that copying it shares what is on screen.
 * replaceState, not pushState: zooming must not fill the Back button's history, and writes
 * are gathered until the view has been still for `delayMs`.
 */
export function createAddressWriter(delayMs = 250): (compose: (address: string) => string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (compose) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = compose(window.location.href);
      if (next !== window.location.href) history.replaceState(history.state, '', next);
    }, delayMs);
  };
}
