// The Dockerfile without a Docker engine: the parser and linter behind editors' Dockerfile support
// (dockerfile-ast, dockerfile-utils) read it as Docker would, and what a build would trip over is
// checked here: unknown flags and bad arguments, a build argument used where it is not declared (each
// stage starts without the previous one's), a COPY of a file a clean clone lacks, a COPY from a
// stage that does not exist. The configuration it installs is served by a real nginx in
// tests/e2e/nginx.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { DOCKERFILE } from '../../support/nginx.ts';
import { ROOT } from '../../support/paths.ts';

const text = readFileSync(DOCKERFILE, 'utf8');

/** Each variable an instruction uses that is not declared (ARG or ENV) where it is used: `line: NAME`. */
function undeclaredVariables(dockerfile: Dockerfile): string[] {
  return dockerfile.getInstructions().flatMap((instruction) => {
    const line = instruction.getRange().start.line;
    const available = dockerfile.getAvailableVariables(line);
    return instruction
      .getVariables()
      .map((variable) => variable.getName())
      .filter((name) => !available.includes(name))
      .map((name) => `${line + 1}: ${name}`);
  });
}

/** The paths the COPY instructions take from the build context (not from another stage). */
function contextSources(dockerfile: Dockerfile): string[] {
  return dockerfile
    .getCOPYs()
    .filter((copy) => copy.getFromFlag() === null)
    .flatMap((copy) => copy.getArguments().slice(0, -1).map((argument) => argument.getValue()))
    .filter((value) => !value.startsWith('--'));
}

describe('the Dockerfile', () => {
  const dockerfile = DockerfileParser.parse(text);

  it('passes the Dockerfile linter, which does reject a broken copy of it', () => {
    expect(validate(text)).toEqual([]);
    const broken = text.replace('COPY --from=build', 'COPY --form=build').replace(/^EXPOSE 80$/m, 'EXPOSE eighty');
    const messages = validate(broken).map((diagnostic) => diagnostic.message);
    expect(messages).toContain('Unknown flag: form');
    expect(messages).toContain('Invalid containerPort: eighty');
  });

  it('declares every build argument in the stage that uses it', () => {
    expect(undeclaredVariables(dockerfile)).toEqual([]);
    // The serving stage must declare BASE_PATH again: without it the sub-path is empty there.
    const lines = text.split('\n');
    const serving = lines.findIndex((line) => line.startsWith('FROM ${NGINX_IMAGE}'));
    const withoutRedeclaration = lines.filter((line, index) => !(index > serving && line === 'ARG BASE_PATH=/')).join('\n');
    expect(undeclaredVariables(DockerfileParser.parse(withoutRedeclaration)).join('\n')).toMatch(/: BASE_PATH$/m);
  });

  it('copies only what a clean clone of the repository has', () => {
    const sources = contextSources(dockerfile);
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'src', 'content', 'scripts/deploy/nginx.conf']));
    const missing = sources.filter((source) => execFileSync('git', ['ls-files', '--', source], { cwd: ROOT, encoding: 'utf8' }).trim() === '');
    expect(missing).toEqual([]);
    // The built site and the installed packages are made inside the image, never copied in.
    expect(sources.filter((source) => /^(dist|node_modules)\b/.test(source))).toEqual([]);
  });

  it('sends Docker only what it copies: its ignore file lets through exactly the top-level names of the copied paths', () => {
    const ignore = readFileSync(`${DOCKERFILE}.dockerignore`, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignore[0]).toBe('*');
    const letThrough = ignore.slice(1).map((line) => line.replace(/^!/, ''));
    const copied = [...new Set(contextSources(dockerfile).map((source) => source.split('/')[0]!))];
    expect(letThrough.toSorted()).toEqual(copied.toSorted());
  });

  it('serves the site from the stage that builds it', () => {
    const stages = dockerfile.getFROMs().map((from) => from.getBuildStage());
    const copiedFrom = dockerfile.getCOPYs().flatMap((copy) => copy.getFromFlag()?.getValue() ?? []);
    expect(copiedFrom).toEqual(['build']);
    expect(stages).toContain('build');
  });
});
