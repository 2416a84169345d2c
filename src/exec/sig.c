/* sig.c — the shell's signal handler and the flags it sets, sigaction bookkeeping, signal names
 * (XCU 2.11, 2.12, trap). trap.c decides dispositions and runs actions; jobs reap on the flag. */
#include "config.h"

#include "exec/sig.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

volatile sig_atomic_t trap_pending;
volatile sig_atomic_t trap_got_sigchld;
volatile sig_atomic_t trap_got_sigint;
volatile sig_atomic_t sig_trapped[NSIG];
volatile sig_atomic_t sig_caught[NSIG];
volatile sig_atomic_t sig_interactive;
void (*sig_hangup_hook)(void);

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

const char *sig_name(int signo)
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

int sig_number(const char *name)
{
    if (isdigit((unsigned char)*name)) {
        int n = parse_small(name);
        return n >= 0 && n < NSIG && sig_name(n) ? n : -1;
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

/* ---- The handler ---------------------------------------------------------------------------- */

static void on_signal(int signo)
{
    /* No waitpid here: a child reaped in the handler would be a status to carry to the table
     * behind the main loop's back; the loop reaps when it sees the flag (jobs_reap). */
    if (signo == SIGCHLD)
        trap_got_sigchld = 1;
    /* An interactive shell hung up (no HUP trap): pass the hangup on to the jobs, then die
     * of it as if it had not been caught. Only async-signal-safe calls here. */
    if (signo == SIGHUP && !sig_trapped[SIGHUP] && sig_interactive) {
        if (sig_hangup_hook)
            sig_hangup_hook();
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
    if (sig_trapped[signo]) {
        sig_caught[signo] = 1;
        trap_pending = 1;
    }
}

int sig_pending_trap(void)
{
    for (int s = 1; s < NSIG; s++)
        if (sig_caught[s] && s != SIGCHLD)
            return s;
    return 0;
}

/* ---- Dispositions --------------------------------------------------------------------------- */

static char installed[NSIG];  /* enum sig_disp currently set with sigaction, once known */
static bool known[NSIG];      /* installed[s] and ignored_on_entry[s] have been read */
static bool ignored_on_entry[NSIG];

/* Reads what signo is set to, the first time conch asks about it. Until conch changes it
 * (sig_set_disp, which reads first), a signal is as the shell found it on entry: reading them
 * one by one when needed, not all 64 at start-up, saves a sigaction call per signal at every
 * `conch -c`, and what is read is the same. */
static void learn(int signo)
{
    if (known[signo])
        return;
    known[signo] = true;
    installed[signo] = DISP_DFL;
    struct sigaction old;
    if (signo == SIGKILL || signo == SIGSTOP || sigaction(signo, NULL, &old) != 0)
        return;
    if (old.sa_handler == SIG_IGN) {
        installed[signo] = DISP_IGN;
        ignored_on_entry[signo] = true;
    }
}

bool sig_known(int signo)
{
    return known[signo];
}

bool sig_ignored_on_entry(int signo)
{
    learn(signo);
    return ignored_on_entry[signo];
}

enum sig_disp sig_disp(int signo)
{
    learn(signo);
    return (enum sig_disp)installed[signo];
}

void sig_set_disp(int signo, enum sig_disp d)
{
    if (d == DISP_ENTRY) {
        if (!known[signo])
            return; /* it still is */
        d = ignored_on_entry[signo] ? DISP_IGN : DISP_DFL;
    }
    learn(signo);
    if (installed[signo] == (char)d)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (d == DISP_CATCH) {
        sa.sa_handler = on_signal;
        /* Only SIGCHLD restarts system calls: a trapped signal must interrupt `read` and
         * blocking waits so its action runs soon (XCU wait). */
        sa.sa_flags = signo == SIGCHLD ? SA_RESTART : 0;
    } else {
        sa.sa_handler = d == DISP_IGN ? SIG_IGN : SIG_DFL;
    }
    if (sigaction(signo, &sa, NULL) == 0)
        installed[signo] = (char)d;
}
