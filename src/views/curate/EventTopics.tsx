import { useState } from 'react';
import { newTopic } from '../../lib/curate/event-edit';
import type { CuratedEvent, CurationDoc } from '../../lib/curate/workspace';
import { toggled } from '../../lib/list';
import { dispatchCuration } from '../../state/curation-store';
import { useLang } from '../../state/i18n';
import { BUTTON, TextField } from './Field';
import { useCurateT } from './useCurateT';

const blank = (s: string) => !/\S/.test(s);

/** An event's topics, chosen from the workspace's, and a new topic named in both languages. */
export function EventTopics({ doc, event, path, update }: { doc: CurationDoc; event: CuratedEvent; path: string; update: (patch: Partial<CuratedEvent>) => void }) {
  const lang = useLang();
  const t = useCurateT();
  const [topicEn, setTopicEn] = useState('');
  const [topicEs, setTopicEs] = useState('');
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-slate-200 p-2" data-path={`${path}.topics`} tabIndex={-1}>
      <legend className="px-1 text-xs font-semibold">{t.topics}</legend>
      {/* Rows 24 px apart at least: each checkbox a target of its own (WCAG 2.2 target size). */}
      <div className="flex flex-wrap gap-x-3 gap-y-2">
        {doc.topics.map((tp) => (
          <label key={tp.id} className="flex items-center gap-1 text-sm">
            <input type="checkbox" checked={event.topics.includes(tp.id)} onChange={() => update({ topics: toggled(event.topics, tp.id) })} />
            {tp.label[lang]}
          </label>
        ))}
      </div>
      <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
        <TextField label={t.newTopicEn} lang="en" value={topicEn} onChange={setTopicEn} />
        <TextField label={t.newTopicEs} lang="es" value={topicEs} onChange={setTopicEs} />
        <button
          type="button"
          className={BUTTON}
          disabled={blank(topicEn) || blank(topicEs)}
          onClick={() => {
            const topic = newTopic(doc, topicEn, topicEs);
            dispatchCuration({ type: 'addTopic', topic });
            update({ topics: [...event.topics, topic.id] });
            setTopicEn('');
            setTopicEs('');
          }}
        >
          {t.addTopic}
        </button>
      </div>
    </fieldset>
  );
}
