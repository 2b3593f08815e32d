#pragma once

// What `server …` and `submit` share: the exit statuses of the server contract, the server
// address from --server, the password from PGPASSWORD (libpq reads it) or standard input, and a
// ServerError as the one stderr line.

#include "cli/command.h"

#include "core/server/prefectureserver.h"

namespace shienplan::cli
{

enum ServerExit { Refused = 3, Unreachable = 4 };

// Standard input, line by line, read only when needed (a password the server asks for, a new
// user's password), so that a script that gives PGPASSWORD is never stuck on a read.
class StdinLines
{
public:
    QString next(); // without its line end; a null string at the end of input
};

// Connects to --server; a password the server asks for comes from the next line of standard
// input. Throws ServerError.
void connectTo(PrefectureServer &server, const QCommandLineParser &p, StdinLines &in);
// The exit status of a ServerError, its line in o.err.
int reportServerError(const ServerError &e, Output &o);
int fiscalYearOf(const QCommandLineParser &p, bool required);

QCommandLineOption serverOption();

// While alive, the QPSQL driver's own warnings ("Unable to free statement: server closed the
// connection") are not printed: the contract is one stderr line, and the ServerError says it.
class QuietDriver
{
public:
    QuietDriver();
    ~QuietDriver();

private:
    QtMessageHandler m_previous;
};

} // namespace shienplan::cli
