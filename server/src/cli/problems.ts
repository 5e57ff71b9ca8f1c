import type { CliStreams } from './cli';

/** Reports problems on standard error and counts them: the command's exit code is 1 when there were any. */
export function problemReporter(io: CliStreams): { report: (message: string) => void; exitCode: () => number } {
  let problems = 0;
  return {
    report(message) {
      problems++;
      io.stderr.write(`article-lens: ${message}\n`);
    },
    exitCode: () => (problems > 0 ? 1 : 0),
  };
}
