/* attribute.c — the export and readonly special builtins (XCU export, readonly): the same
 * operation, giving variables an attribute (assigning them first) or listing them for re-input. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "exec/array.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_one(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)flags;
    printf("%s %s", (const char *)ctx, name);
    if (value) {
        putchar('=');
        vars_print_quoted(value);
    }
    putchar('\n');
}

/* "NAME name[=word]..." sets the attribute (after the value, when one is given);
 * "NAME -p" writes "NAME name=value" lines suitable for re-input. conch mode adds bash's
 * export -n (the attribute comes off instead) and readonly -a / -A (the names are indexed or
 * associative arrays, as with declare -ra / -rA). */
static int set_attribute(int argc, char **argv, unsigned attribute)
{
    const char *who = argv[0];
    struct builtin_opts o = {.index = 1};
    bool remove = false;
    int array = 0; /* 'a' or 'A' */
    const char *spec = !options_extensions() ? "p" : attribute == VAR_EXPORT ? "np" : "aAp";
    int c;
    while ((c = builtin_getopt(&o, argc, argv, spec)) != -1) {
        if (c == '?') {
            sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
            return 2;
        }
        if (c == 'n')
            remove = true;
        else if (c == 'a' || c == 'A')
            array = c;
    }
    /* -p with operands is unspecified; like other shells, the operands are then processed. */
    if (o.index >= argc) {
        vars_foreach(attribute, print_one, (void *)who);
        return builtin_flush(who);
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        const char *eq = strchr(argv[i], '=');
        size_t len = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
        if (!is_name(argv[i], len)) {
            /* An operand error (XCU 2.8.1 "utility syntax error"): status 2, as for a bad
             * option, and what a non-interactive shell exits with (dash, yash). A readonly
             * variable is a failure of the builtin, not of its syntax: status 1 (bash). */
            error_msg("%s: %s: bad variable name", who, argv[i]);
            status = 2;
            continue;
        }
        char *name = xstrndup(argv[i], len);
        if (remove) {
            if (eq && vars_set(name, eq + 1, 0) != 0 && status == 0)
                status = 1;
            vars_clear_flags(name, attribute);
            free(name);
            continue;
        }
        if (array && vars_array_make(name, array == 'A') != 0) {
            if (status == 0)
                status = 1;
            free(name);
            continue;
        }
        if (eq && array_encoded(argv[i])) {
            /* conch mode: export a=(...), readonly a=(...) (bash): the array, then the
             * attribute (an exported array stays out of the environment). */
            if ((array_assign_text(name, false, eq + 1) != 0 || vars_set(name, NULL, attribute) != 0) &&
                status == 0)
                status = 1;
        } else if (vars_set(name, eq ? eq + 1 : NULL, attribute) != 0 && status == 0) {
            status = 1;
        }
        free(name);
    }
    if (status)
        sh.flow = FLOW_ABORT;
    return status;
}

int builtin_export(int argc, char **argv) { return set_attribute(argc, argv, VAR_EXPORT); }

int builtin_readonly(int argc, char **argv) { return set_attribute(argc, argv, VAR_READONLY); }
