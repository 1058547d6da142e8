/**
 * The floors of the house are ESLint rules (eslint.config.js): each is shown failing here on code that
 * breaks it, and passing on code beside it that does not — so a rule that stopped matching would be seen.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import madge from 'madge';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/pages';

const eslint = new ESLint({ cwd: repoRoot });

/** The messages ESLint gives `code` as if it were the file at `path` (relative to the repository). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the floors, as lint rules', () => {
  it('utils/ takes no code from a floor above; it may name a type there', async () => {
    expect(await lint('utils/calendar/probe.ts', "import { db } from '@/utils/db';\nexport const x = db;\n")).toEqual([
      expect.stringContaining('utils/calendar is below these folders'),
    ]);
    expect(await lint('utils/db/probe.ts', "import { isOverdue } from '@/utils/inquiries/lifecycle';\nexport const x = isOverdue;\n")).toEqual([
      expect.stringContaining('utils/db is below these folders'),
    ]);
    expect(await lint('utils/db/probe.ts', "import type { Inquiry } from '@/utils/inquiries/model';\nexport type X = Inquiry;\n")).toEqual([]);
    expect(await lint('utils/inquiries/probe.ts', "import { db } from '@/utils/db';\nexport const x = db;\n")).toEqual([]);
  });

  it('utils/ never imports a page or a component; a component never imports a page', async () => {
    expect(await lint('utils/templates/probe.ts', "import { Icon } from '@/components/Icon';\nexport const x = Icon;\n")).toEqual([
      expect.stringContaining('utils/ is below the pages'),
    ]);
    expect(await lint('components/Probe.tsx', "import { Dialog } from '@/entrypoints/panel/Dialog';\nexport const x = Dialog;\n")).toEqual([
      expect.stringContaining('Components are below the pages'),
    ]);
  });

  it('an entrypoint never imports another', async () => {
    expect(await lint('entrypoints/popup/probe.ts', "import { Dialog } from '@/entrypoints/panel/Dialog';\nexport const x = Dialog;\n")).toEqual([
      expect.stringContaining('An entrypoint never imports another'),
    ]);
    expect(await lint('entrypoints/popup/probe.ts', "import { State } from '@/components/State';\nexport const x = State;\n")).toEqual([]);
  });

  it('the content script imports no storage and no database', async () => {
    for (const [name, from] of [['getSettings', '@/utils/storage/settings'], ['listInquiries', '@/utils/db'], ['openDB', 'idb']]) {
      expect(await lint('entrypoints/marketplace.content/probe.ts', `import { ${name} } from '${from}';\nexport const x = ${name};\n`), from).toEqual([
        expect.stringContaining('The content script opens no storage and no database'),
      ]);
    }
    expect(await lint('entrypoints/marketplace.content/probe.ts', "import type { LauncherSettings } from '@/utils/storage/settings';\nexport type X = LauncherSettings;\n")).toEqual([]);
  });

  it('pages write inquiries through utils/inquiries/writes.ts, which tells the background', async () => {
    expect(await lint('entrypoints/cases/probe.ts', "import { deleteInquiry } from '@/utils/db';\nexport const x = deleteInquiry;\n")).toEqual([
      expect.stringContaining('Write through @/utils/inquiries/writes'),
    ]);
    expect(await lint('components/probe.ts', "import { actOnInquiry } from '@/utils/inquiries/act';\nexport const x = actOnInquiry;\n")).toEqual([
      expect.stringContaining('Write through @/utils/inquiries/writes'),
    ]);
    expect(await lint('entrypoints/cases/probe.ts', "import { listInquiries } from '@/utils/db';\nexport const x = listInquiries;\n")).toEqual([]);
    expect(await lint('entrypoints/background/probe.ts', "import { deleteInquiry } from '@/utils/db';\nexport const x = deleteInquiry;\n")).toEqual([]);
  });

  it('storage.local is reached only through utils/storage; a shipped upgrade step imports only idb and its folder', async () => {
    const read = 'export const read = () => browser.storage.local.get(null);\n';
    expect(await lint('entrypoints/options/probe.ts', read)).toEqual([expect.stringContaining('Reach storage through @/utils/storage')]);
    expect(await lint('components/probe.ts', read)).toEqual([expect.stringContaining('Reach storage through @/utils/storage')]);
    expect(await lint('utils/storage/probe.ts', read)).toEqual([]);
    expect(await lint('utils/db/upgrades/9.ts', "import { isOverdue } from '@/utils/inquiries/lifecycle';\nexport const x = isOverdue;\n")).toEqual([
      expect.stringContaining('A shipped upgrade step imports only idb'),
    ]);
  });

  it('across folders by @/, not by climbing', async () => {
    expect(await lint('utils/inquiries/probe.ts', "import { db } from '../../utils/db';\nexport const x = db;\n")).toEqual([
      expect.stringContaining('not by climbing'),
    ]);
  });
});

describe('a cycle', () => {
  const files = ['utils/calendar/probe-cycle-a.ts', 'utils/calendar/probe-cycle-b.ts', 'utils/calendar/probe-type-a.ts', 'utils/calendar/probe-type-b.ts'].map(
    (path) => join(repoRoot, path),
  );
  afterAll(() => files.forEach((file) => rmSync(file, { force: true })));

  it('is refused at any distance', async () => {
    writeFileSync(files[0], "import { b } from './probe-cycle-b';\nexport const a = () => b();\n");
    writeFileSync(files[1], "import { a } from './probe-cycle-a';\nexport const b = () => a();\n");
    const [result] = await eslint.lintFiles([files[0]]);
    expect(result.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });

  // ESLint's no-cycle passes over `import type`; madge (in `npm run lint`, with .madgerc) follows it too.
  it('is refused by madge when one side imports only a type', async () => {
    writeFileSync(files[2], "import type { B } from './probe-type-b';\nexport type A = { b?: B };\nexport const a = 1;\n");
    writeFileSync(files[3], "import { a } from './probe-type-a';\nexport type B = number;\nexport const b = a;\n");
    const config = JSON.parse(readFileSync(join(repoRoot, '.madgerc'), 'utf8'));
    const graph = await madge(files[3], { ...config, baseDir: repoRoot });
    expect(graph.circular().map((cycle) => [...cycle].sort())).toEqual([['utils/calendar/probe-type-a.ts', 'utils/calendar/probe-type-b.ts']]);
    const [result] = await eslint.lintFiles([files[2]]);
    expect(result.messages).toEqual([]);
  });
});
