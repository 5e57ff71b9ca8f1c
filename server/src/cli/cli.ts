import { runAnalyze } from './analyzeCommand';

export interface CliStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const USAGE = `Usage: article-lens <command> [options]

Commands:
  analyze [--json] <files or folders>   analyse articles; --json prints one JSON object per article per line
  help                                   show this help
`;

/** Runs the command line; resolves to the process exit code. */
export async function runCli(args: string[], io: CliStreams): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`article-lens: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}
