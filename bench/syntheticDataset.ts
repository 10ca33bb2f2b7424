/**
 * Deterministic synthetic chronologies for the benchmark: `count` events over 35 years, a
 * fifth of them ranges, mixed precisions (days, months, years), five actors, titles and
 * summaries of realistic length, one verified quote each. The same seed gives the same file.
 */
export function syntheticDataset(count: number, seed = 1): string {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const actors = ['Russia', 'Iran', 'United States', 'Syrian government', 'Daesh'];
  const verbs = ['announces', 'denies', 'reports', 'confirms', 'rejects', 'welcomes'];
  const topics = ['a ceasefire', 'new talks', 'troop movements', 'an aid convoy', 'air strikes'];
  const text =
    'The ministry said the talks would continue next week. Troops moved north overnight. Aid arrived late in the day.';
  const quote = 'Troops moved north overnight.';
  const start = text.indexOf(quote);
  const pad = (n: number) => String(n).padStart(2, '0');
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1990 + Math.floor(random() * 35);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    let date =
      precision < 0.6
        ? `${year}-${pad(month)}-${pad(day)}`
        : precision < 0.85
          ? `${year}-${pad(month)}`
          : `${year}`;
    if (random() < 0.2)
      date = `${year}-${pad(month)}/${Math.min(2024, year + 1 + Math.floor(random() * 3))}-${pad(month)}`;
    const actor = pick(actors);
    return {
      id: `event-${i}`,
      title: `${actor} ${pick(verbs)} ${pick(topics)} (${i})`,
      summary: `${actor} ${pick(verbs)} ${pick(topics)}, according to officials quoted by the agency, in a statement that also mentioned ${pick(topics)}.`,
      date,
      actors: [actor, pick(actors)],
      tags: [pick(['military', 'diplomacy', 'humanitarian', 'economy'])],
      sources: [{ article: 'wire', exact: quote, start, end: start + quote.length }],
    };
  });
  return JSON.stringify({
    format: 'sourceline/1',
    title: `Synthetic chronology of ${count.toLocaleString('en')} events`,
    articles: [
      {
        id: 'wire',
        title: 'Wire report',
        outlet: 'Synthetic Wire',
        published: '2024-12-31',
        publishedBasis: 'Generated for the benchmark.',
        text,
      },
    ],
    events,
  });
}
