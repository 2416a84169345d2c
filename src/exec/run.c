/* run.c — the read-parse-run loop (XCU 2.1 step 1-7) shared by scripts, -c, the prompt, eval,
 * `.` and traps, plus leaving the shell and becoming a subshell. */
#include "config.h"

#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/explain.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/arena.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* How many exec_parser calls are running: only the outermost (the script, the -c string or the
 * prompt) decides what happens after exit, errors and stray break/continue/return. */
static int depth;

void exec_reset_toplevel(void)
{
    depth = 0;
}

/* At the top level, after a command that left sh.flow set: true to stop reading. */
static bool toplevel_stops(void)
{
    switch (sh.flow) {
    case FLOW_EXIT:
        /* XCU 2.11 leaves this open; bash warns once about stopped jobs. */
        if (jobs_exit_check())
            return true;
        break;
    case FLOW_ABORT:
        /* XCU 2.8.1: the errors that abort a command end a non-interactive shell. */
        if (!sh.interactive)
            return true;
        break;
    case FLOW_RETURN:
        /* `return` outside any function: a script ends there (as in dash); at a prompt the
         * return builtin already complained. */
        if (!sh.interactive)
            return true;
        break;
    default:
        break; /* break/continue outside any loop: nothing to leave */
    }
    sh.flow = FLOW_NORMAL;
    return false;
}

int exec_parser(struct parser *p)
{
    bool top = ++depth == 1;
    int status = 0;
    /* eval, `.`, trap actions, fc and start-up files all come back here: `s='eval "$s"'` must
     * end in an error, like a function calling itself (simple.c), never in SIGSEGV. */
    if (!top && (depth - 1 > sh.max_func_depth || exec_stack_exhausted())) {
        shell_error("maximum nesting of eval, . and trap actions exceeded (%d)", depth - 1);
        if (sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
        depth--;
        return sh.last_status = 2;
    }
    for (;;) {
        if (top && sh.interactive) {
            /* Before the prompt: report jobs that changed (XCU 2.11), forget an old ^C. */
            jobs_reap();
            jobs_notify();
            trap_got_sigint = 0;
        }
        exec_poll_signals();
        if (sh.flow != FLOW_NORMAL && (!top || toplevel_stops()))
            break;
        struct node *cmd;
        struct arena *arena;
        enum parse_status r = parser_next(p, &cmd, &arena);
        if (r == PARSE_EOF) {
            if (top && sh.interactive && !jobs_exit_check())
                continue;
            break;
        }
        if (r == PARSE_ERROR) {
            /* XCU 2.8.1: a syntax error ends a non-interactive shell; inside eval or `.` it is
             * that special builtin's error (unless `command` took its specialness). */
            status = sh.last_status = 2;
            if (sh.interactive && top)
                continue;
            if (!sh.interactive)
                sh.flow = top ? FLOW_EXIT : FLOW_ABORT;
            break;
        }
        if (cmd) {
            sh.lineno = cmd->lineno;
            if (opt.dumpast)
                astdump_node(cmd);
            /* Process substitutions in words no simple command owns (for, case). */
            size_t procsubs = exec_procsub_mark();
            if (!opt.noexec || sh.interactive)
                status = exec_node(cmd, 0);
            exec_procsub_close(procsubs);
        }
        if (cmd && top && sh.flow != FLOW_EXIT)
            jobs_exit_generation++; /* a command between two exits: warn again */
        arena_unref(arena); /* function definitions hold their own reference */
        if (sh.flow != FLOW_NORMAL && (!top || toplevel_stops()))
            break;
    }
    depth--;
    return status;
}

int exec_string(const char *text, const char *name)
{
    struct parser *p = parser_new_string(text, name, sh.lineno > 0 ? sh.lineno : 1);
    int status = exec_parser(p);
    parser_free(p);
    return status;
}

void exec_exit(int status)
{
    sh.last_status = status;
    /* A signal caught during the last command of a subshell or background group (run by
     * exec_node with EXEC_NOFORK, so no poll between commands follows it) still runs its
     * action before the process ends, as in dash: `{ trap 'echo TERM' TERM; sleep 2; } &`. */
    if (sh.flow == FLOW_NORMAL && trap_pending)
        trap_run_pending();
    sh.flow = FLOW_NORMAL;
    trap_run_exit(); /* may run `exit n`, which changes sh.last_status */
    fflush(stdout);
    if (sh.subshell)
        _exit(sh.last_status & 0xff);
    EXPLAIN(explain_exit_jobs());
    jobs_control_end();
    exit(sh.last_status & 0xff);
}

/* XCU 2.12: a subshell starts with the parent's environment except trap actions; it is not
 * interactive and has no jobs of its own (job control stays in the main shell). */
void exec_enter_subshell(void)
{
    sh.subshell = true;
    sh.loop_depth = 0; /* `break 2` in ( ) inside a loop cannot leave the parent's loop */
    sh.interactive = false;
    trap_reset_for_subshell();
    jobs_forget_all();
}
