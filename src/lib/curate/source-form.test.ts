import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../data/read';
import { checkSource, readSourceFile, sourceOf, type SourceFields } from './source-form';

// Test fixture: an invented source's form.
const FORM: SourceFields = { text: 'Una línea.\r\nOtra.', publisher: ' El Diario ', published: '2024-06-12', title: '', url: '', lang: 'es', notes: '  ', id: '' };

describe('checkSource', () => {
  it('suggests an id from the publisher and the date, one not taken', () => {
    expect(checkSource(FORM, new Set()).id).toBe('el-diario-2024-06-12');
    expect(checkSource(FORM, new Set(['el-diario-2024-06-12'])).id).toBe('el-diario-2024-06-12-2');
    expect(checkSource({ ...FORM, id: 'mine' }, new Set()).id).toBe('mine');
  });

  it('accepts a complete form, warning about its line endings but not the body still to mark', () => {
    const c = checkSource(FORM, new Set());
    expect(c.ok).toBe(true);
    expect(c.warnings).toEqual([{ kind: 'crlf', count: 1 }]);
  });

  it('names each field that is missing or wrong', () => {
    const c = checkSource({ ...FORM, text: ' \n', publisher: '', published: '2024-02-30', url: 'ftp://x', lang: 'Spanish', id: 'Mine!' }, new Set());
    expect(c.ok).toBe(false);
    expect(c.errors).toEqual({ text: true, publisher: true, published: true, url: true, lang: true, id: true });
    expect(checkSource({ ...FORM, id: 'taken' }, new Set(['taken'])).errors.id).toBe(true);
  });
});

describe('sourceOf', () => {
  it('keeps the text as given, trims the publisher, and leaves blank optional fields unknown', () => {
    expect(sourceOf({ ...FORM, url: ' https://example.org/a ' }, 'el-diario')).toEqual({
      id: 'el-diario', lang: 'es', text: 'Una línea.\r\nOtra.', publisher: 'El Diario', published: '2024-06-12', title: null, url: 'https://example.org/a', notes: null, body: null,
    });
  });
});

describe('readSourceFile', () => {
  it('reads UTF-8, dropping a leading byte-order mark and nothing else', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Año\r\n')]);
    expect(await readSourceFile(new Blob([bytes]))).toEqual({ text: 'Año\r\n', error: null });
  });

  it('refuses another encoding, and a file over the limit before reading it', async () => {
    const latin1 = await readSourceFile(new Blob([new Uint8Array([0x41, 0xf1, 0x6f])]));
    expect(latin1).toMatchObject({ text: null, error: expect.stringMatching(/^it is not UTF-8 text: the byte at offset 1 \(0xF1\)/) });
    const huge = { size: MAX_SOURCE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect(await readSourceFile(huge)).toEqual({ text: null, error: 'it is 32 MB, more than the 32 MB Backchannel reads' });
  });
});
