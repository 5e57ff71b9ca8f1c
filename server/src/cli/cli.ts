import { runAnalyze } from './analyzeCommand';
import { runAnnotations } from './annotationsCommand';
import { runExport } from './exportCommand';
import { runValidate } from './validateCommand';

export interface CliStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const USAGE = `Usage: article-lens <command> [options]

Commands:
  analyze [--json] [--each-alone] <files or folders>
                                         analyse articles; --json prints one JSON object per article per line;
                                         --each-alone dates each article from its own text only
  annotations add <article> --quote "exact words" [--tag T]... [--note N] [--occurrence K]
                                         annotate the quoted words (refused when absent, or ambiguous without --occurrence)
  annotations list [--json] <files or folders>
                                         list annotations and where their words are now
  validate <files or folders>            check sidecars (schema, own article only, anchors); exits 1 on problems
  export --format jsonl|csv|w3c <files or folders>
                                         export annotations with the claims and entities they cover
  help                                   show this help
`;

/** Runs the command line; resolves to the process exit code. */
export async function runCli(args: string[], io: CliStreams): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest, io);
    case 'annotations':
      return runAnnotations(rest, io);
    case 'validate':
      return runValidate(rest, io);
    case 'export':
      return runExport(rest, io);
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
