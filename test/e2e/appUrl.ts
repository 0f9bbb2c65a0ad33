/** The address of the built app served by Playwright's webServer (see playwright.config.ts). */
export function appUrl(): string {
  const port = process.env.APP_PORT;
  if (!port) throw new Error('APP_PORT is not set: run the e2e tests through playwright.config.ts');
  return `http://127.0.0.1:${port}/`;
}
