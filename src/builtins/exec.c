/* exec.c — the exec special builtin (XCU exec). Without a command its redirections stay in
 * effect for the shell (exec/simple.c sees to that); with one, the shell becomes that program. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "shell/shell.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int builtin_exec(int argc, char **argv)
{
    int i = builtin_operands(argc, argv);
    if (i < 0) {
        sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
        return 2;
    }
    if (i >= argc)
        return 0;
    int status = 127;
    char *path = search_path(argv[i]);
    fflush(stdout);
    if (path)
        status = exec_execve(path, argv + i);
    else
        shell_error("exec: %s: not found", argv[i]);
    free(path);
    /* XCU exec: "If command is not found ... a non-interactive shell shall exit". */
    if (!sh.interactive)
        sh.flow = FLOW_EXIT;
    sh.last_status = status;
    return status;
}
