// Where the published editor saves: Decap's backend for the git host named in `site.yaml`.
import type { EditingSettings } from '../schemas/site.ts';
import type { DecapBackend } from './decap-config.ts';

/** Decap's backend for the editing settings of `site.yaml`. */
export function decapBackend(editing: EditingSettings): DecapBackend {
  const { repo, branch } = editing;
  const server = editing.server?.replace(/\/+$/, '');
  switch (editing.backend) {
    case 'github':
      return {
        name: 'github',
        repo,
        branch,
        ...(server ? { api_root: `${server}/api/v3` } : {}),
        ...(editing.authServer ? { base_url: editing.authServer.replace(/\/+$/, '') } : {}),
      };
    case 'gitlab':
      return {
        name: 'gitlab',
        repo,
        branch,
        auth_type: 'pkce',
        app_id: editing.appId!,
        ...(server ? { base_url: server, api_root: `${server}/api/v4` } : {}),
      };
    case 'gitea':
    case 'forgejo':
      return { name: editing.backend, repo, branch, app_id: editing.appId!, base_url: server!, api_root: `${server}/api/v1` };
  }
}
