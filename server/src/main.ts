import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import { FramedMessageWriter } from './rawJson';
import { startServer } from './server';
import { inputArrived } from './workspace/idleSteps';

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line. Over stdio the
// server writes its own messages, so that answers it keeps as JSON text are not serialized again.
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? createConnection(
      ProposedFeatures.all,
      new StreamMessageReader(process.stdin),
      new FramedMessageWriter(process.stdout),
    )
  : createConnection(ProposedFeatures.all);

if (stdio) {
  // As the library does for the streams it opens itself: a client gone without `exit` ends the server.
  process.stdin.on('end', () => process.exit(1));
  // stdout carries the protocol: anything a library prints goes to the client's log instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}

process.on('uncaughtException', (error) => {
  connection.console.error(`Article Lens server: unexpected error: ${error.stack ?? String(error)}`);
});
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Article Lens server: unhandled rejection: ${String(reason)}`);
});

startServer(connection, { rawAnswers: stdio });

// Background steps step aside from the moment a message's bytes arrive, not only once it is handled: the library
// queues its handling behind whatever is already queued. Listening once the connection reads, so no data is missed.
if (stdio) process.stdin.on('data', inputArrived);
else process.on('message', inputArrived);
