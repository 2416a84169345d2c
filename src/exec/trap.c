/* trap.c — signal names, dispositions and trap actions (XCU trap, XCU 2.11, 2.12).
 * Handlers only record; the executor calls trap_run_pending between commands and jobs.c reaps. */
#include "config.h"

#include "exec/trap.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exec/exec.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "shell/shell.h"
#include "shell/vars.h"

volatile sig_atomic_t trap_pending;
volatile sig_atomic_t trap_got_sigchld;
volatile sig_atomic_t trap_got_sigint;

/* ---- Signal names ---------------------------------------------------------------------------
 * The standard names first (the first entry for a number is the one we print), then aliases
 * that are only accepted as input. Real-time signals get RTMIN+n / RTMAX-n names at run time. */
static const struct {
    const char *name;
    int num;
} signames[] = {
    {"HUP", SIGHUP},       {"INT", SIGINT},       {"QUIT", SIGQUIT},   {"ILL", SIGILL},
    {"TRAP", SIGTRAP},     {"ABRT", SIGABRT},     {"BUS", SIGBUS},     {"FPE", SIGFPE},
    {"KILL", SIGKILL},     {"USR1", SIGUSR1},     {"SEGV", SIGSEGV},   {"USR2", SIGUSR2},
    {"PIPE", SIGPIPE},     {"ALRM", SIGALRM},     {"TERM", SIGTERM},
#ifdef SIGSTKFLT
    {"STKFLT", SIGSTKFLT},
#endif
    {"CHLD", SIGCHLD},     {"CONT", SIGCONT},     {"STOP", SIGSTOP},   {"TSTP", SIGTSTP},
    {"TTIN", SIGTTIN},     {"TTOU", SIGTTOU},     {"URG", SIGURG},     {"XCPU", SIGXCPU},
    {"XFSZ", SIGXFSZ},     {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF},   {"WINCH", SIGWINCH},
#ifdef SIGIO
    {"IO", SIGIO},
#endif
#ifdef SIGPWR
    {"PWR", SIGPWR},
#endif
    {"SYS", SIGSYS},
    /* aliases */
    {"IOT", SIGABRT},      {"CLD", SIGCHLD},
#ifdef SIGPOLL
    {"POLL", SIGPOLL},
#endif
};

static char rtnames[NSIG][16];

static const char *rt_name(int signo)
{
    if (signo < SIGRTMIN || signo > SIGRTMAX)
        return NULL;
    if (!rtnames[signo][0]) {
        int half = (SIGRTMAX - SIGRTMIN) / 2;
        if (signo == SIGRTMIN)
            snprintf(rtnames[signo], sizeof rtnames[signo], "RTMIN");
        else if (signo == SIGRTMAX)
            snprintf(rtnames[signo], sizeof rtnames[signo], "RTMAX");
        else if (signo - SIGRTMIN <= half)
            snprintf(rtnames[signo], sizeof rtnames[signo], "RTMIN+%d", signo - SIGRTMIN);
        else
            snprintf(rtnames[signo], sizeof rtnames[signo], "RTMAX-%d", SIGRTMAX - signo);
    }
    return rtnames[signo];
}

const char *trap_signal_name(int signo)
{
    if (signo == 0)
        return "EXIT";
    for (size_t i = 0; i < sizeof signames / sizeof signames[0]; i++)
        if (signames[i].num == signo)
            return signames[i].name;
    return rt_name(signo);
}

/* Digits only, in range: the number; otherwise -1. */
static int parse_small(const char *s)
{
    if (!*s)
        return -1;
    int n = 0;
    for (; *s; s++) {
        if (!isdigit((unsigned char)*s) || n > 1000)
            return -1;
        n = n * 10 + (*s - '0');
    }
    return n;
}

int trap_signal_number(const char *name)
{
    if (isdigit((unsigned char)*name)) {
        int n = parse_small(name);
        return n >= 0 && n < NSIG && trap_signal_name(n) ? n : -1;
    }
    /* Names are accepted in any case, with or without SIG (as `kill -s` and `trap` allow). */
    if (!strcasecmp(name, "EXIT"))
        return 0;
    if (!strncasecmp(name, "SIG", 3) && name[3])
        name += 3;
    for (size_t i = 0; i < sizeof signames / sizeof signames[0]; i++)
        if (!strcasecmp(signames[i].name, name))
            return signames[i].num;
    int base = 0, sign = 0;
    if (!strncasecmp(name, "RTMIN", 5))
        base = SIGRTMIN, sign = 1;
    else if (!strncasecmp(name, "RTMAX", 5))
        base = SIGRTMAX, sign = -1;
    else
        return -1;
    name += 5;
    int off = 0;
    if (*name) {
        if (*name != (sign > 0 ? '+' : '-'))
            return -1;
        off = parse_small(name + 1);
        if (off < 0)
            return -1;
    }
    int n = base + sign * off;
    return n >= SIGRTMIN && n <= SIGRTMAX ? n : -1;
}

/* ---- Dispositions ---------------------------------------------------------------------------
 * What is installed for a signal follows from, in order: SIGCHLD is always caught (never
 * SIG_IGN: on Linux that makes the kernel discard exit statuses); a signal ignored on entry to a
 * non-interactive shell stays ignored (XCU trap); a trap action; what an interactive shell needs
 * for itself (trap_set_interactive); otherwise the default. desired() is the one place that
 * decides, apply() makes it so. */
enum mode { M_DFL, M_IGN, M_CATCH };

static char *actions[NSIG];            /* [0] is EXIT; NULL default, "" ignore, else the text */
static bool entry_ignored[NSIG];       /* SIG_IGN on entry */
static bool async_ignored[NSIG];       /* SIGINT/SIGQUIT of an async list; a trap may undo it */
static char installed[NSIG];           /* enum mode currently set with sigaction */
static volatile sig_atomic_t has_action[NSIG]; /* the handler records only these */
static volatile sig_atomic_t caught[NSIG];
static bool ignore_quit_term;          /* interactive: SIGQUIT, SIGTERM ignored */
static bool ignore_jobctl;             /* job control: SIGTSTP, SIGTTIN, SIGTTOU ignored */
/* In a subshell: the traps of the parent, for `trap` output until a trap is set (XCU 2.12). */
static char **parent_texts;

static bool catch_int;                 /* interactive: SIGINT interrupts input and waits */

static void on_signal(int signo)
{
    /* No waitpid here: a child reaped in the handler would be a status to carry to the table
     * behind the main loop's back; the loop reaps when it sees the flag (jobs_reap). */
    if (signo == SIGCHLD)
        trap_got_sigchld = 1;
    /* An interactive shell hung up (no HUP trap): pass the hangup on to the jobs, then die
     * of it as if it had not been caught. Only async-signal-safe calls here. */
    if (signo == SIGHUP && !has_action[SIGHUP] && catch_int) {
        jobs_hangup_all();
        struct sigaction dfl;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        sigaction(SIGHUP, &dfl, NULL);
        raise(SIGHUP); /* delivered when the handler returns */
        return;
    }
    if (signo == SIGINT)
        trap_got_sigint = 1;
    if (has_action[signo]) {
        caught[signo] = 1;
        trap_pending = 1;
    }
}

static bool hard_ignored(int signo)
{
    return entry_ignored[signo] && !sh.interactive;
}

static enum mode desired(int signo)
{
    if (signo == SIGCHLD)
        return M_CATCH;
    if (hard_ignored(signo))
        return M_IGN;
    if (actions[signo])
        return actions[signo][0] ? M_CATCH : M_IGN;
    if (signo == SIGINT && catch_int)
        return M_CATCH;
    if (signo == SIGHUP && catch_int && !entry_ignored[signo])
        return M_CATCH; /* jobs get the hangup too (on_signal) */
    if ((signo == SIGQUIT || signo == SIGTERM) && ignore_quit_term)
        return M_IGN;
    if ((signo == SIGTSTP || signo == SIGTTIN || signo == SIGTTOU) && ignore_jobctl)
        return M_IGN;
    return entry_ignored[signo] || async_ignored[signo] ? M_IGN : M_DFL;
}

static void install(int signo, enum mode m)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (m == M_CATCH) {
        sa.sa_handler = on_signal;
        /* Only SIGCHLD restarts system calls: a trapped signal must interrupt `read` and
         * blocking waits so its action runs soon (XCU wait). */
        sa.sa_flags = signo == SIGCHLD ? SA_RESTART : 0;
    } else {
        sa.sa_handler = m == M_IGN ? SIG_IGN : SIG_DFL;
    }
    if (sigaction(signo, &sa, NULL) == 0)
        installed[signo] = (char)m;
}

static void apply(int signo)
{
    if (signo <= 0 || signo >= NSIG || signo == SIGKILL || signo == SIGSTOP)
        return;
    enum mode m = desired(signo);
    if (installed[signo] != (char)m)
        install(signo, m);
}

void trap_init(void)
{
    for (int s = 1; s < NSIG; s++) {
        struct sigaction old;
        installed[s] = M_DFL;
        if (s == SIGKILL || s == SIGSTOP || sigaction(s, NULL, &old) != 0)
            continue;
        if (old.sa_handler == SIG_IGN) {
            entry_ignored[s] = true;
            installed[s] = M_IGN;
        }
    }
    /* A blocked SIGCHLD inherited from our parent would make every wait sleep forever. */
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    apply(SIGCHLD);
}

void trap_set_interactive(bool job_control)
{
    catch_int = true;
    ignore_quit_term = true;
    ignore_jobctl = job_control;
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
    if (!parent_texts)
        return;
    for (int s = 0; s < NSIG; s++)
        free(parent_texts[s]);
    free(parent_texts);
    parent_texts = NULL;
}

int trap_set(int signo, const char *action)
{
    if (signo < 0 || signo >= NSIG || !trap_signal_name(signo))
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
    entry_ignored[signo] = false;
    has_action[signo] = 0;
    async_ignored[signo] = false;
    free(actions[signo]);
    actions[signo] = action ? xstrdup(action) : NULL;
    has_action[signo] = action && *action;
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
            if (!caught[s])
                continue;
            caught[s] = 0;
            if (actions[s] && actions[s][0])
                run_action(actions[s]);
        }
    }
    action_depth--;
    /* Those behind an action that returned or left the shell run at the next call. */
    for (int s = 1; s < NSIG; s++)
        if (caught[s])
            trap_pending = 1;
}

void trap_run_exit(void)
{
    char *text = actions[0];
    if (!text)
        return;
    actions[0] = NULL; /* once only, even if the action itself calls exit */
    has_action[0] = 0;
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
    catch_int = ignore_quit_term = ignore_jobctl = false;
    trap_pending = 0;
    for (int s = 0; s < NSIG; s++) {
        caught[s] = 0;
        if (actions[s] && actions[s][0]) {
            has_action[s] = 0;
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
    for (int s = 0; s < NSIG; s++) {
        if (s && (actions[s] || async_ignored[s]))
            entry_ignored[s] = true;
        async_ignored[s] = false;
        free(actions[s]);
        actions[s] = NULL;
        has_action[s] = 0;
    }
}

void trap_reset_for_exec(void)
{
    /* Only sigaction and sigprocmask here: this runs between fork and exec. Caught signals
     * need nothing: execve itself resets them to the default. Leaving their handlers also
     * keeps the shell working if execve fails (`command exec nosuch`). What the shell ignores
     * for itself (interactive SIGQUIT, SIGTERM, SIGTSTP...) must go back to the default. */
    for (int s = 1; s < NSIG; s++) {
        if (s == SIGKILL || s == SIGSTOP || installed[s] != M_IGN)
            continue;
        bool keep = entry_ignored[s] || (actions[s] ? !actions[s][0] : async_ignored[s]);
        if (!keep)
            install(s, M_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}


void trap_print_one(int signo, bool with_default)
{
    const char *name = trap_signal_name(signo);
    if (!name)
        return;
    const char *a;
    if (parent_texts)
        a = parent_texts[signo];
    else
        a = trap_get(signo);
    if (signo && hard_ignored(signo))
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
}

int trap_pending_signal(void)
{
    for (int s = 1; s < NSIG; s++)
        if (caught[s] && s != SIGCHLD)
            return s;
    return 0;
}
