/* wait.c — the wait builtin (XCU wait): waits for background jobs through exec/jobs.h; a
 * trapped signal interrupts it with status 128+N and its action runs right after. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "lib/name.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* XCU wait: "the reception of a signal for which a trap has been set shall cause the wait
 * utility to return immediately with an exit status >128, immediately after which the trap
 * associated with that signal shall be taken" — so the action sees $? = 128+N. */
static bool was_interrupted;

static int interrupted(int sig)
{
    was_interrupted = true;
    if (sig == SIGINT && sh.interactive)
        fputc('\n', stderr); /* after the terminal's ^C, as for a foreground job */
    sh.last_status = 128 + sig;
    trap_run_pending();
    return 128 + sig;
}

/* Under job control a stopped job would never finish by itself: waiting for it ends there
 * too, with 128+N (as in dash and bash). Without job control a stop is not an end: the
 * process may be continued by anyone, and XCU wait waits for it to terminate, as dash, bash,
 * mksh, ksh93 and yash all keep waiting. */
static bool stop_ends_wait(const struct job *j)
{
    return j->pgid != 0 && jobs_is_stopped(j);
}

static bool settled(const struct job *j)
{
    return jobs_is_done(j) || stop_ends_wait(j);
}

static bool any_running(void)
{
    for (struct job *j = jobs_first(); j; j = jobs_next(j))
        if (!settled(j))
            return true;
    return false;
}

/* Drops a finished job whose status wait has now given out. An interactive shell still
 * reports it before the next prompt, as bash does. */
static void consumed(struct job *j)
{
    if (jobs_is_done(j) && !sh.interactive)
        jobs_remove(j);
}

static int wait_all(void)
{
    for (;;) {
        jobs_reap();
        if (!any_running())
            break;
        int r = jobs_wait_event(true);
        if (r > 0)
            return interrupted(r);
        if (r < 0)
            break;
    }
    for (struct job *j = jobs_first(), *next; j; j = next) {
        next = jobs_next(j);
        consumed(j);
    }
    jobs_forget_saved();
    return 0;
}

/* conch mode (bash's wait -p NAME): the process whose status wait returns, 0 for none. */
static pid_t waited_pid;

static pid_t last_pid(const struct job *j)
{
    return j->nprocs > 0 ? j->procs[j->nprocs - 1].pid : 0;
}

/* bash's wait -n: the status of the next job to finish (one that already finished and was not
 * waited for counts); 127 when there is none to wait for. */
static int wait_next(void)
{
    for (;;) {
        jobs_reap();
        for (struct job *j = jobs_first(); j; j = jobs_next(j)) {
            if (jobs_is_done(j)) {
                int status = jobs_status(j);
                waited_pid = last_pid(j);
                jobs_remove(j);
                return status;
            }
        }
        if (!any_running())
            return 127;
        int r = jobs_wait_event(true);
        if (r > 0)
            return interrupted(r);
        if (r < 0)
            return 127;
    }
}

static int wait_job(struct job *j)
{
    while (!settled(j)) {
        int r = jobs_wait_event(true);
        if (r > 0)
            return interrupted(r);
        if (r < 0)
            break;
    }
    int status = jobs_status(j);
    waited_pid = last_pid(j);
    consumed(j);
    return status;
}

static int wait_pid(const char *arg)
{
    char *end;
    errno = 0;
    long pid = strtol(arg, &end, 10);
    if (!isdigit((unsigned char)*arg) || *end || errno || pid <= 0) {
        error_msg("wait: `%s': not a pid or valid job spec", arg);
        return 2;
    }
    waited_pid = (pid_t)pid;
    struct job *j = jobs_find_pid((pid_t)pid);
    if (!j) {
        int saved = jobs_saved_status((pid_t)pid);
        if (saved >= 0)
            return saved;
        error_msg("wait: pid %ld is not a child of this shell", pid);
        return 127;
    }
    struct process *p = NULL;
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].pid == pid)
            p = &j->procs[i];
    while (p->state != PROC_DONE && !stop_ends_wait(j)) {
        int r = jobs_wait_event(true);
        if (r > 0)
            return interrupted(r);
        if (r < 0)
            break;
        /* The table may have changed under us: look the process up again. */
        j = jobs_find_pid((pid_t)pid);
        if (!j)
            return jobs_saved_status((pid_t)pid) >= 0 ? jobs_saved_status((pid_t)pid) : 127;
        for (int i = 0; i < j->nprocs; i++)
            if (j->procs[i].pid == pid)
                p = &j->procs[i];
    }
    int st = p->wstatus, status;
    if (p->state == PROC_RUNNING)
        status = 127;
    else if (WIFEXITED(st))
        status = WEXITSTATUS(st);
    else if (WIFSIGNALED(st))
        status = 128 + WTERMSIG(st);
    else
        status = 128 + WSTOPSIG(st);
    consumed(j);
    return status;
}

static int wait_operands(int argc, char **argv, int first, bool next)
{
    if (next)
        return wait_next();
    if (first >= argc)
        return wait_all();
    /* XCU wait: the exit status is that of the last operand. */
    int status = 0;
    for (int i = first; i < argc; i++) {
        if (argv[i][0] == '%') {
            struct job *j = jobs_find_spec(argv[i], "wait");
            status = j ? wait_job(j) : 127;
        } else {
            status = wait_pid(argv[i]);
        }
        if (was_interrupted)
            break;
    }
    return status;
}

/* wait [-n] [-p name] [job|pid...]: -p (conch mode, bash) sets NAME to the process whose
 * status is returned, and unsets it when there is none. */
static int run_wait(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool next = false;
    const char *name = NULL;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, options_extensions() ? "np:" : "n")) != -1) {
        if (c == '?')
            return 2;
        if (c == 'p')
            name = o.arg;
        else
            next = true;
    }
    if (name && !is_name(name, strlen(name))) {
        error_msg("wait: %s: not a valid identifier", name);
        return 2;
    }
    was_interrupted = false;
    if (sh.interactive)
        trap_got_sigint = 0; /* only a ^C from now on interrupts us */
    waited_pid = 0;
    int status = wait_operands(argc, argv, o.index, next);
    if (name) {
        char buf[DECIMAL_MAX];
        if (waited_pid > 0 && status != 127)
            vars_set(name, decimal_text(buf, waited_pid), 0);
        else
            vars_unset(name);
    }
    return status;
}

/* set -o lazyreap holds finished background jobs as zombies until this builtin runs. */
int builtin_wait(int argc, char **argv)
{
    jobs_lazy_pause(true);
    int status = run_wait(argc, argv);
    jobs_lazy_pause(false);
    return status;
}
