/* export.c — the export special builtin (XCU export): marks variables for the environment of
 * commands the shell runs, or lists them in a form the shell can read back. */
#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_one(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)flags;
    (void)ctx;
    printf("export %s", name);
    if (value) {
        putchar('=');
        vars_print_quoted(value);
    }
    putchar('\n');
}

/* XCU export: "export name[=word]..." sets the export attribute (and the value when given);
 * "export -p" writes "export name=value" lines suitable for re-input. */
int builtin_export(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "p")) != -1) {
        if (c == '?') {
            sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
            return 2;
        }
    }
    /* -p with operands is unspecified; like other shells, the operands are then processed. */
    if (o.index >= argc) {
        vars_foreach(VAR_EXPORT, print_one, NULL);
        return builtin_flush("export");
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        const char *eq = strchr(argv[i], '=');
        size_t len = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
        if (!vars_is_name(argv[i], len)) {
            error_msg("export: %s: bad variable name", argv[i]);
            status = 1;
            continue;
        }
        char *name = xstrndup(argv[i], len);
        if (vars_set(name, eq ? eq + 1 : NULL, VAR_EXPORT) != 0)
            status = 1;
        free(name);
    }
    if (status)
        sh.flow = FLOW_ABORT;
    return status;
}
