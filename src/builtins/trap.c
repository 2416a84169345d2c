/* trap.c — the trap special builtin (XCU trap): sets, resets and lists trap actions through
 * exec/trap.h; the actions themselves run from the executor between commands. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <ctype.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool is_unsigned_number(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

/* A condition's number: a signal's, 0 for EXIT, -1 for conch mode's ERR (bash's trap on a
 * failing command, which is no signal), -2 for none. */
enum { COND_ERR = -1, COND_NONE = -2 };
static int condition(const char *name)
{
    if (strcmp(name, "ERR") == 0 && options_extensions())
        return COND_ERR;
    int sig = sig_number(name);
    return sig < 0 ? COND_NONE : sig;
}

/* trap [-p] [action condition...] (POSIX 2024):
 *   no operands: list the traps that are set;  -p: list every condition, defaults as "-";
 *   action "-", or a first operand that is an unsigned integer: reset the conditions;
 *   action "": ignore them; anything else: run it when they occur.
 * A single operand resets that condition (as dash and bash do). */
int builtin_trap(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool print = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "p")) != -1) {
        if (c == '?') {
            if (sh.flow == FLOW_NORMAL)
                sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
            return 2;
        }
        print = true;
    }
    int i = o.index;
    if (i >= argc) {
        trap_print(print);
        return 0;
    }
    int status = 0;
    if (print) {
        for (; i < argc; i++) {
            int sig = condition(argv[i]);
            if (sig == COND_NONE) {
                error_msg("trap: %s: bad trap", argv[i]);
                status = 1;
                continue;
            }
            trap_print_one(sig, true);
        }
        return status;
    }
    const char *action = argv[i];
    if (!strcmp(action, "-"))
        action = NULL, i++;
    else if (is_unsigned_number(action) || i + 1 == argc)
        action = NULL; /* every operand is a condition */
    else
        i++;
    for (; i < argc; i++) {
        int sig = condition(argv[i]);
        if (sig == COND_NONE) {
            error_msg("trap: %s: bad trap", argv[i]);
            status = 1;
            continue;
        }
        if (sig == COND_ERR)
            trap_set_err(action);
        else if (trap_set(sig, action) < 0)
            status = 1;
        /* XCU trap: "Setting a trap for SIGKILL or SIGSTOP produces undefined results."
         * conch keeps accepting it silently in POSIX mode, as dash and bash do; in conch mode
         * it says that the action can never run (the kernel never lets a process catch or
         * ignore either signal). */
        else if (action && (sig == SIGKILL || sig == SIGSTOP) && options_extensions())
            error_msg("trap: %s: this trap can never run: SIG%s cannot be caught, blocked or "
                      "ignored", sig_name(sig), sig_name(sig));
    }
    return status;
}
