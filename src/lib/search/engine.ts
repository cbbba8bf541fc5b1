// The search itself, as the search page runs it in the browser (and the tests in Node): looks up
// the keys of a query in the index files, keeps the entries that hold every term, ranks them and
// reads the text of the ones shown. Loads only what a query needs. No Node or browser-only API:
// files come through the `IndexFiles` the caller gives.
import { decodeEntryTable, type EntryTable } from './entry-table.ts';
import { decodeEntryValues } from './entry-values.ts';
import { filterKey, indexPaths, type EntryFragment, type IndexFiles, type IndexManifest } from './format.ts';
import { KeyStore } from './key-store.ts';
import { loadOnce, RecentPromises } from './promise-cache.ts';
import { loosenTerms, parseQuery, type Term } from './query.ts';
import { rankEntries } from './ranking.ts';
import { viewResult, type ResultView } from './result-view.ts';
import { matchTerm, type TermMatch } from './term-match.ts';

/** Filter values chosen on the page: a result must carry one of the values of every filter. */
export type FilterChoice = Record<string, readonly string[]>;

/** What a search found. */
export interface SearchOutcome {
  terms: Term[];
  /** The strict reading found nothing and these are the looser terms that found the results. */
  loosened?: Term[];
  /** Entry numbers, best first. */
  ranked: Uint32Array;
}

/**
 * Terms whose matches are kept: a reader who adds a word or a filter to a query, or goes back to
 * an earlier one, is answered without checking positions again.
 */
const MATCH_CACHE = 64;

/** An opened index: the manifest and the entry table, with keys and fragments loaded on demand. */
export class SearchEngine {
  private readonly matches = new RecentPromises<TermMatch>(MATCH_CACHE);
  private readonly fragmentFiles = new Map<number, Promise<EntryFragment[]>>();
  private readonly entryValues = new Map<number, Promise<{ starts: Uint32Array; values: Uint32Array }>>();

  readonly manifest: IndexManifest;
  private readonly files: IndexFiles;
  private readonly keys: KeyStore;
  private readonly table: EntryTable;

  private constructor(files: IndexFiles, manifest: IndexManifest, table: EntryTable) {
    this.files = files;
    this.manifest = manifest;
    this.keys = new KeyStore(files, manifest.buckets, manifest.largeKeys);
    this.table = table;
  }

  /** Opens the index: two small files, the manifest and the entry table. */
  static async open(files: IndexFiles): Promise<SearchEngine> {
    const [manifest, table] = await Promise.all([files.json<IndexManifest>(indexPaths.manifest()), files.bytes(indexPaths.entries())]);
    return new SearchEngine(files, manifest, decodeEntryTable(table, manifest.fragments, manifest.groups));
  }

  /** Number of entries (results) in the index. */
  get entries(): number {
    return this.table.entryDocs.length - 1;
  }

  /** The documents that hold a term exactly, and those of them whose title holds it. */
  private match(term: Term): Promise<TermMatch> {
    return this.matches.get(JSON.stringify([term.quoted, term.parts]), () => matchTerm(term, this.keys));
  }

  /** The entries allowed by the chosen filters, or undefined when none is chosen. */
  private async allowed(filters: FilterChoice): Promise<Uint8Array | undefined> {
    const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
    if (chosen.length === 0) return undefined;
    // Every value's list at once: on the search page each is a round trip.
    const lists = await Promise.all(chosen.map(([name, values]) => Promise.all(values.map(async (value) => (await this.keys.lists(filterKey(name, value))).docs))));
    // counts[e] is the number of filters, in order, that entry e passed.
    const allowed = new Uint8Array(this.entries);
    lists.forEach((filterLists, f) => {
      for (const list of filterLists) for (const e of list) if (allowed[e] === f) allowed[e] = f + 1;
    });
    for (let e = 0; e < allowed.length; e++) allowed[e] = allowed[e] === chosen.length ? 1 : 0;
    return allowed;
  }

  private async run(terms: readonly Term[], filters: FilterChoice): Promise<Uint32Array> {
    // The filters' lists and the terms' keys are fetched together, not one after the other.
    const [allowed, matches] = await Promise.all([this.allowed(filters), Promise.all(terms.map((term) => this.match(term)))]);
    if (terms.length === 0) {
      // No words, only filters: every entry they allow, in index order.
      if (!allowed) return new Uint32Array();
      return Uint32Array.from(Array.from(allowed.keys()).filter((e) => allowed[e] === 1));
    }
    return rankEntries(matches, this.table, allowed);
  }

  /**
   * Searches: every result holds every term (in its own text, or in the name of its unit or
   * dossier) and carries a chosen value of every filter. When the query as typed finds nothing,
   * its long runs of characters are split into words and tried again.
   */
  async search(query: string, filters: FilterChoice = {}): Promise<SearchOutcome> {
    const terms = parseQuery(query);
    const ranked = await this.run(terms, filters);
    if (ranked.length > 0) return { terms, ranked };
    const loose = loosenTerms(terms);
    if (!loose) return { terms, ranked };
    const again = await this.run(loose, filters);
    return again.length > 0 ? { terms, loosened: loose, ranked: again } : { terms, ranked };
  }

  /** The fragment (text and result facts) of an entry. */
  async fragment(entry: number): Promise<EntryFragment> {
    const file = this.table.fragmentOf[entry]!;
    const fragments = await loadOnce(this.fragmentFiles, file, () => this.files.json<EntryFragment[]>(indexPaths.fragment(file)));
    return fragments[entry - this.table.fragmentFirst[file]!]!;
  }

  /** The results `from`…`to` of an outcome, with their excerpts and the sections that hold the query. */
  async view(outcome: SearchOutcome, from: number, to: number): Promise<ResultView[]> {
    const terms = outcome.loosened ?? outcome.terms;
    const entries = Array.from(outcome.ranked.subarray(from, to));
    return Promise.all(entries.map(async (entry) => viewResult(entry, await this.fragment(entry), terms)));
  }

  /** The values of a filter (by its index in the manifest) with how many entries carry each. */
  filterValues(filter: number): Promise<Array<[string, number]>> {
    return this.files.json(indexPaths.filterValues(filter));
  }

  /**
   * The values of a filter with how many results each would give: the results of `query` under
   * the other chosen filters that carry the value (a search without a query counts the entries the
   * other filters allow). With neither a query nor another filter, the whole archive's counts.
   * Values in the same order as {@link filterValues}.
   */
  async filterCounts(filter: number, query: string, filters: FilterChoice = {}): Promise<Array<[string, number]>> {
    const name = this.manifest.filters[filter]!.name;
    const others = Object.fromEntries(Object.entries(filters).filter(([other, values]) => other !== name && values.length > 0));
    const all = await this.filterValues(filter);
    if (parseQuery(query).length === 0 && Object.keys(others).length === 0) return all;
    const table = loadOnce(this.entryValues, filter, () => this.files.bytes(indexPaths.filterEntries(filter)).then((bytes) => decodeEntryValues(bytes, this.entries)));
    const [{ ranked }, { starts, values }] = await Promise.all([this.search(query, others), table]);
    const counts = new Uint32Array(all.length);
    for (const e of ranked) for (let k = starts[e]!; k < starts[e + 1]!; k++) counts[values[k]!]!++;
    return all.map(([value], v) => [value, counts[v]!]);
  }
}
