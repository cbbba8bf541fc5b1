import type { Random } from './random.ts';
import { ACTIONS, ACTORS, GOALS, MEASURES, OPENERS, ORDINALS, RESULTS, TOPICS } from './phrases.ts';

/** Who the prose is about, so sentences can name the unit. */
export interface ProseSubject {
  /** The unit's full name, e.g. `青阳区财政局`. */
  unit: string;
}

/** One sentence of 纪实 prose, ending in `。`. */
function sentence(random: Random, subject: ProseSubject): string {
  const who = random.chance(0.35) ? subject.unit : random.pick(ACTORS);
  const topic = random.pick(TOPICS);
  switch (random.int(0, 4)) {
    case 0:
      return `${random.pick(OPENERS)}${who}${random.pick(ACTIONS)}${topic}，${random.pick(MEASURES)}，${random.pick(RESULTS)}。`;
    case 1:
      return `围绕“${random.sample(GOALS, 4).join('、')}”的目标，${who}${random.pick(MEASURES)}。`;
    case 2:
      return `${random.pick(OPENERS)}在${topic}方面，${who}${random.pick(MEASURES)}，${random.pick(MEASURES)}。`;
    case 3:
      return `${random.int(2, 9)}年来，${who}累计开展${topic}活动${random.int(12, 160)}次，参与干部职工${random.int(80, 2400)}人次，${random.pick(RESULTS)}。`;
    default:
      return `通过${random.pick(ACTIONS).replace(/把$/, '')}${topic}，${random.pick(RESULTS)}。`;
  }
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(random: Random, subject: ProseSubject, min = 3, max = 6): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random, subject)).join('');
}

/** An enumeration paragraph, “一是……；二是……；三是……。”, the way dossiers list measures. */
function enumeration(random: Random, subject: ProseSubject): string {
  const count = random.int(3, 5);
  const items = Array.from({ length: count }, (_, i) => `${ORDINALS[i]}是${random.pick(MEASURES)}`);
  return `${subject.unit}${random.pick(ACTIONS)}${random.pick(TOPICS)}：${items.join('；')}。`;
}

/**
 * A Markdown body of roughly `chars` CJK characters: paragraphs, now and then an enumeration, a
 * bullet list or a bold lead-in, as converted dossiers have them.
 */
export function body(random: Random, subject: ProseSubject, chars: number): string {
  const blocks: string[] = [];
  let length = 0;
  while (length < chars) {
    const roll = random.next();
    let block: string;
    if (roll < 0.12) block = enumeration(random, subject);
    else if (roll < 0.18) block = random.sample(MEASURES, random.int(3, 5)).map((m) => `- ${m}。`).join('\n');
    else if (roll < 0.26) block = `**${random.pick(TOPICS)}。**${paragraph(random, subject, 2, 4)}`;
    else block = paragraph(random, subject);
    blocks.push(block);
    length += block.length;
  }
  return blocks.join('\n\n');
}
