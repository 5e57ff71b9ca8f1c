import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line.
const connection = createConnection(ProposedFeatures.all);

process.on('uncaughtException', (error) => {
  connection.console.error(`Article Lens server: unexpected error: ${error.stack ?? String(error)}`);
});
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Article Lens server: unhandled rejection: ${String(reason)}`);
});

startServer(connection);
