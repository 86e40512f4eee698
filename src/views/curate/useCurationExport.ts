import { useState } from 'react';
import { toDataset, toSelfContained } from '../../lib/curate/assemble';
import type { CurationDoc } from '../../lib/curate/workspace';
import { datasetJson, zipDataset } from '../../lib/curate/zip';
import { downloadBlob } from '../../lib/export/download';
import { dispatchCuration } from '../../state/curation-store';
import { useCurateT } from './useCurateT';

/** The two exports (one self-contained JSON file, or a .zip with the texts beside it) and the note saying what was written. */
export function useCurationExport(doc: CurationDoc) {
  const t = useCurateT();
  const [notice, setNotice] = useState('');
  const exported = (blob: Blob, name: string) => {
    downloadBlob(blob, name);
    dispatchCuration({ type: 'exported' });
    setNotice(t.exported(name));
  };
  return {
    notice,
    exportJson: () => exported(new Blob([datasetJson(toSelfContained(doc))], { type: 'application/json' }), 'backchannel-curated.json'),
    exportZip: () => {
      const { dataset, texts } = toDataset(doc);
      exported(new Blob([zipDataset(dataset, texts) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), 'backchannel-curated.zip');
    },
  };
}
