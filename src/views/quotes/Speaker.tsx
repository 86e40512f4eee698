import type { QuoteKind } from '../../data/schema';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { useT } from '../../state/i18n';

/**
 * "Tammy Bruce · Direct quotation", coloured by side. With no speaker, a passage is the
 * article's own reporting; a direct quotation is words whose speaker the article does not name.
 */
export function Speaker({ speakerId, kind }: { speakerId: string | null; kind: QuoteKind }) {
  const index = useDatasetIndex();
  const common = useT().common;
  const actor = speakerId ? index.actorById.get(speakerId) : undefined;
  return (
    <span className="flex flex-wrap items-baseline gap-x-2 text-xs">
      {actor ? (
        <span className="font-semibold" style={{ color: SIDE_COLORS[actor.side] }}>
          {actor.name}
        </span>
      ) : (
        <span className="text-slate-600 italic">{kind === 'passage' ? common.articleVoice : common.speakerUnnamed}</span>
      )}
      <span className="rounded border border-slate-300 px-1.5 text-[0.6875rem] leading-4 text-slate-700">
        {common.quoteKinds[kind]}
      </span>
    </span>
  );
}
