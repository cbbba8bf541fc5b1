import type { CheckRule } from '../types.ts';
import { encodingRule } from './encoding.ts';
import { frontMatterSchemaRule } from './front-matter-schema.ts';
import { yamlSyntaxRule } from './yaml-syntax.ts';

/** Every content rule, in the order they run. Output is sorted afterwards, so order is free. */
export const RULES: readonly CheckRule[] = [encodingRule, yamlSyntaxRule, frontMatterSchemaRule];
