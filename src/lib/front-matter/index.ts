/**
 * Front matter: the one reader every consumer shares. gray-matter splits a file, the `yaml`
 * package (YAML 1.2, core schema) parses and writes the fields; see yaml-engine.ts.
 */
export { fieldsOf, frontMatterProblem, readMarkdownFields, readYamlFields, type MarkdownFields } from './read.ts';
export { normaliseText, parseYamlFile, splitFrontMatter, type SplitFile } from './split.ts';
export { blockLine, describeYamlError, offsetToPosition, type YamlProblem } from './yaml-errors.ts';
export {
  frontMatterBlock,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseYaml,
  visit,
  yamlScalar,
  type Node,
  type Scalar,
  type YamlBlock,
  type YAMLError,
} from './yaml-engine.ts';
