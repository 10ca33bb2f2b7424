import '../../src/lib/model/edtfGrammar.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/model/dateSpan.ts';
import { formatSpan } from '../../src/lib/model/formatDate.ts';
import { formatDayWithWeekday } from '../../src/lib/model/weekdays.ts';
import { resolveDateExpression } from '../../src/lib/model/resolveDate.ts';

// Node applies a change to process.env.TZ at once, so one process can try many zones. These
// span the date line: Kiritimati is UTC+14, Pago Pago UTC-11, Los Angeles UTC-8, and Santiago
// and Chatham have daylight-saving changes near midnight.
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'America/Santiago',
  'Pacific/Chatham',
];
const original = process.env.TZ;

describe('calendar dates do not shift with the viewer’s time zone', () => {
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(ZONES)('in %s', (zone) => {
    process.env.TZ = zone;
    const parsed = parseDate('2017-12-30');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(formatSpan(parsed.span)).toBe('30 December 2017');
    const december = parseDate('2017-12');
    if (!december.ok) throw new Error(december.reason);
    expect(formatSpan(december.span)).toBe('December 2017');
    expect(formatDayWithWeekday({ year: 2017, month: 12, day: 30 })).toBe(
      'Saturday 30 December 2017',
    );
    expect(resolveDateExpression('On Thursday', { year: 2017, month: 12, day: 30 })?.edtf).toBe(
      '2017-12-28',
    );
  });

  it('really changes the zone between cases', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = new Date(2017, 11, 30).getTimezoneOffset();
    process.env.TZ = 'America/Los_Angeles';
    const west = new Date(2017, 11, 30).getTimezoneOffset();
    expect(east).toBe(-14 * 60);
    expect(west).toBe(8 * 60);
  });
});
