/* sigdesc.c — the signal table of a teaching shell: default action, catchability and usual
 * sender of every signal, for `kill -L`, `why` and `ptree -s` (names come from exec/trap.h). */
#include "config.h"

#include "builtins/sigdesc.h"
#include "exec/trap.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

/* signal(7) "Standard signals": the default actions are Linux's, which POSIX's <signal.h>
 * table agrees with for every signal it names. */
static const struct sigdesc table[] = {
    {SIGHUP, SIGACT_TERM, true, "hang-up: the terminal closed, or the shell leaving sends it to its jobs"},
    {SIGINT, SIGACT_TERM, true, "^C at the terminal (to the foreground process group)"},
    {SIGQUIT, SIGACT_CORE, true, "^\\ at the terminal (to the foreground process group)"},
    {SIGILL, SIGACT_CORE, true, "the kernel: an illegal machine instruction"},
    {SIGTRAP, SIGACT_CORE, true, "the kernel: a breakpoint or trace trap (debuggers)"},
    {SIGABRT, SIGACT_CORE, true, "abort(3) in the program itself, e.g. a failed assert"},
    {SIGBUS, SIGACT_CORE, true, "the kernel: a bad memory access (e.g. a truncated mapped file)"},
    {SIGFPE, SIGACT_CORE, true, "the kernel: an arithmetic error (integer division by zero)"},
    {SIGKILL, SIGACT_TERM, false, "kill -9 (or the kernel's out-of-memory killer)"},
    {SIGUSR1, SIGACT_TERM, true, "kill -USR1: its meaning is up to the program"},
    {SIGSEGV, SIGACT_CORE, true, "the kernel: an invalid memory reference"},
    {SIGUSR2, SIGACT_TERM, true, "kill -USR2: its meaning is up to the program"},
    {SIGPIPE, SIGACT_TERM, true, "the kernel: writing to a pipe nobody reads any more"},
    {SIGALRM, SIGACT_TERM, true, "a timer: alarm(2)"},
    {SIGTERM, SIGACT_TERM, true, "kill without a signal name: a polite request to end"},
#ifdef SIGSTKFLT
    {SIGSTKFLT, SIGACT_TERM, true, "unused on most systems"},
#endif
    {SIGCHLD, SIGACT_IGNORE, true, "the kernel: a child stopped, continued or ended"},
    {SIGCONT, SIGACT_CONT, true, "fg and bg, or kill -CONT"},
    {SIGSTOP, SIGACT_STOP, false, "kill -STOP (debuggers too)"},
    {SIGTSTP, SIGACT_STOP, true, "^Z at the terminal (to the foreground process group)"},
    {SIGTTIN, SIGACT_STOP, true, "the kernel: a background job read from its terminal"},
    {SIGTTOU, SIGACT_STOP, true, "the kernel: a background job wrote to its terminal (stty tostop)"},
    {SIGURG, SIGACT_IGNORE, true, "the kernel: urgent data on a socket"},
    {SIGXCPU, SIGACT_CORE, true, "the kernel: CPU time limit reached (ulimit -t)"},
    {SIGXFSZ, SIGACT_CORE, true, "the kernel: file size limit reached (ulimit -f)"},
    {SIGVTALRM, SIGACT_TERM, true, "a virtual timer: setitimer(2)"},
    {SIGPROF, SIGACT_TERM, true, "a profiling timer: setitimer(2)"},
    {SIGWINCH, SIGACT_IGNORE, true, "the terminal: its window changed size"},
#ifdef SIGIO
    {SIGIO, SIGACT_TERM, true, "the kernel: input or output is possible (O_ASYNC)"},
#endif
#ifdef SIGPWR
    {SIGPWR, SIGACT_TERM, true, "a power failure notice"},
#endif
    {SIGSYS, SIGACT_CORE, true, "the kernel: a bad system call (seccomp filters)"},
};

const struct sigdesc *sigdesc_find(int signo)
{
    static struct sigdesc rt;
    if (signo <= 0 || signo >= NSIG)
        return NULL;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].signo == signo)
            return &table[i];
    if (signo >= SIGRTMIN && signo <= SIGRTMAX) {
        rt = (struct sigdesc){signo, SIGACT_TERM, true, "only programs: a real-time signal, queued"};
        return &rt;
    }
    return NULL;
}

const char *sigdesc_action_word(enum sig_action a)
{
    switch (a) {
    case SIGACT_TERM:
        return "terminate";
    case SIGACT_CORE:
        return "core";
    case SIGACT_IGNORE:
        return "ignore";
    case SIGACT_STOP:
        return "stop";
    case SIGACT_CONT:
        return "continue";
    }
    return "?";
}

void sigdesc_mask_names(unsigned long long mask, char *buf, unsigned long size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int s = 1; s <= 64 && n + 1 < size; s++) {
        if (!(mask & (1ULL << (s - 1))))
            continue;
        const char *name = s < NSIG ? sig_name(s) : NULL;
        char num[16];
        if (!name) {
            snprintf(num, sizeof num, "%d", s);
            name = num;
        }
        int w = snprintf(buf + n, size - n, "%s%s", n ? " " : "", name);
        if (w < 0 || (size_t)w >= size - n)
            break;
        n += (size_t)w;
    }
    if (!n)
        snprintf(buf, size, "-");
}
