#include "ui/application.h"

int main(int argc, char **argv)
{
    return shienplan::runDesktop(argc, argv);
}
