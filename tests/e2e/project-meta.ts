// Tags each test with its vitest project (chromium, firefox, packages) in the JSON
// report, which otherwise names only the file, the same in every project:
// .ci/summarise.mjs counts each browser's results from it.
import { beforeEach } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    project?: string;
  }
}

beforeEach(({ task }) => {
  task.meta.project = task.file.projectName;
});
