// Types for browser.mjs, which the Node scripts run as plain JavaScript and the tests import.
import type { BrowserContext, Page } from '@playwright/test';
import type { Observed, PageEntry } from './pages.mjs';

export type { PageEntry } from './pages.mjs';
export { fixturePagesTable, realPagesTable, repoRoot, sharedPagesTable } from './pages.mjs';

/** What the panel's hooks show, and how many panels the page has. */
export interface PanelReading extends Observed {
  hosts: number;
}

/** The build for tests and the demo (open shadow root). */
export const extensionDir: string;
/** The shopper's build (closed shadow root). */
export const productionExtensionDir: string;
export const firefoxExtensionDir: string;
export const INSTALL_HINT: string;
export function findChromium(): string | undefined;
export function requireChromium(): string;
export function launchBrowser(options?: {
  withExtension?: boolean;
  headless?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  deviceScaleFactor?: number;
  /** The built extension to load: the test build unless told. */
  extension?: string;
  /** The system's scheme the pages see (prefers-color-scheme); light unless told. */
  colorScheme?: 'light' | 'dark';
  /** false: the pages' own scripts do not run (the extensions' content scripts still do). */
  javaScriptEnabled?: boolean;
}): Promise<BrowserContext>;
export function servePages(context: BrowserContext, pages: Pick<PageEntry, 'url' | 'path' | 'html'>[]): Promise<string[]>;
/** The panel's dialog, in its frame. */
export function panelFrame(page: Page): import('@playwright/test').FrameLocator;
export function readPanel(page: Page): Promise<PanelReading>;
export function openPanelOn(page: Page, sample: PageEntry): Promise<PanelReading>;
export function serviceWorker(context: BrowserContext): Promise<import('@playwright/test').Worker>;
export function extensionId(context: BrowserContext): Promise<string>;
export function tabIdOf(context: BrowserContext, page: Page): Promise<number | undefined>;
export function openPopup(context: BrowserContext, aboutPage?: Page): Promise<Page>;
/** Imports an export file through the options page, as the shopper would. */
export function importHistory(context: BrowserContext, file: object): Promise<void>;
