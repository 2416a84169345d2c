/* suspend.c — the suspend builtin (bash's, not in POSIX): stops the shell itself until it is
 * continued; exec/jobs.h does the stopping and takes the terminal back afterwards. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <stdbool.h>

int builtin_suspend(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool force = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "f")) != -1) {
        if (c == '?')
            return 2;
        force = true;
    }
    if (o.index < argc)
        return builtin_usage_error("suspend", "too many arguments");
    /* Without job control nobody is expected to continue us (as in bash). */
    if (!jobs_control_active()) {
        error_msg("suspend: no job control");
        return 1;
    }
    /* A login shell has nobody to continue it: stopping it would hang the session. */
    if (sh.login && !force) {
        error_msg("suspend: cannot suspend a login shell");
        return 1;
    }
    return jobs_suspend_shell();
}
