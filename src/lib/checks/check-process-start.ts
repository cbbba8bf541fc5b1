// The check's process starts here (check-process.ts forks it). V8 keeps a module's compiled code
// only for the compiler settings it was compiled under, and the build's other processes compile
// their modules with the optimizing compiler held back (optimizing-compiler.ts); so does this one,
// before it loads the checker's. A large archive's check lets the compiler in once it knows the
// archive's size (check-process.ts).
import { deferOptimizingCompiler } from '../optimizing-compiler.ts';

deferOptimizingCompiler();
await import('./check-process.ts');
