#include "cli.h"

int main(int argc, char **argv)
{
    return shienplan::cli::main(argc, argv);
}
