/** True for an absolute http: or https: address, the only links Sourceline renders. */
export function isSafeLink(address: string): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
