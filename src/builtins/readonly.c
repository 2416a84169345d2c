/* readonly.c — the readonly special builtin (XCU readonly): makes variables unchangeable,
 * optionally assigning them first, or lists them in a form the shell can read back. */
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
    printf("readonly %s", name);
    if (value) {
        putchar('=');
        vars_print_quoted(value);
    }
    putchar('\n');
}

/* XCU readonly: "readonly name[=word]..." sets the readonly attribute after the value;
 * "readonly -p" writes "readonly name=value" lines suitable for re-input. */
int builtin_readonly(int argc, char **argv)
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
        vars_foreach(VAR_READONLY, print_one, NULL);
        return builtin_flush("readonly");
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        const char *eq = strchr(argv[i], '=');
        size_t len = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
        if (!vars_is_name(argv[i], len)) {
            error_msg("readonly: %s: bad variable name", argv[i]);
            status = 1;
            continue;
        }
        char *name = xstrndup(argv[i], len);
        if (vars_set(name, eq ? eq + 1 : NULL, VAR_READONLY) != 0)
            status = 1;
        free(name);
    }
    if (status)
        sh.flow = FLOW_ABORT;
    return status;
}
