// Runs in the browser on /admin/ only, after Decap CMS's own script: registers the file formats
// and widgets the generated configuration names, then starts the editor with that configuration.
import { collectionName, editedFields, formatName, WIDGETS } from '../../lib/cms/editor-names.ts';
import type { DecapConfig } from '../../lib/cms/decap-config.ts';
import { CONTENT_LAYOUT } from '../../lib/content-paths.ts';
import { readContentFile, writeContentFile, type EditedRole } from '../../lib/cms/file-format.ts';
import { chosenStem } from './article-files.ts';
import { articleFileControl } from './article-file-widget.ts';
import { dossierControl } from './dossier-widget.ts';
import { imageComponent } from './image-component.ts';
import { markdownWidget } from './markdown-widget.ts';
import type { ImmutableMap } from './decap.ts';
import { yearsControl } from './years-widget.ts';

const ROLES: readonly EditedRole[] = [...new Set(CONTENT_LAYOUT.map((kind) => kind.role))];
const ARTICLE_COLLECTIONS = new Set(CONTENT_LAYOUT.filter((kind) => kind.role === 'article').map(collectionName));

function registerFormats(): void {
  // site.yaml keeps its comments: the last text read is the one written back over.
  let siteText: string | undefined;
  for (const role of ROLES) {
    const fields = editedFields(role);
    window.CMS.registerCustomFormat(formatName(role), role === 'site' ? 'yaml' : 'md', {
      fromFile(text) {
        if (role === 'site') siteText = text;
        return readContentFile(role, fields, text);
      },
      toFile(data) {
        return writeContentFile(role, fields, data, siteText);
      },
    });
  }
}

function textPreview(props: { value?: unknown }): unknown {
  return window.h('p', null, typeof props.value === 'string' ? props.value : '');
}

// Where a file is shows in the form, not in the preview of its text.
function noPreview(): unknown {
  return null;
}

/** Starts the editor with the configuration the page carries in `#cms-config`. */
export function startEditor(): void {
  const config = JSON.parse(document.getElementById('cms-config')!.textContent!) as DecapConfig;
  registerFormats();
  window.CMS.registerWidget(WIDGETS.years, yearsControl(), textPreview);
  window.CMS.registerWidget(WIDGETS.dossier, dossierControl(), noPreview);
  window.CMS.registerWidget(WIDGETS.articleFile, articleFileControl(), noPreview);
  const markdown = markdownWidget();
  window.CMS.registerWidget(WIDGETS.markdown, markdown.control, markdown.preview);
  window.CMS.registerEditorComponent(imageComponent());
  // A new article's file name is settled as it is saved, from its title and dossier as they are then.
  window.CMS.registerEventListener({
    name: 'preSave',
    handler({ entry }) {
      const collection = String(entry.get('collection'));
      const data = entry.get('data') as ImmutableMap;
      if (!entry.get('newRecord') || !ARTICLE_COLLECTIONS.has(collection)) return undefined;
      return data.set('file', chosenStem(collection, data));
    },
  });
  window.CMS.init({ config });
}
