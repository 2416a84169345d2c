/* caller.c — the caller builtin (conch mode, as bash): where the running function was called
 * from, read from the call stack that shell/callstack.h turns into BASH_LINENO, FUNCNAME and
 * BASH_SOURCE; for stack traces in error handlers. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "shell/array.h"
#include "shell/vars.h"

#include <limits.h>
#include <stdio.h>

/* vars_array makes these three from the call stack as it reads them (callstack.h). */
static const char *element(const char *name, intmax_t i)
{
    const struct array *a = vars_array(name);
    return a ? array_get(a, i) : NULL;
}

/* caller [n]: "LINE FILE" of the current call, or "LINE FUNCTION FILE" of the n-th frame up
 * (0 the current one); status 1 when there is no such frame (outside functions too). */
int builtin_caller(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    if (builtin_getopt(&o, argc, argv, "") == '?')
        return 2;
    long n = 0;
    bool with_name = o.index < argc;
    if (with_name && (!decimal_parse(argv[o.index], &n) || n < 0)) {
        error_msg("caller: %s: invalid number", argv[o.index]);
        return 2;
    }
    if (n >= INT_MAX)
        return 1; /* far past any call stack (and n + 1 below must not overflow) */
    const char *line = element("BASH_LINENO", n);
    const char *func = element("FUNCNAME", n + 1);
    const char *file = element("BASH_SOURCE", n + 1);
    if (!line || !func || !file)
        return 1;
    if (with_name)
        printf("%s %s %s\n", line, func, file);
    else
        printf("%s %s\n", line, file);
    return builtin_flush("caller");
}
