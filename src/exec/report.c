/* report.c — what the job table says to the user (XCU jobs, XCU 2.11): `jobs` lines, the
 * notices before a prompt or at once with set -b, and "There are stopped jobs." on exit. */
#include "config.h"

#include "exec/jobs.h"
#include "exec/jobs_int.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "exec/sig.h"
#include "shell/options.h"
#include "shell/shell.h"

/* ---- Reports ------------------------------------------------------------------------------ */

/* "Running", "Done", "Exit 3", "Terminated", "Stopped", "Stopped(SIGTTIN)"... (bash's words,
 * strsignal for signals). */
static const char *state_text(const struct job *j, char *buf, size_t size)
{
    if (!jobs_is_done(j) && !jobs_is_stopped(j))
        return "Running";
    int i = jobs_status_proc(j);
    if (i < 0)
        return "Done";
    int st = j->procs[i].wstatus;
    if (j->procs[i].state == PROC_STOPPED) {
        int sig = WSTOPSIG(st);
        if (sig == SIGTSTP)
            return "Stopped";
        snprintf(buf, size, "Stopped(SIG%s)", sig_name(sig) ? sig_name(sig) : "?");
        return buf;
    }
    if (WIFSIGNALED(st)) {
        snprintf(buf, size, "%s%s", strsignal(WTERMSIG(st)), WCOREDUMP(st) ? " (core dumped)" : "");
        return buf;
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) != 0) {
        snprintf(buf, size, "Exit %d", WEXITSTATUS(st));
        return buf;
    }
    return "Done";
}

void jobs_print(FILE *out, const struct job *j, bool with_pids)
{
    char buf[128];
    const char *state = state_text(j, buf, sizeof buf);
    bool running = !jobs_is_done(j) && !jobs_is_stopped(j);
    if (!with_pids || j->nprocs <= 1) {
        if (with_pids)
            fprintf(out, "[%d]%c %ld %-24s%s%s\n", j->id, jobs_mark(j),
                    j->nprocs ? (long)j->procs[0].pid : 0L, state, j->text, running ? " &" : "");
        else
            fprintf(out, "[%d]%c  %-24s%s%s\n", j->id, jobs_mark(j), state, j->text,
                    running ? " &" : "");
        return;
    }
    /* jobs -l with a pipeline: one line per process. */
    for (int i = 0; i < j->nprocs; i++) {
        const struct process *p = &j->procs[i];
        bool last = i == j->nprocs - 1;
        if (i == 0)
            fprintf(out, "[%d]%c %ld %-24s%s%s\n", j->id, jobs_mark(j), (long)p->pid, state,
                    p->text, last && running ? " &" : "");
        else
            fprintf(out, "     %ld %-22s| %s%s\n", (long)p->pid, "", p->text,
                    last && running ? " &" : "");
    }
}

void jobs_notify(void)
{
    jobs_reap();
    for (struct job *j = jobs_first(), *next; j; j = next) {
        next = jobs_next(j);
        if (jobs_is_done(j)) {
            if (!j->notified)
                jobs_print(stderr, j, false);
            jobs_remove(j);
        } else if (jobs_is_stopped(j) && !j->notified) {
            jobs_print(stderr, j, false);
            j->notified = true;
        }
    }
    fflush(stderr);
}

/* ---- Leaving ---------------------------------------------------------------------------- */

unsigned long jobs_exit_generation;

bool jobs_exit_check(void)
{
    static unsigned long warned_tick = ~0UL;
    if (!sh.interactive || sh.subshell || !jobs_control_active())
        return true;
    jobs_reap();
    bool any = false;
    for (struct job *j = jobs_first(); j; j = jobs_next(j))
        any |= jobs_is_stopped(j);
    /* A second attempt with no other command in between leaves (bash). */
    if (!any || warned_tick == jobs_exit_generation)
        return true;
    warned_tick = jobs_exit_generation;
    fputs("There are stopped jobs.\n", stderr);
    fflush(stderr);
    return false;
}

bool jobs_notify_async(void)
{
    if (!opt.notify || !sh.interactive || sh.subshell)
        return false;
    jobs_reap();
    bool pending = false;
    for (struct job *j = jobs_first(); j; j = jobs_next(j))
        if (!j->notified && !j->foreground && (jobs_is_done(j) || jobs_is_stopped(j)))
            pending = true;
    if (!pending)
        return false;
    fputc('\n', stderr);
    jobs_notify();
    return true;
}
