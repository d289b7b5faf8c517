/** Reading a project: files at the edge, each file on its own, the rules between files, the assembled `Project`. */
export { projectFiles, readCommittedFiles, readCommittedProject, readProjectFiles, repositoryPrefix, type CommittedFiles, type ProjectFiles } from './files.ts';
export { PATHS } from './layout.ts';
export { loadProject, type LoadOptions, type LoadResult } from './load.ts';
