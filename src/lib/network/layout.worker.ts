import { layoutGraph, type LayoutInput, type Positions } from './layout';

/** Lays out large graphs off the main thread; one message in, one message out. */
export interface LayoutRequestMessage {
  id: number;
  input: LayoutInput;
}

export interface LayoutResultMessage {
  id: number;
  positions: Positions;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequestMessage>) => void) | null;
  postMessage: (message: LayoutResultMessage) => void;
};

scope.onmessage = (e) => {
  scope.postMessage({ id: e.data.id, positions: layoutGraph(e.data.input) });
};
