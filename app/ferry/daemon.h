#pragma once

namespace Ferry {

struct CommandLine;

// `ferry --daemon`: the engine and the IPC server without a window, until SIGTERM, SIGINT or a
// window asks to take over. Exit status 0 when stopped, 2 when the engine cannot start (another
// engine runs, the database cannot be opened).
int runDaemon(const CommandLine &commandLine);

} // namespace Ferry
