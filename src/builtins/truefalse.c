/* truefalse.c — the true and false utilities (XCU true, false): they ignore their arguments and
 * only set $?. Builtins so that `while true` does not fork. */
#include "config.h"

#include "builtins/builtins.h"

int builtin_true(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

int builtin_false(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 1;
}
