/* unalias.c — the unalias utility (XCU unalias): removes aliases from shell/alias.c's table. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/alias.h"

int builtin_unalias(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool all = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "a")) != -1) {
        if (c == '?')
            return 2;
        all = true;
    }
    if (all) {
        alias_unset_all();
        return 0;
    }
    if (o.index >= argc)
        return builtin_usage_error("unalias", "missing alias name");
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        if (alias_unset(argv[i]) != 0) {
            error_msg("unalias: %s: not found", argv[i]);
            status = 1;
        }
    }
    return status;
}
