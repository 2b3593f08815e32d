// shienplan-cli: everything it does is in the shienplan_cli library (cli/), where tests and
// benchmarks run it in-process too; this file only hands it argv.

#include "cli/cli.h"

int main(int argc, char **argv)
{
    return shienplan::cli::main(argc, argv);
}
