import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import { rawHtmlRule } from '../../src/lib/checks/rules/raw-html.ts';
import { ARTICLE_SECTION_KINDS, SECTION_INTRO_FILE } from '../../src/lib/constants.ts';
import type { Diagnostic } from '../../src/lib/diagnostics/index.ts';
import { parseSectionFileId } from '../../src/lib/dossiers/index.ts';
import { splitFrontMatter } from '../../src/lib/front-matter/index.ts';
import { urls } from '../../src/lib/urls.ts';
import { readPage } from '../support/html.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE, ROOT, SHIPPED_SITE } from '../support/paths.ts';

// The checker's raw HTML report and the built site must say the same thing about every article:
// what the report says is removed is not on the page, what it does not mention is. The HTML an
// editor wrote is read here with a plain HTML parser, independently of the site's pipeline.

/** Codes of an element taken out with everything inside it. */
const DROPPED = new Set(['html.script', 'html.style', 'html.iframe', 'html.element-dropped']);
/** Codes of an element whose tags go and whose text stays. */
const UNWRAPPED = new Set(['html.element-unwrapped', 'html.embed']);
const ATTRIBUTE = new Set(['html.attribute-removed', 'html.event-handler', 'html.url-removed', 'html.javascript-url']);

interface Article {
  file: string;
  body: string;
  page: string;
  anchor: string;
}

function articlesOf(contentDir: string): Article[] {
  const articles: Article[] = [];
  for (const kind of ARTICLE_SECTION_KINDS) {
    const sectionDir = join(contentDir, kind);
    for (const dossier of readdirSync(sectionDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const name of readdirSync(join(sectionDir, dossier.name)).filter((n) => n.endsWith('.md') && n !== SECTION_INTRO_FILE)) {
        const file = join(sectionDir, dossier.name, name);
        const { anchor } = parseSectionFileId(`${dossier.name}/${name}`);
        articles.push({ file, body: splitFrontMatter(readFileSync(file, 'utf8')).body, page: urls.section(dossier.name, kind), anchor });
      }
    }
  }
  return articles;
}

/** The elements written in a body's HTML, with their position: what the editor typed, not what a parser added. */
function writtenElements(body: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(body, { fragment: true }) as Root, 'element', (node: Element) => {
    if (node.position) found.push(node);
  });
  return found;
}

const valueText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

async function agreementOf(contentDir: string, siteDir: string): Promise<{ articles: number; reports: number }> {
  const reports = await runChecks({ root: ROOT, contentDir, rules: [rawHtmlRule] });
  let articleCount = 0;
  for (const article of articlesOf(contentDir)) {
    const written = writtenElements(article.body);
    if (written.length === 0) continue;
    articleCount++;
    const mine = reports.filter((r: Diagnostic) => r.file === relative(ROOT, article.file));
    const section = select(`section.article[aria-labelledby="${article.anchor}"]`, readPage(siteDir, article.page).tree);
    expect(section, `${article.page}#${article.anchor}`).toBeDefined();
    const onPage = (tag: string) => selectAll(tag, section!);
    const pageText = toText(section!);
    const where = (r: Diagnostic) => `${r.file}:${r.line}:${r.column} ${r.code}`;

    const removedTags = new Set(mine.filter((r) => DROPPED.has(r.code) || UNWRAPPED.has(r.code)).map((r) => String(r.values.tag)));
    for (const element of written) {
      const tag = element.tagName;
      if (removedTags.has(tag)) {
        expect(onPage(tag), `${article.page}: <${tag}> is reported removed`).toEqual([]);
        continue;
      }
      expect(onPage(tag).length, `${article.page}: <${tag}> is not reported, so it is on the page`).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(element.properties)) {
        const written = valueText(value);
        const attribute = find(html, name).attribute;
        const report = mine.find(
          (r) => ATTRIBUTE.has(r.code) && r.values.tag === tag && r.values.attribute === attribute && (r.values.url === undefined || written.startsWith(String(r.values.url).replace(/…$/, ''))),
        );
        const carriers = onPage(tag).filter((node) => Object.hasOwn(node.properties, name));
        if (report) {
          // Reported: no such element on the page carries the attribute with the value written.
          expect(carriers.filter((node) => valueText(node.properties[name]) === written), where(report)).toEqual([]);
        } else {
          // Not reported: it is on the page (addresses to files beside the article are rewritten, so only its presence counts).
          expect(carriers.length, `${article.page}: ${attribute}="${written}" on <${tag}> is not reported, so it is on the page`).toBeGreaterThan(0);
        }
      }
    }

    for (const report of mine) {
      const tag = String(report.values.tag);
      const elements = written.filter((e) => e.tagName === tag);
      // Every element reported was written in HTML (an address may also be a Markdown link's).
      if (!ATTRIBUTE.has(report.code)) expect(elements.length, where(report)).toBeGreaterThan(0);
      if (DROPPED.has(report.code)) {
        // Removed with its content: none of its text reaches the page (a <style>'s CSS least of all).
        for (const element of elements) {
          const text = toText(element).trim();
          if (text) expect(pageText, where(report)).not.toContain(text);
        }
      } else if (UNWRAPPED.has(report.code)) {
        for (const element of elements) expect(pageText, where(report)).toContain(toText(element).trim());
      } else if (ATTRIBUTE.has(report.code) && report.values.url !== undefined) {
        // An address taken out of HTML or of a Markdown link or image: no element on the page points there.
        const name = find(html, String(report.values.attribute)).property;
        const url = String(report.values.url).replace(/…$/, '');
        expect(onPage(tag).filter((node) => valueText(node.properties[name] ?? '').startsWith(url)), where(report)).toEqual([]);
      } else {
        expect(ATTRIBUTE.has(report.code), where(report)).toBe(true);
      }
    }
  }
  return { articles: articleCount, reports: reports.length };
}

describe('the raw HTML check and the built page', () => {
  it('agree on the fixture site: what is reported is gone, what is not reported is there', async () => {
    const { articles, reports } = await agreementOf(FIXTURE_CONTENT, FIXTURE_SITE);
    // Articles with script, style, event handlers, video, audio, figures, tables, <font>, <noscript> and file: links.
    expect(articles).toBeGreaterThanOrEqual(2);
    expect(reports).toBeGreaterThanOrEqual(8);
  });

  it('agree on the shipped site', async () => {
    await agreementOf(join(ROOT, 'content'), SHIPPED_SITE);
  });
});
