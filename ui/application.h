#pragma once

// The desktop program's entry point (ui/application.cpp).

namespace shienplan
{

// Starts the desktop program: `shienplan [PLAN.json] [--screenshot FILE] [--lang ja|en]`.
int runDesktop(int argc, char **argv);

} // namespace shienplan
