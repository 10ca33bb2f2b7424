import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClusterMark from '../../src/lib/components/ClusterMark.svelte';
import { clusterLabel } from '../../src/lib/timeline/clusters.ts';

const DAY = 86_400_000;

function renderCluster(count: number, start: number, end: number) {
  render(ClusterMark, {
    props: {
      cluster: { index: 0, group: 0, left: 10, count, label: clusterLabel(count, 200), start, end },
      markKey: 'cluster:x',
      top: 0,
      colour: '',
      selected: false,
      tabbable: true,
      onopen: () => {},
      onfocus: () => {},
    },
  });
}

describe('ClusterMark', () => {
  it('names how many events it holds and the days they cover', () => {
    renderCluster(12, Date.UTC(2017, 11, 1), Date.UTC(2017, 11, 31) + DAY);
    expect(
      screen.getByRole('button', {
        name: '12 more: 12 events close together, 1 December 2017 to 31 December 2017: open to see them',
      }),
    ).toBeInTheDocument();
  });

  it('names one event as one, on its one day', () => {
    renderCluster(1, Date.UTC(2017, 11, 30), Date.UTC(2017, 11, 30) + DAY);
    expect(
      screen.getByRole('button', {
        name: '1 more: 1 event with no room in the lanes, 30 December 2017: open to see it',
      }),
    ).toBeInTheDocument();
  });
});
