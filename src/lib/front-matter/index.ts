/**
 * Front matter: the one reader every consumer shares. gray-matter splits a file, the `yaml`
 * package (YAML 1.2, core schema) parses and writes the fields; see yaml-engine.ts.
 */
export { bodyShown, fieldsOf, readMarkdownBody, readMarkdownFields, readYamlFields } from './read.ts';
export { normaliseText, parseFrontMatter, parseYamlFile, splitFrontMatter, splitText, type SplitFile } from './split.ts';
export { describeYamlError, offsetToPosition } from './yaml-errors.ts';
export {
  frontMatterBlock,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseYaml,
  yamlScalar,
  type Node,
  type YamlBlock,
} from './yaml-engine.ts';
