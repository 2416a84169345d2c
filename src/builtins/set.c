/* set.c — the set special builtin (XCU set): shell options by letter or -o name, the
 * positional parameters, and the listing of all variables. Options live in shell/options.c. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/callstack.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <stdio.h>
#include <string.h>

static void print_var(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)ctx;
    if (flags & (VAR_ARRAY | VAR_ASSOC)) {
        /* conch mode: a=([0]="x" [1]="y"), as bash lists arrays. */
        struct strbuf sb = {0};
        sb_adds(&sb, name);
        sb_addc(&sb, '=');
        declare_add_array(&sb, vars_array(name));
        puts(sb_str(&sb));
        sb_release(&sb);
        return;
    }
    if (!value)
        return;
    printf("%s=", name);
    vars_print_quoted(value);
    putchar('\n');
}

static int set_error(int status)
{
    sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's error */
    return status;
}

/* "-o name" / "+o name", or the listings when the name is missing. */
static int set_named(const char *name, bool on)
{
    if (!name) {
        options_print(!on);
        return builtin_flush("set");
    }
    if (options_set_name(name, on) != 0) {
        error_msg("set: %s: invalid option name", name);
        return set_error(2);
    }
    return 0;
}

/* XCU set: options come first, each word starting with '-' or '+' (letters may be grouped,
 * and an 'o' in a group takes the next word as its name); "--" ends them and makes the rest,
 * possibly nothing, the positional parameters; a lone "-" ends them too and turns -x and -v
 * off; a lone "+" is ignored. Any operands replace the positional parameters. */
int builtin_set(int argc, char **argv)
{
    if (argc == 1) {
        vars_pipestatus_sync();
        callstack_sync_all();
        vars_foreach(0, print_var, NULL);
        return builtin_flush("set");
    }
    int i = 1;
    bool replace = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        /* A lone "+" names no option and ends nothing: it is skipped and option parsing goes
         * on (dash, bash and ksh93), so `set +` leaves the positional parameters alone. */
        if (strcmp(a, "+") == 0)
            continue;
        if ((a[0] != '-' && a[0] != '+') || a[1] == '\0') {
            if (strcmp(a, "-") == 0) {
                opt.xtrace = false;
                opt.verbose = false;
                i++;
            }
            break;
        }
        if (strcmp(a, "--") == 0) {
            replace = true;
            i++;
            break;
        }
        bool on = a[0] == '-';
        for (const char *p = a + 1; *p; p++) {
            if (*p == 'o') {
                const char *name = i + 1 < argc ? argv[++i] : NULL;
                int st = set_named(name, on);
                if (st != 0)
                    return st;
                continue;
            }
            /* -i, -s and -c describe how the shell was started; they are not set's business. */
            if (strchr("isc", *p) || options_set_letter(*p, on) != 0) {
                builtin_usage_error("set", "%c%c: invalid option", a[0], *p);
                return set_error(2);
            }
        }
    }
    if (i < argc || replace)
        shell_set_params(argc - i, argv + i);
    return 0;
}
