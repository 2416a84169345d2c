/* colon.c — the ':' special builtin (XCU 2.15 colon): the arguments were expanded and
 * redirections done by the executor; nothing is left to do. */
#include "config.h"

#include "builtins/builtins.h"

int builtin_colon(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 0;
}
