/* trap.c — dispositions and trap actions (XCU trap, XCU 2.11, 2.12), over sig.c's handler,
 * which only records; the executor calls trap_run_pending between commands and jobs reap. */
#include "config.h"

#include "exec/trap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exec/exec.h"
#include "exec/explain.h"
#include "exec/sig.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

/* ---- Dispositions ---------------------------------------------------------------------------
 * What is installed for a signal follows from, in order: SIGCHLD is always caught (never
 * SIG_IGN: on Linux that makes the kernel discard exit statuses); a signal ignored on entry to a
 * non-interactive shell stays ignored (XCU trap); a trap action; what an interactive shell needs
 * for itself (trap_set_interactive); otherwise the default. desired() is the one place that
 * decides, apply() makes it so. */
static char *actions[NSIG];            /* [0] is EXIT; NULL default, "" ignore, else the text */
/* Whether a signal counts as ignored on entry: as it was (sig.c reads it when first asked), or
 * as trap.c has since decided (an interactive shell's trap, a new shell's inherited ignores). */
enum { AS_ON_ENTRY, COUNTS_IGNORED, COUNTS_NOT_IGNORED };
static char entry_counts[NSIG];
static bool async_ignored[NSIG];       /* SIGINT/SIGQUIT of an async list; a trap may undo it */
static bool ignore_quit_term;          /* interactive: SIGQUIT, SIGTERM ignored */
static bool ignore_jobctl;             /* job control: SIGTSTP, SIGTTIN, SIGTTOU ignored */
/* In a subshell: the traps of the parent, for `trap` output until a trap is set (XCU 2.12). */
static char **parent_texts;
static char *parent_err; /* the same for conch mode's ERR trap (below) */

static bool entry_ignored(int signo)
{
    return entry_counts[signo] ? entry_counts[signo] == COUNTS_IGNORED : sig_ignored_on_entry(signo);
}

static bool hard_ignored(int signo)
{
    return !sh.interactive && entry_ignored(signo);
}

static enum sig_disp desired(int signo)
{
    if (signo == SIGCHLD)
        return DISP_CATCH;
    /* None of the reasons below, the last of which is the entry disposition: DISP_ENTRY, so
     * that a subshell resetting every signal reads none it never changed (sig.c). */
    if (!entry_counts[signo] && !actions[signo] && !async_ignored[signo] && !sig_interactive
        && !ignore_quit_term && !ignore_jobctl)
        return DISP_ENTRY;
    if (hard_ignored(signo))
        return DISP_IGN;
    if (actions[signo])
        return actions[signo][0] ? DISP_CATCH : DISP_IGN;
    if (signo == SIGINT && sig_interactive)
        return DISP_CATCH;
    if (signo == SIGHUP && sig_interactive && !entry_ignored(signo))
        return DISP_CATCH; /* jobs get the hangup too (sig.c, sig_hangup_hook) */
    if ((signo == SIGQUIT || signo == SIGTERM) && ignore_quit_term)
        return DISP_IGN;
    if ((signo == SIGTSTP || signo == SIGTTIN || signo == SIGTTOU) && ignore_jobctl)
        return DISP_IGN;
    return entry_ignored(signo) || async_ignored[signo] ? DISP_IGN : DISP_DFL;
}

/* trap_plan_for_exec's plan, made again after anything it depends on changed: every change of
 * entry_ignored, actions, async_ignored or a disposition goes through apply() (or, in
 * trap_reset_for_new_shell, is followed by plan_stale = true). */
static struct trap_exec_plan plan;
static bool plan_stale = true;

static void apply(int signo)
{
    plan_stale = true;
    if (signo <= 0 || signo >= NSIG || signo == SIGKILL || signo == SIGSTOP)
        return;
    sig_set_disp(signo, desired(signo));
}

void trap_init(void)
{
    /* A blocked SIGCHLD inherited from our parent would make every wait sleep forever. */
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

/* SIGCHLD's handler matters only once there are children, and execve resets it: installed
 * before the first fork, vfork or exec (and by an interactive shell at once), a script that
 * makes none saves its sigaction calls. Until then SIGCHLD is as on entry, which nothing reads
 * (sig.c learns a disposition when first asked). */
static bool chld_caught;

void trap_catch_sigchld(void)
{
    if (!chld_caught) {
        chld_caught = true;
        apply(SIGCHLD);
    }
}

void trap_set_interactive(bool job_control)
{
    sig_interactive = 1;
    ignore_quit_term = true;
    ignore_jobctl = job_control;
    trap_catch_sigchld();
    static const int sigs[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        apply(sigs[i]);
}

void trap_ignore_for_async(void)
{
    /* XCU 2.11: an asynchronous list without job control inherits SIGINT and SIGQUIT
     * ignored. Unlike a signal ignored on entry, a trap command in the list may change that
     * (`(trap - QUIT; cmd) &` gets the default back). */
    async_ignored[SIGINT] = async_ignored[SIGQUIT] = true;
    apply(SIGINT);
    apply(SIGQUIT);
}

static void drop_parent_texts(void)
{
    free(parent_err);
    parent_err = NULL;
    if (!parent_texts)
        return;
    for (int s = 0; s < NSIG; s++)
        free(parent_texts[s]);
    free(parent_texts);
    parent_texts = NULL;
}

int trap_set(int signo, const char *action)
{
    if (signo < 0 || signo >= NSIG || !sig_name(signo))
        return -1;
    /* Any trap command with operands ends the parent's listing in a subshell (XCU 2.12). */
    drop_parent_texts();
    /* XCU trap: signals ignored on entry to a non-interactive shell cannot be trapped or
     * reset; no error is reported. */
    if (signo && hard_ignored(signo))
        return 0;
    /* An interactive shell may trap or reset them (hard_ignored): after that, the signal is
     * no longer one that children inherit ignored (`trap - TSTP` in a shell started with
     * SIGTSTP ignored lets ^Z stop jobs again). */
    entry_counts[signo] = COUNTS_NOT_IGNORED;
    sig_trapped[signo] = 0;
    async_ignored[signo] = false;
    free(actions[signo]);
    actions[signo] = action ? xstrdup(action) : NULL;
    sig_trapped[signo] = action && *action;
    apply(signo);
    return 0;
}

const char *trap_get(int signo)
{
    if (signo < 0 || signo >= NSIG)
        return NULL;
    if (signo && hard_ignored(signo))
        return "";
    return actions[signo];
}

/* ---- ERR (conch mode, bash) ------------------------------------------------------------------ */
static char *err_action;
static bool err_running; /* a failure inside the action does not run it again */

void trap_set_err(const char *action)
{
    drop_parent_texts();
    free(err_action);
    err_action = action ? xstrdup(action) : NULL;
}

const char *trap_get_err(void) { return err_action; }

static void run_action(const char *text);

void trap_run_err(int status)
{
    if (!err_action || !*err_action || err_running || (sh.func_depth > 0 && !opt.errtrace)
        || !options_extensions())
        return; /* after set -o posix, a trap set in conch mode is neither listed nor run */
    err_running = true;
    sh.last_status = status; /* the action's $? is the failed command's status */
    run_action(err_action);
    err_running = false;
}

/* The status $? had when the innermost running action began (-1 outside any action), and the
 * function and dot-script depths then. */
static int status_before = -1;
static int func_depth_before, dot_depth_before;

bool trap_status_before(bool same_level, int *status)
{
    if (status_before < 0)
        return false;
    if (same_level && (sh.func_depth != func_depth_before || sh.dot_depth != dot_depth_before))
        return false;
    *status = status_before;
    return true;
}

/* Runs one action with $? preserved (XCU trap: "the value of $? after the trap action
 * completes shall be the value it had before"), unless the action leaves the shell or, inside
 * a function or dot script, returns from it (`trap 'return 11' TERM` makes the function return
 * 11, as in dash, bash and mksh). */
static void run_action(const char *text)
{
    char *copy = xstrdup(text); /* the action may replace its own trap */
    int saved = sh.last_status;
    int outer_before = status_before, outer_func = func_depth_before, outer_dot = dot_depth_before;
    status_before = saved;
    func_depth_before = sh.func_depth;
    dot_depth_before = sh.dot_depth;
    exec_string(copy, sh.script_name);
    status_before = outer_before;
    func_depth_before = outer_func;
    dot_depth_before = outer_dot;
    free(copy);
    /* An error that aborts (a special builtin's, XCU 2.8.1) ends a non-interactive shell with
     * the error's status, as in dash and bash, not with the status from before the action. */
    bool returns = sh.flow == FLOW_RETURN && (sh.func_depth > 0 || sh.dot_depth > 0);
    if (sh.flow != FLOW_EXIT && sh.flow != FLOW_ABORT && !returns)
        sh.last_status = saved;
}

/* Actions run inside actions (dash and bash let even a signal's own action be interrupted by
 * that signal again). Past this depth a signal waits for a running action to end, so an
 * action that always sends its own signal recurses no deeper than this instead of
 * overflowing the stack. */
enum { MAX_ACTION_DEPTH = 64 };
static int action_depth;

void trap_run_pending(void)
{
    if (!trap_pending || action_depth >= MAX_ACTION_DEPTH)
        return;
    action_depth++;
    while (trap_pending && sh.flow == FLOW_NORMAL) {
        trap_pending = 0;
        for (int s = 1; s < NSIG && sh.flow == FLOW_NORMAL; s++) {
            if (!sig_caught[s])
                continue;
            sig_caught[s] = 0;
            EXPLAIN(explain_signal(s, "its trap action runs now, outside the handler"));
            if (actions[s] && actions[s][0])
                run_action(actions[s]);
        }
    }
    action_depth--;
    /* Those behind an action that returned or left the shell run at the next call. */
    for (int s = 1; s < NSIG; s++)
        if (sig_caught[s])
            trap_pending = 1;
}

void trap_run_exit(void)
{
    char *text = actions[0];
    if (!text)
        return;
    actions[0] = NULL; /* once only, even if the action itself calls exit */
    sig_trapped[0] = 0;
    if (*text) {
        enum flow saved_flow = sh.flow;
        sh.flow = FLOW_NORMAL;
        run_action(text);
        if (sh.flow != FLOW_EXIT)
            sh.flow = saved_flow;
    }
    free(text);
}

/* XCU 2.12: a subshell gets default actions for trapped signals; ignored ones stay ignored. */
void trap_reset_for_subshell(void)
{
    if (!parent_texts) {
        parent_texts = xcalloc(NSIG, sizeof *parent_texts);
        for (int s = 0; s < NSIG; s++)
            if (actions[s])
                parent_texts[s] = xstrdup(actions[s]);
    }
    /* set -E (errtrace): a subshell keeps the ERR trap, as in bash; `trap` still lists it. */
    if (!opt.errtrace) {
        if (!parent_err && err_action)
            parent_err = xstrdup(err_action);
        free(err_action);
        err_action = NULL;
    }
    sig_interactive = 0;
    ignore_quit_term = ignore_jobctl = false;
    trap_pending = 0;
    for (int s = 0; s < NSIG; s++) {
        sig_caught[s] = 0;
        if (actions[s] && actions[s][0]) {
            sig_trapped[s] = 0;
            free(actions[s]);
            actions[s] = NULL;
        }
        apply(s);
    }
}

void trap_reset_for_new_shell(void)
{
    trap_reset_for_subshell();
    /* A new shell never saw the old one's traps, so `trap` lists none of them; what was
     * ignored stays ignored, as it would across execve, and counts as ignored on entry. */
    drop_parent_texts();
    free(err_action);
    err_action = NULL;
    for (int s = 0; s < NSIG; s++) {
        if (s && (actions[s] || async_ignored[s]))
            entry_counts[s] = COUNTS_IGNORED;
        async_ignored[s] = false;
        free(actions[s]);
        actions[s] = NULL;
        sig_trapped[s] = 0;
    }
    plan_stale = true;
}

void trap_reset_for_exec(void)
{
    trap_catch_sigchld(); /* `exec cmd` with no child before: as if caught from start-up */
    /* Only sigaction and sigprocmask here: this runs between fork and exec. Caught signals
     * need nothing: execve itself resets them to the default. Leaving their handlers also
     * keeps the shell working if execve fails (`command exec nosuch`). What the shell ignores
     * for itself (interactive SIGQUIT, SIGTERM, SIGTSTP...) must go back to the default. */
    for (int s = 1; s < NSIG; s++) {
        /* Never read, it is as on entry: left as it is, like one ignored on entry. */
        if (!sig_known(s) || s == SIGKILL || s == SIGSTOP || sig_disp(s) != DISP_IGN)
            continue;
        bool keep = entry_ignored(s) || (actions[s] ? !actions[s][0] : async_ignored[s]);
        if (!keep)
            sig_set_disp(s, DISP_DFL);
    }
    plan_stale = true; /* the shell goes on if execve fails (`command exec nosuch`) */
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

const struct trap_exec_plan *trap_plan_for_exec(void)
{
    if (!plan_stale)
        return &plan;
    /* What the fork path ends with: trap_reset_for_subshell drops the actions with text,
     * then trap_reset_for_exec keeps ignored only the signals ignored on entry, by `trap ''`
     * or for an asynchronous list; caught ones go back to the default (execve would do it,
     * but a vfork child must not run our handler before it gets there). */
    plan.n = 0;
    for (int s = 1; s < NSIG; s++) {
        /* Never read, it is as on entry, and so is the child's: nothing to change (as in
         * trap_reset_for_exec). */
        if (!sig_known(s) || s == SIGKILL || s == SIGSTOP)
            continue;
        bool ignore = entry_ignored(s) || (actions[s] && !actions[s][0]) || async_ignored[s];
        enum sig_disp now = sig_disp(s);
        if (ignore ? now != DISP_IGN : now != DISP_DFL) {
            plan.change[plan.n].signo = s;
            plan.change[plan.n++].ignore = ignore;
        }
    }
    plan_stale = false;
    return &plan;
}


void trap_print_one(int signo, bool with_default)
{
    const char *name = signo == -1 ? "ERR" : sig_name(signo);
    if (!name)
        return;
    const char *a;
    if (signo == -1)
        a = parent_texts && !err_action ? parent_err : err_action;
    else if (parent_texts)
        a = parent_texts[signo];
    else
        a = trap_get(signo);
    if (signo > 0 && hard_ignored(signo))
        a = "";
    if (!a && !with_default)
        return;
    fputs("trap -- ", stdout);
    if (a)
        vars_print_quoted(a);
    else
        putchar('-');
    printf(" %s\n", name);
}

void trap_print(bool with_defaults)
{
    for (int s = 0; s < NSIG; s++)
        trap_print_one(s, with_defaults);
    if (options_extensions())
        trap_print_one(-1, with_defaults);
}

