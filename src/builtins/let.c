/* let.c — conch mode's `let expression...` (bash, ksh): each argument evaluated as the inside
 * of $(( )) by exec/arith.c. Not found in POSIX mode (BUILTIN_EXTENSION in table.c). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/expand.h"
#include "lib/error.h"

#include <stdint.h>
#include <string.h>

/* Status as bash: 0 when the last value is not 0, 1 when it is, 1 after an error too. */
int builtin_let(int argc, char **argv)
{
    int i = 1;
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++; /* bash skips it; `let -1` is an expression */
    if (i >= argc) {
        error_msg("let: expression expected");
        return 1;
    }
    intmax_t v = 0;
    for (; i < argc; i++)
        if (arith_eval(argv[i], &v) < 0)
            return 1;
    return v != 0 ? 0 : 1;
}
