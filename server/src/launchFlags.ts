/**
 * Node flags for the language server's process, shared by the extension that launches it,
 * the benchmark and the protocol tests, so all three measure the same server.
 *
 * A 4 MB semi-space instead of V8's 16 MB default: the server keeps its index in the old
 * generation and allocates little per request, so a large young generation only holds
 * garbage. At 10,000 articles it cut resident memory after queries by about 13 MB with
 * no slower request or keystroke on the benchmark.
 *
 * The old generation grows by a quarter before V8 collects it again, not by its default factor
 * (up to four times when it judges collection slow): the garbage that indexing and the idle
 * work after it leave behind is collected sooner, and V8 keeps the pages a heap once grew to.
 * At 10,000 articles the server settled at 252-272 MB instead of 289-359 MB once its idle work
 * was done, for the same CPU time; at 100,000 about 1.1 GB instead of 1.2 GB, where a warm start
 * pays with more collections while it reads the records (7.5 s instead of 4.7 s). Setting it only
 * once indexing is done saved nothing: indexing had already set the heap's limit.
 *
 * Young-generation collections run on the server's own thread, without helper threads: with a
 * 4 MB semi-space one takes about a millisecond, and on a machine whose cores are busy the
 * thread otherwise waits for helpers the system does not schedule. At 10,000 articles under a
 * load of 10 on 2 cores they paused requests and keystrokes for 3-5 ms at the median and up to
 * 16-23 ms, and 1 ms and at most 1.4-3.4 ms without helpers, for the same CPU time to index.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=25', '--no-parallel-scavenge'];
