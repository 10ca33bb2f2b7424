/// <reference lib="webworker" />
import { laneLayoutAt, type LaneLayoutInput } from './laneLayout.ts';

/** What the page asks: lay out these columns (sent once per dataset and size) at a zoom. */
export type LayoutRequest =
  | { readonly kind: 'input'; readonly input: LaneLayoutInput }
  | { readonly kind: 'layout'; readonly k: number };

// Packing a million events takes a few hundred milliseconds: here, zooming does not wait.
let input: LaneLayoutInput | null = null;
self.onmessage = ({ data }: MessageEvent<LayoutRequest>) => {
  if (data.kind === 'input') {
    input = data.input;
    return;
  }
  if (!input) return;
  const layout = laneLayoutAt(input, data.k);
  self.postMessage({ k: data.k, layout }, [
    layout.lanes.lane.buffer as ArrayBuffer,
    layout.lanes.labelOnLeft.buffer as ArrayBuffer,
  ]);
};
