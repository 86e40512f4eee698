import { expect, expectNoAxeViolations, test } from './fixtures';

// The helper every accessibility check relies on must be able to fail.
test('the axe helper reports a violation, and passes a clean page', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>axe check</title></head><body><main><button></button></main></body></html>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/button-name/);
  await page.setContent('<!doctype html><html lang="en"><head><title>axe check</title></head><body><main><button>Named</button></main></body></html>');
  await expectNoAxeViolations(page);
});
