/* unset.c — the unset special builtin (XCU unset): removes variables (-v, the default) or
 * functions (-f) from the shell's tables. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "exec/array.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/functions.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <stdlib.h>
#include <string.h>

/* XCU unset: unsetting something that is not set is not an error; a readonly variable is. */
int builtin_unset(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool functions = false, nameref = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, options_extensions() ? "fnv" : "fv")) != -1) {
        if (c == '?') {
            sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
            return 2;
        }
        functions = c == 'f';
        nameref = c == 'n'; /* conch mode (bash): the reference itself, not what it names */
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        if (functions) {
            functions_unset(argv[i]);
            continue;
        }
        char *name;
        const char *sub;
        if (options_extensions() && array_split_operand(argv[i], &name, &sub)) {
            /* conch mode: unset 'a[i]' removes one element (bash). */
            if (array_unset_operand(name, sub) != 0 && status == 0)
                status = 1;
            free(name);
            continue;
        }
        if (!is_name(argv[i], strlen(argv[i]))) {
            /* An operand error, like a bad option: status 2, which a non-interactive shell
             * exits with (dash, yash; bash says 1). */
            error_msg("unset: %s: bad variable name", argv[i]);
            status = 2;
        } else if ((nameref ? vars_nameref_unset(argv[i])
                    : options_extensions() ? vars_unset_scoped(argv[i]) : vars_unset(argv[i])) != 0 &&
                   status == 0) {
            status = 1;
        }
    }
    if (status)
        sh.flow = FLOW_ABORT;
    return status;
}
