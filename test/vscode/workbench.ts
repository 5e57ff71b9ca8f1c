import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { RESULTS_DIR } from './paths';

// The functions passed to page.waitForFunction run in the browser; these declare the little DOM they use
// without pulling the DOM library into every test's globals.
interface PageElement {
  readonly textContent: string | null;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
declare function getComputedStyle(element: PageElement): { color: string };

/** The browser the tests drive: Debian's chromium (Playwright's own browsers are not downloadable here). */
export const CHROMIUM_PATH = process.env.ARTICLE_LENS_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Where screenshots are written. */
export const SCREENSHOTS_DIR = path.join(RESULTS_DIR, 'screenshots');

/** Selector of the rendered tokens of the active editor's visible lines. */
const TOKEN_SPANS = '.editor-group-container .monaco-editor .view-lines .view-line span span';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a workbench needs from a running code-server. */
export interface WorkbenchServer {
  readonly url: string;
  readonly authority: string;
}

export interface OpenOptions {
  /** An extension folder loaded as a development extension (overrides an installed one with the same id). */
  developmentPath?: string;
  /** A compiled extension-host test module (exporting `run()`) that the workbench runs, then reports to `onAutomationExit`. */
  testsPath?: string;
  /** Called when the workbench finishes a `testsPath` run: 0 passed, anything else failed. */
  onAutomationExit?: (code: number) => void;
  /** A file name in the folder: the workbench counts as ready once the explorer lists it. */
  expectFile?: string;
  /** How long to wait for the workbench to be ready; default 60 s. */
  timeoutMs?: number;
}

function isLoopback(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching rendered text, where the editor shows spaces as U+00A0. */
function renderedText(text: string): RegExp {
  return new RegExp(`^${text.split(' ').map(escapeRegExp).join('[ \\u00a0]')}$`);
}

/** The VS Code workbench of one code-server in a fresh headless chromium profile. */
export class Workbench {
  /** Requests to anything but the loopback interface, aborted. */
  readonly blockedRequests: string[] = [];
  /** Errors the workbench logged to the browser console, for failure messages. */
  readonly consoleErrors: string[] = [];
  readonly page: Page;
  readonly #context: BrowserContext;
  readonly #profileDir: string;

  private constructor(context: BrowserContext, page: Page, profileDir: string) {
    this.#context = context;
    this.page = page;
    this.#profileDir = profileDir;
  }

  /** Opens the workbench on `folder` and waits until it is ready. */
  static async open(server: WorkbenchServer, folder: string, options: OpenOptions = {}): Promise<Workbench> {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const bench = new Workbench(context, page, profileDir);
    page.on('console', (message) => {
      if (message.type() === 'error') bench.consoleErrors.push(message.text());
    });
    try {
      await context.route(
        (url) => !isLoopback(url),
        async (route) => {
          bench.blockedRequests.push(route.request().url());
          await route.abort();
        },
      );
      if (options.onAutomationExit) {
        const report = options.onAutomationExit;
        await page.exposeFunction('codeAutomationExit', (code: number) => report(code));
      }
      await page.goto(Workbench.url(server, folder, options));
      const timeout = options.timeoutMs ?? 60_000;
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
      if (options.expectFile) {
        await bench.explorerRow(options.expectFile).waitFor({ state: 'visible', timeout });
      }
    } catch (error) {
      await bench.close();
      throw error;
    }
    return bench;
  }

  /** The workbench URL for a folder, with the development extension and tests in the `payload` parameter. */
  static url(server: WorkbenchServer, folder: string, options: OpenOptions = {}): string {
    const remote = (p: string): string => `vscode-remote://${server.authority}${path.resolve(p)}`;
    const payload: [string, string][] = [];
    if (options.developmentPath) payload.push(['extensionDevelopmentPath', remote(options.developmentPath)]);
    if (options.testsPath) payload.push(['extensionTestsPath', remote(options.testsPath)]);
    let url = `${server.url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
    if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  /** The explorer's row for a file or folder name. */
  explorerRow(name: string): Locator {
    return this.page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: renderedText(name) });
  }

  /** Clicks a file in the explorer, as a user opens it, and waits for its editor. */
  async openFromExplorer(name: string): Promise<void> {
    // Just after a window reload the explorer renders its rows again, and a click on a row being replaced is lost.
    for (let attempt = 1; ; attempt++) {
      await this.explorerRow(name).click();
      try {
        await this.page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor({ state: 'visible', timeout: attempt < 3 ? 10_000 : undefined });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    await this.waitForEditor(name);
  }

  /** Opens a file with Quick Open (Ctrl+P) and waits for its editor. */
  async quickOpen(name: string): Promise<void> {
    await this.#focusWorkbench();
    await this.page.keyboard.press('Control+P');
    const widget = this.page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible' });
    await this.page.keyboard.type(name);
    await widget.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    await this.waitForEditor(name);
  }

  /** Waits until the active editor tab is `name` and its text is rendered. */
  async waitForEditor(name: string): Promise<void> {
    await this.page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor({ state: 'visible' });
    await this.page.locator('.editor-group-container .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible' });
  }

  /** Moves the cursor to a line (1-based) of the active editor with Go to Line, scrolling it into view. */
  async goToLine(line: number): Promise<void> {
    await this.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('Control+G');
    const widget = this.page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible' });
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
  }

  /** The status bar's language of the active editor (for example `Article`). */
  async languageMode(): Promise<string> {
    const mode = this.page.locator('[id="status.editor.mode"]');
    await mode.waitFor({ state: 'visible' });
    return (await mode.innerText()).trim();
  }

  /** Waits until the status bar shows `language` for the active editor. */
  async waitForLanguage(language: string): Promise<void> {
    await this.page.locator('[id="status.editor.mode"]').filter({ hasText: language }).waitFor({ state: 'visible' });
  }

  /** The rendered token whose whole text is `text` (the first if several) on the visible lines. */
  token(text: string): Locator {
    return this.page.locator(TOKEN_SPANS).filter({ hasText: renderedText(text) }).first();
  }

  /**
   * Waits until a visible token whose text is exactly `text` has one of `colours` (computed `rgb(...)`
   * values), or with `noneOf` has none of them, and returns that colour. Semantic tokens split a line
   * into spans only once they arrive, so this is also how a test knows they have been applied.
   */
  async waitForTokenColour(text: string, colours: readonly string[], timeoutMs = 30_000, options: { noneOf?: boolean } = {}): Promise<string> {
    const handle = await this.page
      .waitForFunction(
        ({ selector, wanted, listed, noneOf }) => {
          const spans = document.querySelectorAll(selector);
          for (let i = 0; i < spans.length; i++) {
            const span = spans[i]!;
            if ((span.textContent ?? '').replace(/\u00a0/g, ' ') !== wanted) continue;
            const colour = getComputedStyle(span).color;
            if (listed.includes(colour) !== noneOf) return colour;
          }
          return false;
        },
        { selector: TOKEN_SPANS, wanted: text, listed: [...colours], noneOf: options.noneOf === true },
        { timeout: timeoutMs, polling: 250 },
      )
      .catch(async (error: unknown) => {
        const seen = await this.tokenColour(text).catch(() => 'not rendered');
        const wanted = `${options.noneOf ? 'none' : 'one'} of ${colours.join(', ')}`;
        throw new Error(`"${text}" never got a colour that is ${wanted} (last colour: ${seen}): ${String(error)}`);
      });
    return (await handle.jsonValue()) as string;
  }

  /** The theme's colour for text without a token: the editor's foreground. */
  async plainTextColour(): Promise<string> {
    const lines = this.page.locator('.editor-group-container .monaco-editor .view-lines').first();
    await lines.waitFor({ state: 'visible' });
    return lines.evaluate((element: PageElement) => getComputedStyle(element).color);
  }

  /** The computed colour of the token `text`. */
  async tokenColour(text: string): Promise<string> {
    const token = this.token(text);
    await token.waitFor({ state: 'visible', timeout: 5000 });
    return token.evaluate((span: PageElement) => getComputedStyle(span).color);
  }

  /**
   * Hovers the token `text` and returns the text of the hover card once it shows `expect`; closes the
   * card afterwards unless `keepOpen` (for a screenshot of it).
   */
  async hover(text: string, expect: string | RegExp, keepOpen = false): Promise<string> {
    return this.hoverAt(async () => {
      const box = await this.#visibleTokenBox(text);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, expect, keepOpen);
  }

  /**
   * Hovers the point `at` gives (asked again before each try: the page may have moved) and returns the
   * text of the hover card once it shows `expect`; closes the card afterwards unless `keepOpen`.
   */
  async hoverAt(at: () => Promise<{ x: number; y: number }>, expect: string | RegExp, keepOpen = false): Promise<string> {
    // Hidden hover widgets stay in the DOM; only the visible one counts.
    const card = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expect }).first();
    // A busy machine can miss a mouse move (the editor still scrolling, the pointer already there): move
    // away and onto the point again, as a user would, before giving up.
    for (let attempt = 1; ; attempt++) {
      const point = await at();
      await this.page.mouse.move(point.x, point.y);
      try {
        await card.waitFor({ state: 'visible', timeout: 8_000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
        await this.page.mouse.move(5, 5);
      }
    }
    const content = await card.innerText();
    if (!keepOpen) await this.dismissHover();
    return content;
  }

  /** Clicks the first token `text` wholly visible in the editor (placing the cursor in it). */
  async clickToken(text: string): Promise<void> {
    const box = await this.#visibleTokenBox(text);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the mouse off the editor and closes any hover card. */
  async dismissHover(): Promise<void> {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden' }).catch(() => undefined);
  }

  /** Runs a command by its palette title, for example `Article Lens: Show Output`. */
  async runCommand(title: string): Promise<void> {
    await this.#focusWorkbench();
    await this.page.keyboard.press('F1');
    const widget = this.page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible' });
    await this.page.keyboard.type(title);
    await widget.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
  }

  /** A notification toast that has finished appearing (earlier it is transparent in screenshots). */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast.notification-fade-in-done').filter({ hasText: text });
  }

  /** Saves a PNG of the window (or of `clip`, in page pixels) to test-results/screenshots/<name>.png; returns its path. */
  async screenshot(name: string, clip?: Box): Promise<string> {
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
    // Finish the hover card's fade-in and other transitions, or the picture catches them half-way.
    await this.page.screenshot({ path: file, animations: 'disabled', ...(clip ? { clip } : {}) });
    return file;
  }

  async close(): Promise<void> {
    await this.#context.close().catch(() => undefined);
    fs.rmSync(this.#profileDir, { recursive: true, force: true, maxRetries: 3 });
  }

  /** The box of the first token `text` wholly inside the editor's text area (not under the minimap or cut off). */
  async #visibleTokenBox(text: string): Promise<Box> {
    const area = await this.page.locator('.editor-group-container .monaco-editor .overflow-guard').first().boundingBox();
    const minimap = this.page.locator('.editor-group-container .monaco-editor .minimap').first();
    const minimapBox = (await minimap.isVisible()) ? await minimap.boundingBox() : null;
    const right = Math.min(area ? area.x + area.width : Infinity, minimapBox ? minimapBox.x : Infinity);
    const candidates = this.page.locator(TOKEN_SPANS).filter({ hasText: renderedText(text) });
    await candidates.first().waitFor({ state: 'visible' });
    for (const candidate of await candidates.all()) {
      const box = await candidate.boundingBox();
      if (box && box.width > 0 && box.x >= (area?.x ?? 0) && box.x + box.width <= right) return box;
    }
    throw new Error(`"${text}" is not wholly visible in the editor`);
  }

  async #focusWorkbench(): Promise<void> {
    const editor = this.page.locator('.editor-group-container .monaco-editor .view-lines').first();
    if (await editor.isVisible()) await editor.click();
    else await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
  }
}

/** What an extension-host test run in the workbench ended with. */
export interface ExtensionTestRun {
  /** 0 when every test passed. */
  exitCode: number;
}

/**
 * Runs a compiled extension-host suite (a module exporting `run()`, as @vscode/test-electron expects)
 * inside the workbench with `developmentPath` as the development extension, and waits for its exit code.
 */
export async function runExtensionTests(
  server: WorkbenchServer,
  folder: string,
  options: { developmentPath: string; testsPath: string; timeoutMs?: number },
): Promise<ExtensionTestRun> {
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const bench = await Workbench.open(server, folder, {
    developmentPath: options.developmentPath,
    testsPath: options.testsPath,
    onAutomationExit: (code) => exit(code),
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const exitCode = await Promise.race([
      exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { exitCode };
  } finally {
    clearTimeout(timer);
    await bench.close();
  }
}
