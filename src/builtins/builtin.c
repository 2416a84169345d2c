/* builtin.c — bash's `builtin` (conch mode): runs the named builtin, passing over a function
 * of the same name, through the executor's lookup (exec_argv in exec/simple.c). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

/* XCU 2.9.1.4 leaves the result of a command named `builtin` unspecified; in POSIX mode the
 * table's BUILTIN_EXTENSION flag keeps conch's answer from before the extension: the name is
 * searched for in PATH. */
int builtin_builtin(int argc, char **argv)
{
    int i = builtin_operands(argc, argv);
    if (i < 0)
        return 2;
    if (i >= argc)
        return 0; /* bash: nothing to run */
    if (!builtin_find(argv[i])) {
        error_msg("%s: %s: not a shell builtin", argv[0], argv[i]);
        return 1;
    }
    return exec_argv(argc - i, argv + i, EXEC_LOOKUP_NOFUNC);
}
