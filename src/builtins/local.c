/* local.c — the local builtin (an extension shared by dash, bash, ksh and others): makes
 * variables local to the running function through the scopes of shell/vars.c. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/vars.h"

#include <stdlib.h>
#include <string.h>

/* "local name" keeps the current value (as dash does) until the function returns;
 * "local name=value" assigns after making it local. */
int builtin_local(int argc, char **argv)
{
    /* conch mode: local takes declare's options and NAME=(...) operands (declare.c). */
    if (options_extensions())
        return declare_main(argc, argv, true);
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    int status = 0;
    for (int i = first; i < argc; i++) {
        const char *eq = strchr(argv[i], '=');
        size_t len = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
        /* "local -" (dash): the shell options are restored when the function returns. */
        bool dash = strcmp(argv[i], "-") == 0;
        if (!dash && !is_name(argv[i], len)) {
            error_msg("local: %s: bad variable name", argv[i]);
            status = 1;
            continue;
        }
        char *name = xstrndup(argv[i], len);
        if (vars_make_local(name) != 0) {
            free(name);
            return 1; /* not in a function: every other name would fail the same way */
        }
        if (eq && vars_set(name, eq + 1, 0) != 0)
            status = 1;
        free(name);
    }
    return status;
}
