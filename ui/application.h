#pragma once

// The desktop program's entry point (ui/application.cpp).

namespace shienplan
{

// Starts the desktop program: `shienplan [PLAN.json] [--screenshot FILE] [--lang ja|en]`.
int runDesktop(int argc, char **argv);

// Japanese glyphs everywhere: the application font from the first family present (Linux, then
// Windows). Window tests call it too, so that they measure the texts the planner sees.
void useJapaneseFont();

} // namespace shienplan
