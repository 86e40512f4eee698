import { layoutGraph } from './layout';
import { places, unpackLayoutInput, type LayoutRequestMessage, type LayoutResultMessage } from './layout-message';

/** What the worker does with a request (apart from the message module, which the page loads without d3-force). */
export function answerLayoutRequest({ id, input }: LayoutRequestMessage): LayoutResultMessage {
  return { id, positions: places(input.ids, layoutGraph(unpackLayoutInput(input))) };
}
