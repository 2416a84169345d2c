/* shift.c — the shift special builtin (XCU shift): drops leading positional parameters
 * through shell_set_params (shell/shell.h). */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "lib/strvec.h"
#include "shell/shell.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>

/* XCU shift: n defaults to 1; n greater than $# is an error, which for a special builtin
 * aborts a non-interactive shell (XCU 2.8.1), as dash does, with status 2. */
int builtin_shift(int argc, char **argv)
{
    int first = builtin_operands(argc, argv);
    if (first < 0) {
        sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
        return 2;
    }
    long n = 1;
    if (first < argc) {
        const char *s = argv[first];
        char *end;
        errno = 0;
        n = strtol(s, &end, 10);
        if (!isdigit((unsigned char)*s) || *end || errno) {
            error_msg("shift: %s: invalid number", s);
            sh.flow = FLOW_ABORT;
            return 2;
        }
        if (first + 1 < argc) {
            sh.flow = FLOW_ABORT;
            return builtin_usage_error("shift", "too many arguments");
        }
    }
    if (n > sh.nparams) {
        error_msg("shift: can't shift that many");
        sh.flow = FLOW_ABORT;
        return 2;
    }
    if (n == 0)
        return 0;
    /* Copy first: shell_set_params frees the parameters we would be reading from. */
    struct strvec rest = {0};
    for (int i = (int)n; i < sh.nparams; i++)
        strvec_pushdup(&rest, sh.params[i]);
    shell_set_params((int)rest.n, strvec_argv(&rest));
    strvec_clear(&rest);
    return 0;
}
