import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/lib/data/groupProblems.ts';
import { reduceHtml } from '../../src/lib/import/htmlText.ts';
import { detectFormat, loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';
import { decodeText } from '../../src/lib/import/readText.ts';
import { timelineJsDateToEdtf } from '../../src/lib/import/timelineJsDate.ts';
import { formatSpan } from '../../src/lib/model/formatDate.ts';
import { precisionNote } from '../../src/lib/model/precisionNote.ts';

const edtf = (date: Record<string, unknown>) => {
  const read = timelineJsDateToEdtf(date);
  return read.ok ? read.edtf : `error: ${read.reason}`;
};

describe('TimelineJS dates → EDTF', () => {
  it('takes its precision from the fields present', () => {
    expect(edtf({ year: 2015 })).toBe('2015');
    expect(edtf({ year: '2015', month: '9' })).toBe('2015-09');
    expect(edtf({ year: 2017, month: 12, day: 28 })).toBe('2017-12-28');
  });

  it('keeps the day and says so when a time of day is given', () => {
    const read = timelineJsDateToEdtf({ year: 2017, month: 12, day: 28, hour: 14, minute: 5 });
    expect(read).toMatchObject({ ok: true, edtf: '2017-12-28', droppedTime: true });
  });

  it('writes BCE years as EDTF counts them, and very old years in the long form', () => {
    expect(edtf({ year: -44, month: 3, day: 15 })).toBe('-0043-03-15');
    expect(edtf({ year: -1 })).toBe('0000');
    expect(edtf({ year: -13800000 })).toBe('Y-13799999');
  });

  it('refuses what is not a date, and says which field', () => {
    expect(edtf({})).toContain('no "year"');
    expect(edtf({ year: 0 })).toContain('year" is 0');
    expect(edtf({ year: 'twenty' })).toContain('"year" "twenty"');
    expect(edtf({ year: 2017, month: 13 })).toContain('"month" 13');
    expect(edtf({ year: 2017, month: 2, day: 30 })).toContain('"day" 30');
    expect(edtf({ year: 2017, day: 3 })).toContain('no "month"');
  });
});

describe('HTML reduced to safe text', () => {
  it('keeps the words and http(s) links, drops markup, scripts and other links', () => {
    const reduced = reduceHtml(
      '<p>Talks <b>resumed</b> &amp; <a href="https://example.org/x">stalled</a>.</p><script>alert(1)</script><p>See <a href="javascript:alert(1)">this</a><br>and more.</p>',
    );
    expect(reduced.text).toBe('Talks resumed & stalled.\n\nSee this\nand more.');
    expect(reduced.links).toEqual([{ text: 'stalled', url: 'https://example.org/x' }]);
    expect(reduced.droppedLinks).toEqual(['javascript:alert(1)']);
  });

  it('leaves plain text as it is', () => {
    expect(reduceHtml('No markup here').text).toBe('No markup here');
    expect(reduceHtml('').text).toBe('');
  });
});

const timelineJs = {
  title: { text: { headline: 'A <i>history</i>', text: '<p>Intro</p>' } },
  events: [
    {
      start_date: { year: '2015', month: '9' },
      text: {
        headline: 'Air campaign begins',
        text: 'From <a href="https://example.org">reports</a>',
      },
      media: { url: 'https://example.org/p.jpg', caption: 'A <b>plane</b>', credit: 'Agency' },
      group: 'Military',
      unique_id: 'air',
    },
    {
      start_date: { year: -44, month: 3, day: 15 },
      end_date: { year: -44, month: 3, day: 16 },
      text: { headline: 'Ides of March' },
    },
    { start_date: { year: 2017, month: 2, day: 30 }, text: { headline: 'Impossible' } },
  ],
  eras: [{ start_date: { year: 2011 }, end_date: { year: 2015 }, text: { headline: 'Before' } }],
};

describe('TimelineJS JSON', async () => {
  const load = await loadAnyDataset(JSON.stringify(timelineJs), { file: 'history.json' });

  it('is detected from its content and keeps the valid events', () => {
    expect(load.format).toBe('timelinejs');
    expect(load.dataset!.title).toBe('A history');
    expect(load.dataset!.events.map((e) => e.id)).toEqual(['event-2', 'air']);
  });

  it('keeps precision, group as a tag, media with caption and credit, links, and no quote', () => {
    const air = load.dataset!.events.find((e) => e.id === 'air')!;
    expect(formatSpan(air.when)).toBe('September 2015');
    expect(precisionNote(air.when)).toBe('day not stated');
    expect(air.tags).toEqual(['Military']);
    expect(air.media).toEqual({
      url: 'https://example.org/p.jpg',
      caption: 'A plane',
      credit: 'Agency',
    });
    expect(air.links).toEqual([{ text: 'reports', url: 'https://example.org' }]);
    expect(air.sources).toEqual([]);
    const ides = load.dataset!.events.find((e) => e.id === 'event-2')!;
    expect(formatSpan(ides.when)).toBe('15 March 44 BCE – 16 March 44 BCE');
  });

  it('turns eras into periods, and reports the impossible date where it is', () => {
    expect(load.dataset!.periods.map((p) => [p.label, p.when.edtf])).toEqual([
      ['Before', '2011/2015'],
    ]);
    const messages = load.problems.map(describeProblem);
    expect(messages).toContainEqual(expect.stringMatching(/events\[2\]\.start_date: .*"day" 30/));
    expect(load.leftOut).toEqual(['event 3 (events[2])']);
  });
});

describe('CSV', () => {
  const header =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

  it('reads the TimelineJS sheet export: title row, eras, quoted fields with commas and new lines', async () => {
    const csv = [
      header,
      ',,,,,,,,,My timeline,"An intro, with a comma",,,,,title,,',
      '2011,,,,2015,,,,,Early years,,,,,,era,,',
      '2015,9,,,,,,,,"Air campaign, phase one","Line one\nLine two",,,,,,Military,',
      '2017,12,28,14:00,,,,,,Lavrov speaks,,,,,,,Diplomacy,',
    ].join('\r\n');
    const load = await loadAnyDataset(csv, { file: 'sheet.csv' });
    expect(load.format).toBe('timelinejs-csv');
    expect(load.dataset!.title).toBe('My timeline');
    expect(load.dataset!.description).toBe('An intro, with a comma');
    expect(load.dataset!.periods.map((p) => p.label)).toEqual(['Early years']);
    const [air, lavrov] = load.dataset!.events;
    expect(air!.title).toBe('Air campaign, phase one');
    expect(air!.summary).toBe('Line one Line two');
    expect(air!.when.edtf).toBe('2015-09');
    expect(lavrov!.when.edtf).toBe('2017-12-28');
    expect(load.problems.map(describeProblem)).toContainEqual(
      expect.stringMatching(/row 5, columns Year, Month, Day: .*time of day/),
    );
  });

  it('handles a byte-order mark and semicolons, as Excel writes them in much of Europe', async () => {
    const csv =
      '\uFEFFdate;title;summary;actors;tags;source url;quote\n2017-12-28;Lavrov speaks;"Says; more";Russia|Sergei Lavrov;diplomacy;https://example.org/a;"He said ""leave"""\n';
    const load = await loadAnyDataset(csv, { file: 'native.csv' });
    expect(load.format).toBe('native-csv');
    const [event] = load.dataset!.events;
    expect(event!.summary).toBe('Says; more');
    expect(event!.actors).toEqual(['Russia', 'Sergei Lavrov']);
    expect(event!.citations).toEqual([{ quote: 'He said "leave"', url: 'https://example.org/a' }]);
  });

  it('names the row and column of each problem, and keeps the other rows', async () => {
    const csv =
      'date,title,source url\n2017-13,Bad month,\n2017-12,,\n2017-12,Good,javascript:alert(1)\n';
    const load = await loadAnyDataset(csv, { file: 'native.csv' });
    const messages = load.problems.map(describeProblem);
    expect(messages).toContainEqual(expect.stringMatching(/row 2, column date: /));
    expect(messages).toContainEqual(
      expect.stringMatching(/row 3, column title: the title is empty/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/row 4, column source url: .*not an http/),
    );
    expect(load.dataset!.events.map((e) => e.title)).toEqual(['Good']);
    expect(load.dataset!.events[0]!.links).toEqual([]);
  });

  it('says what it expected when the header is unknown', async () => {
    const load = await loadAnyDataset('a,b,c\n1,2,3\n', { file: 'x.csv' });
    expect(load.dataset).toBeNull();
    expect(load.problems[0]!.message).toContain('neither JSON nor a CSV');
  });

  it('reports an unclosed quote with its row', async () => {
    const load = await loadAnyDataset('date,title\n2017,"Never closed\n2018,Fine\n', {
      file: 'q.csv',
    });
    expect(load.problems.map(describeProblem)).toContainEqual(
      expect.stringMatching(/row 2: the CSV cannot be read/),
    );
  });
});

describe('format detection and files that are not datasets', () => {
  it('tells the formats apart by content', async () => {
    expect(await detectFormat('{"title":"T","articles":[],"events":[]}')).toBe('sourceline');
    expect(await detectFormat(JSON.stringify(timelineJs))).toBe('timelinejs');
    expect(await detectFormat('date,title\n')).toBe('native-csv');
    expect(await detectFormat('Year,Month,Headline\n')).toBe('timelinejs-csv');
  });

  it('lets the reader override the detected format', async () => {
    const load = await loadAnyDataset('{"events":[]}', { format: 'timelinejs' });
    expect(load.format).toBe('timelinejs');
  });

  it('says an empty or binary file is one, instead of failing', async () => {
    expect((await loadAnyDataset('   ')).problems[0]!.message).toBe('the file is empty.');
    expect(
      (await loadAnyDataset('PK\u0003\u0004\u0000\u0000binary')).problems[0]!.message,
    ).toContain('not a text file');
  });
});

describe('what a review of the importers found', () => {
  const problems = (load: Awaited<ReturnType<typeof loadAnyDataset>>) =>
    load.problems.map(describeProblem);

  it('refuses a row with more cells than columns, and warns of one with fewer', async () => {
    const csv = 'date,title,summary\n2017-01-01,Talks,stalled, again\n2017-01-02,Short\n';
    const load = await loadAnyDataset(csv, { file: 'r.csv' });
    expect(problems(load)).toContainEqual(
      expect.stringMatching(/error · r.csv · row 2: this row has 4 cells/),
    );
    expect(problems(load)).toContainEqual(
      expect.stringMatching(/warning · r.csv · row 3: this row has 2 cells/),
    );
    expect(load.dataset!.events.map((e) => e.title)).toEqual(['Short']);
    expect(load.leftOut).toEqual(['row 2']);
  });

  it('numbers rows as a spreadsheet does, blank rows included', async () => {
    const load = await loadAnyDataset('date,title\n\n,,\n2017-01-01,\n', { file: 'b.csv' });
    expect(problems(load)).toContainEqual(expect.stringMatching(/row 4, column title/));
  });

  it('accepts an end less precise than its start, and places date problems at their own end', async () => {
    const ok = await loadAnyDataset(
      JSON.stringify({
        events: [
          {
            start_date: { year: 2017, month: 5 },
            end_date: { year: 2017 },
            text: { headline: 'A' },
          },
        ],
      }),
    );
    expect(ok.dataset!.events[0]!.when.edtf).toBe('2017-05/2017');
    const bad = await loadAnyDataset(
      JSON.stringify({
        events: [
          {
            start_date: { year: 2017, month: 5 },
            end_date: { year: 2016 },
            text: { headline: 'B' },
          },
          { start_date: { year: 12000, month: 3 }, text: { headline: 'C' } },
        ],
      }),
    );
    expect(problems(bad)).toContainEqual(
      expect.stringMatching(/events\[0\]\.end_date: the end date \(2016\) is before/),
    );
    expect(problems(bad)).toContainEqual(
      expect.stringMatching(/events\[1\]\.start_date: a year beyond 9999/),
    );
  });

  it('keeps made-up ids clear of the ids a file gives, and reads a numeric id', async () => {
    const load = await loadAnyDataset(
      JSON.stringify({
        events: [
          { unique_id: 'event-2', start_date: { year: 2001 }, text: { headline: 'A' } },
          { start_date: { year: 2002 }, text: { headline: 'B' } },
          { unique_id: 7, start_date: { year: 2003 }, text: { headline: 'C' } },
        ],
      }),
    );
    expect(load.dataset!.events.map((e) => e.id)).toEqual(['event-2', 'event-2-2', '7']);
    expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads Windows-1252 and UTF-16 files instead of garbling them', async () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('date,title\n2017,Z'),
      0xfc,
      ...new TextEncoder().encode('rich\n'),
    ]);
    const read = decodeText(latin);
    expect(read.text).toContain('Zürich');
    expect(read.encodingNote).toContain('Windows-1252');
    const load = await loadAnyDataset(read.text, {
      file: 'w.csv',
      encodingNote: read.encodingNote,
    });
    expect(load.problems[0]).toMatchObject({ severity: 'warning', file: 'w.csv' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'date'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16)).toEqual({ text: 'date', encodingNote: null });
  });

  it('reports sheet end cells without an End Year, reduces era labels, and counts left-out eras', async () => {
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const csv = [
      header,
      '2017,5,,,,7,,,,Half an end,,,,,,,,',
      '2011,,,,2015,,,,,<i>War</i> years,,,,,,era,,',
      '2016,,,,2015,,,,,Backwards era,,,,,,era,,',
    ].join('\n');
    const load = await loadAnyDataset(csv, { file: 's.csv' });
    expect(problems(load)).toContainEqual(
      expect.stringMatching(/row 2, columns End Year, End Month, End Day: .*no "year"/),
    );
    expect(load.dataset!.periods.map((p) => p.label)).toEqual(['War years']);
    expect(load.leftOut).toEqual(['row 2', 'row 4']);
  });

  it('keeps table cells and definition terms apart', () => {
    expect(reduceHtml('<table><tr><td>Foo</td><td>Bar</td></tr></table>').text).toMatch(
      /^Foo\s+Bar$/,
    );
    expect(reduceHtml('a<hr>b').text).toBe('a\nb');
  });
});
