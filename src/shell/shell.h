/* shell.h — the shell's global state: special parameters, control flow and where we are.
 * One struct so that a subshell (fork) inherits it whole and a reader can see all of it at once. */
#ifndef CONCH_SHELL_H
#define CONCH_SHELL_H

#include <stdarg.h>
#include <stdbool.h>
#include <sys/types.h>

/* Non-local control flow travels as a value, never with longjmp: every exec_* function returns
 * a status and leaves sh.flow set; loops, function calls and the top level look at it.
 * ABORT is POSIX's "the shell shall abort the current command" (e.g. a special-builtin error
 * or an expansion error in an interactive shell): unwind to the top level, which continues
 * with the next command when interactive and exits otherwise. */
enum flow {
    FLOW_NORMAL,
    FLOW_BREAK,    /* sh.flow_levels loops still to leave */
    FLOW_CONTINUE, /* likewise */
    FLOW_RETURN,   /* leave the innermost function or dot script */
    FLOW_EXIT,     /* leave the shell with sh.last_status (runs the EXIT trap) */
    FLOW_ABORT,
};

struct strbuf;

struct shell {
    /* $0 and the positional parameters $1..$n (malloc'd; params[nparams] == NULL). */
    char *arg0;
    char **params;
    int nparams;

    int last_status;     /* $? */
    pid_t pid;           /* $$ (the main shell's pid, also in subshells) */
    pid_t last_bg_pid;   /* $! (0: none yet) */
    int lineno;          /* $LINENO: line of the command being run */

    enum flow flow;
    int flow_levels;     /* for BREAK/CONTINUE: how many loops */
    int loop_depth;      /* enclosing loops in the current function or top level */
    int func_depth;      /* function calls in progress (for return and the recursion limit) */
    int dot_depth;       /* dot scripts in progress (return also leaves them) */
    int max_func_depth;  /* recursion limit: deeper calls are an error, never a crash */

    bool interactive;    /* -i or stdin and stderr are terminals */
    bool login;          /* -l or argv[0] starts with '-' */
    bool subshell;       /* this process is a subshell (fork) of the main shell */
    /* Set while running a condition (if/while/until test, left of && ||, after !): set -e
     * does not apply there (XCU 2.8.1 / set -e). A counter because conditions nest. */
    int errexit_suppressed;

    const char *script_name; /* for messages: script file, or NULL for -c / interactive */

    /* Non-NULL while exec/cmdsub.c runs the echo or printf of a `$(...)` in the shell itself:
     * those builtins (BUILTIN_CMDSUB_INLINE) append their output here, NULs included, instead
     * of writing standard output. Owned by cmdsub.c. */
    struct strbuf *cmdsub_out;
};

extern struct shell sh;

/* Replaces $1..$n (copies argv[0..n)). */
void shell_set_params(int n, char *const *argv);
/* For function calls: swap in new positional parameters and get the old ones back later. */
struct saved_params {
    char **params;
    int nparams;
};
struct saved_params shell_push_params(int n, char *const *argv);
void shell_pop_params(struct saved_params saved);

/* A run-time error of the command being run (not found, redirection, nesting limit...):
 * "conch: FILE: line N: MSG" in a script, "conch: line N: MSG" for -c strings, and just
 * "conch: MSG" at an interactive prompt (lib/error.h does the writing). */
void shell_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same with a va_list, for modules that add their own bookkeeping (expand_error). */
void shell_verror(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
