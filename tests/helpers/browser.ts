// Chromium for the browser tests: Debian's /usr/bin/chromium driven by
// playwright-core (no browser downloads here). A new context per test keeps
// cookies apart; signIn goes through the real sign-in form.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function newPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

// Signs in through the form and waits until the inbox (or `expectPath`) shows.
export async function signIn(page: Page, email: string, password: string, expectPath: RegExp = /\/inbox(\/|\?|$)/) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([page.waitForURL(expectPath), page.getByRole('button', { name: 'Sign in' }).click()]);
}

export const ARTIFACTS = path.resolve(import.meta.dirname, '../.artifacts');

// A full-page PNG under tests/.artifacts/ (git-ignored); returns its path.
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^a-z0-9_-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
