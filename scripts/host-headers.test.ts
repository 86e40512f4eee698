import { describe, expect, it } from 'vitest';
import { HEADER_CSP, headersFile, META_CSP } from './host-headers';

describe('the response headers for a static host', () => {
  it('forbid framing in the header policy, which the meta tag cannot carry', () => {
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
    expect(META_CSP).not.toContain('frame-ancestors');
    expect(HEADER_CSP.startsWith(META_CSP)).toBe(true);
  });

  it('allow no blob: workers, no eval and no inline script or style', () => {
    expect(META_CSP).toContain("worker-src 'self';");
    expect(META_CSP).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('cover every path, the workers’ scripts under /assets/ included', () => {
    const file = headersFile();
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'$/m);
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });
});
