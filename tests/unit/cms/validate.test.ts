import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { articleFileProblem, fieldSchema, suggestedArticleFile, yearsProblem, newDossierProblem, chosenDossierProblem } from '../../../src/lib/cms/validate.ts';
import { fillMessage } from '../../../src/lib/diagnostics/index.ts';
import { ROOT } from '../../support/paths.ts';
import { testFolder } from '../../support/test-folder.ts';

describe('the editor\'s checks of years', () => {
  it('accepts what the schema accepts', () => {
    for (const text of ['', '2010', '2009-2011', '2010、2011', '２０１０']) expect(yearsProblem('achievements:awards.years', text), text).toBeUndefined();
    expect(yearsProblem('dossier:period', '2007-2011')).toBeUndefined();
  });

  it('refuses what npm run check refuses, in the same words', async () => {
    const content = path.join(testFolder('huazhang-years-'), 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const file = path.join(content, 'achievements', 'huangzhou-office.md');
    // What an editor types in the form, and the same years written in a file.
    for (const [typed, written] of [['2011-2009', '2011-2009'], ['20011', '20011'], ['2010、2010', '[2010, 2010]'], ['1900', '1900']] as const) {
      writeFileSync(file, readFileSync(path.join(ROOT, 'content', 'achievements', 'huangzhou-office.md'), 'utf8').replace('years: 2009-2011', `years: ${written}`));
      const [reported] = await runChecks({ root: ROOT, contentDir: content });
      // The checker names the award from its title; a form's box is checked on its own.
      const { message, hint } = fillMessage(reported!.code, { ...reported!.values, award: undefined }, 'zh');
      expect(yearsProblem('achievements:awards.years', typed), typed).toBe(`${message}。${hint}`);
    }
  });

  it('refuses a list as a dossier\'s period, which is one year or a range', () => {
    expect(yearsProblem('dossier:period', '2010、2011')).toMatch(/^纪实时间/);
  });

  it('finds the schema of a field inside a list', () => {
    expect(fieldSchema('achievements', 'awards.years')?.safeParse('2011-2009').success).toBe(false);
    expect(fieldSchema('achievements', 'awards.nothing')).toBeUndefined();
  });
});

describe('the editor\'s checks of where a new file goes', () => {
  it('refuses a dossier name that is no address, is the site\'s own or is taken', () => {
    expect(newDossierProblem('xinzhou-office', new Set(['huangzhou-office']))).toBeUndefined();
    expect(newDossierProblem('Xinzhou Office', new Set())).toContain('不能用作网址');
    expect(newDossierProblem('huangzhou-office', new Set(['huangzhou-office']))).toContain('已经存在');
    expect(newDossierProblem('admin', new Set())).toContain('是网站自己使用的地址（/admin/）');
    expect(newDossierProblem('awards', new Set())).toContain('awards-jishi');
  });

  it('asks for a dossier, one that does not have this file yet', () => {
    expect(chosenDossierProblem('', new Set(), '成就篇')).toContain('还没有选择所属纪实');
    expect(chosenDossierProblem('a', new Set(['a']), '成就篇')).toBe('纪实“a”已经有成就篇。在列表中打开它来修改，或者选另一个纪实。');
    expect(chosenDossierProblem('b', new Set(['a']), '成就篇')).toBeUndefined();
  });

  it('puts a new article after the last one, named from its title as the importer names it', () => {
    const existing = [{ number: 1, name: 'zhineng-dingwei' }, { number: 4, name: 'qinzheng-lianzheng' }];
    expect(suggestedArticleFile('五是强化服务意识，突出为民意识', existing)).toEqual({ number: 5, name: 'fuwu-yishi' });
    expect(suggestedArticleFile('一是强化职能定位', existing)).toEqual({ number: 5, name: 'zhineng-dingwei-2' });
    expect(suggestedArticleFile('', [])).toEqual({ number: 1, name: 'article' });
  });

  it('refuses a number or name another article of the section has, as the checker would', () => {
    const existing = [{ number: 1, name: 'a' }, { name: 'b' }];
    expect(articleFileProblem('2', 'c', existing)).toBeUndefined();
    expect(articleFileProblem('1', 'c', existing)).toContain('排序号 1 与 01-a 相同');
    expect(articleFileProblem('2', 'b', existing)).toContain('文章名“b”与 b 相同');
    expect(articleFileProblem('二', 'c', existing)).toContain('不是正整数');
    expect(articleFileProblem('0', 'c', existing)).toContain('不是正整数');
    expect(articleFileProblem('3', 'Xin Xi', existing)).toContain('不能用在网址中');
  });
});
