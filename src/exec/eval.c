/* eval.c — walks a command tree (XCU 2.9): lists, and-or lists, pipelines, compound commands
 * and function definitions; simple commands go to simple.c, pipelines of several commands to
 * pipeline.c. Control flow travels in sh.flow (shell.h), set -e is decided here. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/expand.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "exec/match.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

/* XCU set -e (POSIX 2024): "When a command fails ... the shell shall immediately exit", except
 * in the contexts listed there, which raise sh.errexit_suppressed while they run: conditions of
 * if/while/until, every command of an and-or list but the last, a pipeline after `!`, and
 * everything run inside them (function bodies included). It is checked after simple commands,
 * pipelines and subshells only, never after other compound commands: their status comes from a
 * command inside that was checked already, or whose failure was being ignored. conch mode's ERR
 * trap (bash) runs at the same points, before set -e makes the shell exit. */
void exec_check_errexit(int status)
{
    if (status == 0 || sh.errexit_suppressed != 0 || sh.flow != FLOW_NORMAL)
        return;
    if (trap_get_err())
        trap_run_err(status);
    if (opt.errexit && sh.flow == FLOW_NORMAL)
        sh.flow = FLOW_EXIT;
}

void exec_poll_signals(void)
{
    if (trap_got_sigchld)
        jobs_reap();
    /* set -b: between two commands is soon enough, and never inside a command's output. */
    if (opt.notify && sh.interactive)
        jobs_notify();
    if (trap_pending && sh.flow == FLOW_NORMAL)
        trap_run_pending();
}

/* Between two commands of a list or two iterations of a loop: true when the rest must not
 * run, because a trap action left the shell, or ^C at the terminal (or a foreground child
 * killed by it, see jobs_wait_foreground) ends the command line of an interactive shell. */
static bool poll_and_stop(int *status)
{
    exec_poll_signals();
    if (trap_got_sigint && sh.interactive && sh.flow == FLOW_NORMAL)
        sh.flow = FLOW_ABORT;
    if (sh.flow == FLOW_NORMAL)
        return false;
    /* A trap action's `exit n` or special-builtin error decides the status the shell ends
     * with (trap.c leaves it in $?), not the command that ran before the action. */
    *status = sh.last_status;
    return true;
}

bool exec_loop_should_stop(int *status) { return poll_and_stop(status); }

/* Runs n as a condition: set -e does not apply inside. */
static int condition(struct node *n)
{
    sh.errexit_suppressed++;
    int status = exec_node(n, 0);
    sh.errexit_suppressed--;
    return status;
}

/* ---- Asynchronous lists (XCU 2.9.3.1) ---------------------------------------------------- */
static int run_async(struct node *n)
{
    struct strbuf text = {0};
    unparse_node(&text, n);
    struct job *j = jobs_new(sb_str(&text));
    if (n->kind == NODE_PIPELINE && n->pipeline.ncmds > 1 && !n->pipeline.negate
        && !n->pipeline.timed) {
        /* Every stage is a process of the background job: no extra shell in between. */
        exec_pipeline(n, j);
    } else {
        bool job_control = jobs_control_active();
        pid_t pid = exec_fork(j, FORK_ASYNC, sb_str(&text));
        if (pid == 0) {
            /* XCU 2.9.3.1: without job control, standard input is /dev/null before any
             * explicit redirection. */
            if (!job_control) {
                int fd = open("/dev/null", O_RDONLY);
                if (fd > STDIN_FILENO) {
                    dup2(fd, STDIN_FILENO);
                    close(fd);
                }
            }
            exec_exit(exec_node(n, EXEC_NOFORK));
        }
    }
    sb_release(&text);
    if (j->nprocs == 0) {
        jobs_remove(j);
        return 2;
    }
    jobs_background(j);
    return 0;
}

static int run_list(struct node *n, unsigned flags)
{
    int status = 0;
    for (struct node *it = n->list.items; it; it = it->next) {
        if (it->async)
            status = run_async(it);
        else
            status = exec_node(it, it->next ? 0 : flags);
        sh.last_status = status;
        if (sh.flow != FLOW_NORMAL)
            break;
        if (it->next) {
            if (poll_and_stop(&status))
                break;
        }
    }
    return status;
}

/* XCU 2.9.3.2 AND-OR lists, left to right: each pipeline but the last is a condition (set -e
 * ignores its failure); a pipeline skipped by && or || leaves the status as it was. */
static int run_andor(struct node *n, unsigned flags)
{
    struct node *it = n->andor.items;
    int status = condition(it);
    for (it = it->next; it; it = it->next) {
        if (sh.flow != FLOW_NORMAL)
            return status;
        /* Traps run between the commands of an and-or list too (dash, bash): `kill -s INT $$
         * && echo` runs the INT action before the echo, with $? the left side's status. */
        sh.last_status = status;
        if (poll_and_stop(&status))
            return status;
        if ((status == 0) == !it->or)
            status = it->next ? condition(it) : exec_node(it, flags);
    }
    return status;
}

/* XCU 2.9.2: `!` negates the status, and set -e ignores what runs under it. conch mode's
 * `time` reports after the whole pipeline, so its last command must not replace the shell. */
static int run_pipeline(struct node *n, unsigned flags)
{
    bool negate = n->pipeline.negate;
    int status;
    struct exec_times times;
    if (n->pipeline.timed) {
        exec_times_start(&times);
        flags = 0;
    }
    if (negate)
        sh.errexit_suppressed++;
    if (n->pipeline.ncmds == 1)
        status = exec_node(n->pipeline.cmds[0], negate ? 0 : flags);
    else if (n->pipeline.ncmds == 0)
        status = 0; /* `time` alone */
    else
        status = exec_pipeline(n, NULL);
    if (negate) {
        sh.errexit_suppressed--;
        if (sh.flow == FLOW_NORMAL) /* `! return 5` returns 5 */
            status = !status;
    } else if (n->pipeline.ncmds > 1) {
        exec_check_errexit(status);
    }
    if (n->pipeline.timed)
        exec_times_report(&times, n->pipeline.time_posix);
    return status;
}

/* XCU 2.9.4.1 ( compound-list ): a child process runs the list and exits with its status. */
static int run_subshell(struct node *n, unsigned flags)
{
    if ((flags & EXEC_NOFORK) && exec_can_replace()) {
        /* This process ends after the subshell anyway: no need for another. */
        exec_enter_subshell();
        if (n->redirs && redir_apply(n->redirs, NULL, NULL) < 0)
            return 1;
        return exec_node(n->group.body, EXEC_NOFORK);
    }
    /* Its text is only ever shown when job control can stop it or when it is narrated: as
     * for a utility (simple.c), it is not unparsed for every ( ... ) of a script. */
    struct strbuf text = {0};
    if (jobs_control_active() || opt.explain || opt.explainbrief)
        unparse_node(&text, n);
    struct job *j = jobs_new(sb_str(&text));
    pid_t pid = exec_fork(j, FORK_FOREGROUND, sb_str(&text));
    sb_release(&text);
    if (pid == 0) {
        if (n->redirs && redir_apply(n->redirs, NULL, NULL) < 0)
            exec_exit(1);
        exec_exit(exec_node(n->group.body, EXEC_NOFORK));
    }
    if (pid < 0) {
        jobs_remove(j);
        return 2;
    }
    int status = jobs_wait_foreground(j);
    exec_check_errexit(status);
    return status;
}

/* XCU 2.9.4.4 / 2.9.4.5 while and until. break and continue count down sh.flow_levels. */
static int run_loop(struct node *n)
{
    bool until = n->kind == NODE_UNTIL;
    int status = 0;
    sh.loop_depth++;
    for (;;) {
        int cond = condition(n->loop.cond);
        if (sh.flow != FLOW_NORMAL)
            status = cond; /* `while return 5` returns 5 */
        else if ((cond == 0) == until)
            break;
        else
            status = exec_node(n->loop.body, 0);
        /* Every iteration, `continue` included: `while continue; do continue; done` must
         * still run a trap action (and ^C must still stop it). */
        if (exec_loop_ended() || poll_and_stop(&status))
            break;
    }
    sh.loop_depth--;
    return status;
}

/* XCU 2.9.4.3 for: the words are expanded once; without `in`, "$@" (copied: the body may
 * shift or set the positional parameters). */
int exec_for_words(const struct node *n, struct strvec *words)
{
    if (!n->for_.has_in) {
        for (int i = 0; i < sh.nparams; i++)
            strvec_pushdup(words, sh.params[i]);
        return 0;
    }
    if (expand_words(n->for_.words, words) == 0)
        return 0;
    strvec_clear(words);
    if (expand_glob_failed) { /* shopt failglob: status 1, the shell goes on */
        expand_glob_failed = false;
        return 1;
    }
    if (sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
        sh.flow = FLOW_ABORT; /* XCU 2.8.1 expansion error */
    return 2;
}

static int run_for(struct node *n)
{
    struct strvec words = {0};
    int status = exec_for_words(n, &words);
    if (status)
        return status;
    sh.loop_depth++;
    for (size_t i = 0; i < words.n; i++) {
        if (vars_set(n->for_.var, words.v[i], 0) < 0) {
            status = 2; /* a variable assignment error, as in simple.c */
            if (sh.flow == FLOW_NORMAL)
                sh.flow = FLOW_ABORT; /* a variable assignment error (XCU 2.8.1) */
            break;
        }
        status = exec_node(n->for_.body, 0);
        sh.last_status = status;
        if (exec_loop_ended() || poll_and_stop(&status))
            break; /* polled after `continue` too, as in while loops */
    }
    sh.loop_depth--;
    strvec_clear(&words);
    return status;
}

/* XCU 2.9.4.2 case: each pattern is expanded and matched in order until one matches; the
 * item's list runs, and after `;&` the next item's list too, without matching. */
static bool case_matches(const struct case_item *ci, const char *subject)
{
    for (const struct word *w = ci->patterns; w; w = w->next) {
        char *pat = expand_word_pattern(w);
        if (!pat) {
            if (sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
                sh.flow = FLOW_ABORT; /* XCU 2.8.1 expansion error */
            return false;
        }
        /* conch mode: shopt nocasematch and extglob (as bash). */
        unsigned mf = match_case_flags();
        bool match = mf ? match_pattern_flags(pat, subject, mf) : match_pattern(pat, subject);
        free(pat);
        if (match)
            return true;
    }
    return false;
}

static int run_case(struct node *n, unsigned flags)
{
    char *subject = expand_word_string(n->case_.subject, EXPAND_PLAIN);
    if (!subject) {
        if (sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
            sh.flow = FLOW_ABORT; /* XCU 2.8.1 expansion error */
        return 2;
    }
    int status = 0;
    const struct case_item *ci = n->case_.items;
    for (; ci; ci = ci->next) {
        if (case_matches(ci, subject))
            break;
        if (sh.flow != FLOW_NORMAL) { /* a pattern's expansion failed */
            free(subject);
            return 2;
        }
    }
    while (ci) {
        bool last = ci->term == CASE_BREAK || !ci->next;
        status = ci->body ? exec_node(ci->body, last ? flags : 0) : 0;
        if (last || sh.flow != FLOW_NORMAL)
            break;
        if (ci->term == CASE_FALLTHROUGH) {
            ci = ci->next;
            continue;
        }
        /* ;;& (conch mode, bash): the next item whose pattern matches the same subject. */
        for (ci = ci->next; ci && !case_matches(ci, subject); ci = ci->next)
            if (sh.flow != FLOW_NORMAL)
                break;
        if (sh.flow != FLOW_NORMAL)
            break;
    }
    free(subject);
    return status;
}

static int run_if(struct node *n, unsigned flags)
{
    int cond = condition(n->if_.cond);
    if (sh.flow != FLOW_NORMAL)
        return cond;
    if (cond == 0)
        return exec_node(n->if_.then_part, flags);
    if (n->if_.else_part)
        return exec_node(n->if_.else_part, flags);
    return 0;
}

/* The compound commands, without their redirections. */
static int run_compound(struct node *n, unsigned flags)
{
    switch (n->kind) {
    case NODE_LIST:
        return run_list(n, flags);
    case NODE_GROUP:
        return exec_node(n->group.body, flags);
    case NODE_IF:
        return run_if(n, flags);
    case NODE_WHILE:
    case NODE_UNTIL:
        return run_loop(n);
    case NODE_FOR:
        return n->for_.select ? exec_select(n) : run_for(n);
    case NODE_CASE:
        return run_case(n, flags);
    case NODE_ARITH:
        return exec_arith_command(n);
    case NODE_ARITH_FOR:
        return exec_arith_for(n);
    case NODE_COND: {
        /* Like a simple command for set -e (bash): `[[ a == b ]]` alone fails the shell. */
        int status = exec_cond(n);
        if (sh.flow == FLOW_NORMAL)
            exec_check_errexit(status);
        return status;
    }
    default:
        return 0;
    }
}

int exec_node(struct node *n, unsigned flags)
{
    int status;
    if (!n)
        return sh.last_status = 0;
    /* XCU set -n: commands are read, not run; this also skips the rest of a list that ran
     * `set -n` (exec_parser checks only between complete commands). */
    if (opt.noexec && !sh.interactive)
        return sh.last_status;
    sh.lineno = n->lineno; /* $LINENO, and messages about this command's redirections */
    /* Every way back into the executor passes here (nesting, functions, eval, dot, traps,
     * command substitution): when the C stack is nearly gone this command fails, not the
     * shell. */
    if (exec_stack_exhausted_backstop()) {
        shell_error("commands nested too deeply: out of stack");
        if (sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
        return sh.last_status = 2;
    }
    switch (n->kind) {
    case NODE_SIMPLE:
        status = exec_simple(n, flags);
        if (sh.flow == FLOW_NORMAL)
            exec_check_errexit(status);
        break;
    case NODE_PIPELINE:
        status = run_pipeline(n, flags);
        break;
    case NODE_ANDOR:
        status = run_andor(n, flags);
        break;
    case NODE_SUBSHELL:
        status = run_subshell(n, flags);
        break;
    case NODE_FUNCDEF:
        /* XCU 2.9.5: a function named like a special builtin could never be called (they are
         * found first); dash and bash refuse the definition, as an error of this command. */
        if (builtin_find(n->funcdef.name) && (builtin_find(n->funcdef.name)->flags & BUILTIN_SPECIAL)) {
            shell_error("%s: is a special builtin", n->funcdef.name);
            if (sh.flow == FLOW_NORMAL)
                sh.flow = FLOW_ABORT;
            status = 2;
            break;
        }
        /* XCU 2.9.5: the definition itself succeeds; the body is shared with the tree's
         * arena, which the function table keeps a reference to. */
        functions_define(n->funcdef.name, n->funcdef.body, n->funcdef.arena);
        if (opt.hashall)
            search_hash_tree(n->funcdef.body);
        status = 0;
        break;
    default:
        if (!n->redirs) {
            status = run_compound(n, flags);
        } else if (flags & EXEC_NOFORK) {
            status = redir_apply(n->redirs, NULL, NULL) < 0 ? 1 : run_compound(n, flags);
        } else {
            /* XCU 2.7 on a compound command: in effect for the whole command, then undone.
             * A failure is not fatal (XCU 2.8.1), but set -e sees it. */
            struct redir_undo *undo = NULL;
            size_t procsubs = exec_procsub_mark();
            if (redir_apply(n->redirs, NULL, &undo) < 0) {
                status = 1;
                exec_check_errexit(status);
            } else {
                status = run_compound(n, flags);
            }
            redir_restore(undo);
            exec_procsub_close(procsubs);
        }
        break;
    }
    sh.last_status = status;
    /* conch mode's PIPESTATUS (vars.h): a simple command or a subshell is a pipeline of one
     * (bash); other compound commands leave what their last pipeline recorded, and pipelines
     * of several commands record every stage (jobs_wait_foreground). */
    if (n->kind == NODE_SIMPLE || n->kind == NODE_SUBSHELL)
        vars_pipestatus_set_one(status);
    return status;
}
