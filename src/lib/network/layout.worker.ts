import { answerLayoutRequest } from './layout-answer';
import type { LayoutRequestMessage, LayoutResultMessage, WarmUpMessage } from './layout-message';
import { warmUp } from './layout-warmup';

/** Lays out large graphs off the main thread; one message in, one message out. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequestMessage | WarmUpMessage>) => void) | null;
  postMessage: (message: LayoutResultMessage, transfer: Transferable[]) => void;
};

scope.onmessage = (e) => {
  if ('warmUp' in e.data) {
    warmUp();
    return;
  }
  const reply = answerLayoutRequest(e.data);
  scope.postMessage(reply, [reply.positions.buffer]);
};
