import { afterEach, describe, expect, it } from 'vitest';
import { awaitContentVerdict, expectContentVerdict } from '../../../src/lib/checks/verdict.ts';

describe('the content verdict Astro waits for', () => {
  afterEach(() => expectContentVerdict(undefined));

  it('lets Astro go on when no check is running or the check passed', async () => {
    await expect(awaitContentVerdict()).resolves.toBeUndefined();
    expectContentVerdict(Promise.resolve(false));
    await expect(awaitContentVerdict()).resolves.toBeUndefined();
  });

  it('stops Astro with a Chinese message and a hint, worded like every diagnostic', async () => {
    expectContentVerdict(Promise.resolve(true));
    await expect(awaitContentVerdict()).rejects.toThrow(
      '错误：内容检查发现错误，网站没有生成\n    提示：按上面列出的文件和行号逐条改正后重新生成；只想检查时运行 npm run check。',
    );
  });
});
