import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProblemReport from '../../src/lib/components/ProblemReport.svelte';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';

describe('ProblemReport', () => {
  it('shows errors in an alert with their place, and says what loaded and what did not', () => {
    const { problems, leftOut } = loadDataset(
      {
        title: 'x',
        articles: [
          {
            id: 'a',
            title: 't',
            outlet: 'o',
            published: '2017-12-30',
            publishedBasis: 'p',
            text: 'Words here.',
          },
        ],
        events: [
          { id: 'good', title: 'Good', date: '2017', sources: [{ article: 'a', exact: 'Words' }] },
          {
            id: 'bad',
            title: 'Bad',
            date: '2017-02-30',
            sources: [{ article: 'a', exact: 'Words' }],
          },
        ],
      },
      { file: 'mine.json' },
    );
    render(ProblemReport, { problems, leftOut, loadedCount: 1 });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 error in mine.json');
    expect(alert).toHaveTextContent('1 event loaded and is shown below.');
    expect(alert).toHaveTextContent('Left out: event "bad" (events[1]).');
    expect(alert).toHaveTextContent(
      'event "bad" · events[1].date "2017-02-30" is not a real date: February 2017 has 28 days.',
    );
  });

  it('keeps warnings out of the alert', () => {
    render(ProblemReport, {
      problems: [{ severity: 'warning', path: 'events[0].x', message: 'odd' }],
      leftOut: [],
      loadedCount: 1,
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/1 warning/)).toBeInTheDocument();
  });
});
