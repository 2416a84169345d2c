/* reap.c — reaping children into the job table and waiting for them (XCU 2.11, XCU wait): the
 * foreground wait, fg and bg, `wait`. Below it the table (jobs.c), beside it the tty (tty.c). */
#include "config.h"

#include "exec/jobs.h"
#include "exec/jobs_int.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exec/explain.h"
#include "exec/sig.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

static unsigned long reap_generation; /* bumped whenever a child's state changes */
static bool reap_no_children;         /* the last waitpid said ECHILD */

/* ---- Reaping ---------------------------------------------------------------------------- */

static void record(pid_t pid, int st)
{
    struct job *j = jobs_find_pid(pid);
    if (!j) {
        /* A child outside the table (disowned, or not registered): keep its status only. */
        if (WIFEXITED(st) || WIFSIGNALED(st))
            jobs_save_status(pid, st);
        return;
    }
    bool was_stopped = jobs_is_stopped(j), was_done = jobs_is_done(j);
    for (int k = 0; k < j->nprocs; k++) {
        struct process *p = &j->procs[k];
        if (p->pid != pid)
            continue;
        if (WIFSTOPPED(st)) {
            p->state = PROC_STOPPED;
            p->wstatus = st;
        } else if (WIFCONTINUED(st)) {
            if (p->state == PROC_STOPPED)
                p->state = PROC_RUNNING;
        } else {
            p->state = PROC_DONE;
            p->wstatus = st;
        }
    }
    EXPLAIN_BRIEF(explain_job_changed(j, was_stopped, was_done));
    if (jobs_is_stopped(j) && !was_stopped) {
        j->notified = false;
        jobs_touch(j);
    } else if (jobs_is_done(j)) {
        j->notified = false;
    }
}

void jobs_reap(void)
{
    /* The handler only sets the flag, and a SIGCHLD that comes during the loop below only
     * costs one more jobs_reap later: blocking it is needed only so that set -o explain tells
     * of each SIGCHLD before the waitpid calls it caused, not after them. */
    bool block = opt.explain;
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    if (block)
        sigprocmask(SIG_BLOCK, &chld, &old);
    if (trap_got_sigchld)
        EXPLAIN(explain_sigchld());
    trap_got_sigchld = 0;
    reap_no_children = false;
    for (;;) {
        int st;
        pid_t pid = jobs_lazy_waitpid(&st); /* waitpid(-1, ...) unless set -o lazyreap */
        if (pid == 0)
            break;
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            reap_no_children = errno == ECHILD;
            break;
        }
        reap_generation++;
        EXPLAIN(explain_waitpid(pid, st));
        record(pid, st);
    }
    if (block)
        sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Sleeps until a child changes state or, when interruptible, a trapped signal arrives; see
 * jobs.h. All signals are blocked from the check until sigsuspend atomically unblocks them,
 * so a SIGCHLD between "nothing changed" and going to sleep cannot be lost. */
int jobs_wait_event(bool interruptible)
{
    sigset_t all_sigs, old;
    sigfillset(&all_sigs);
    sigprocmask(SIG_BLOCK, &all_sigs, &old);
    unsigned long gen = reap_generation;
    int r = 0;
    for (;;) {
        jobs_reap();
        if (reap_generation != gen)
            break;
        if (interruptible && trap_pending && (r = sig_pending_trap()) > 0)
            break;
        if (interruptible && sh.interactive && trap_got_sigint) {
            EXPLAIN(explain_signal(SIGINT, "^C at the shell: it stops waiting"));
            r = SIGINT;
            break;
        }
        if (reap_no_children) {
            r = -1;
            break;
        }
        sigset_t wait_mask = old;
        sigdelset(&wait_mask, SIGCHLD);
        sigsuspend(&wait_mask);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    return r;
}

/* One child's change, for a wait that nothing but a child can end (jobs_wait_foreground):
 * what jobs_wait_event(false) would record, in one blocking waitpid where that polls, blocks
 * every signal and sleeps in sigsuspend (a dozen system calls for each command the shell waits
 * for). No wakeup can be lost: the kernel itself wakes waitpid when a child changes state. The
 * mask is left as it is, so a hang-up still reaches its handler; a trapped signal interrupts
 * the wait (EINTR) and is run afterwards, as it would be after sigsuspend. Not under set -o
 * explain, which tells of SIGCHLD before the waitpid that follows it, nor set -o lazyreap,
 * which asks each process by its pid: they take jobs_wait_event. Returns -1 on ECHILD. */
static int wait_child(void)
{
    if (opt.explain || jobs_lazy_active())
        return jobs_wait_event(false);
    int st;
    pid_t pid;
    while ((pid = waitpid(-1, &st, WUNTRACED | WCONTINUED)) < 0 && errno == EINTR)
        ;
    if (pid < 0)
        return -1;
    reap_generation++;
    record(pid, st);
    return 0;
}

/* ---- Foreground and background ------------------------------------------------------------ */

/* A child of ours vanished without us seeing its status (someone else reaped it): count it as
 * finished rather than wait forever. */
static void mark_lost(struct job *j)
{
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].state != PROC_DONE) {
            j->procs[i].state = PROC_DONE;
            j->procs[i].wstatus = 127 << 8;
        }
}

int jobs_wait_foreground(struct job *j)
{
    bool jc = jobs_control_active() && j->pgid > 0;
    j->foreground = true;
    /* A job brought back by fg has a number: it was started long ago. */
    if (j->id == 0)
        EXPLAIN_BRIEF(explain_job_started(j, true));
    if (jc)
        tty_give_if_ours(j->pgid);
    /* Without job control a stopped child is not ours to report: keep waiting. */
    while (!jobs_is_done(j) && !(jc && jobs_is_stopped(j)))
        if (wait_child() < 0)
            mark_lost(j);
    j->foreground = false;

    bool stopped = !jobs_is_done(j);
    int i = jobs_status_proc(j);
    int st = i >= 0 ? j->procs[i].wstatus : 0;
    /* Numbered before the terminal's modes are saved, so that explain can say whose they are. */
    if (stopped) {
        jobs_number(j);
        EXPLAIN_BRIEF(explain_job_changed(j, false, false));
    }
    if (jc)
        tty_take_back(j, stopped, st);
    jobs_record_pipestatus(j);
    int status = jobs_status(j);
    if (stopped) {
        jobs_touch(j);
        if (sh.interactive)
            fputc('\n', stderr);
        jobs_print(stderr, j, false);
        fflush(stderr);
        j->notified = true;
        /* The stopped command is the job; the rest of the command line (`sleep 10; echo
         * next`, the loop around it) is abandoned and the prompt comes back, as in bash. */
        if (sh.interactive && sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
        return status;
    }
    if (i >= 0 && WIFSIGNALED(st)) {
        int sig = WTERMSIG(st);
        if (sig == SIGINT) {
            /* The child got the user's ^C, the shell (in another process group) did not:
             * let the executor abandon the rest of the command line as if it had. */
            if (sh.interactive) {
                fputc('\n', stderr);
                trap_got_sigint = 1;
            }
        } else if (sig != SIGPIPE) {
            fprintf(stderr, "%s%s\n", strsignal(sig), WCOREDUMP(st) ? " (core dumped)" : "");
        }
    }
    jobs_remove(j);
    return status;
}

int jobs_continue(struct job *j, bool foreground)
{
    bool jc = jobs_control_active() && j->pgid > 0;
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].state == PROC_STOPPED)
            j->procs[i].state = PROC_RUNNING;
    j->notified = false;
    jobs_touch(j);
    if (foreground && jc)
        tty_give_to_job(j);
    const char *why = foreground ? "fg: continue the job in the foreground"
                                 : "bg: continue the job in the background";
    if (jc) {
        int rc = kill(-j->pgid, SIGCONT);
        EXPLAIN(explain_kill(-j->pgid, SIGCONT, rc, errno, why));
        if (rc < 0 && errno != ESRCH)
            error_errno("kill (%ld)", (long)j->pgid);
    } else {
        for (int i = 0; i < j->nprocs; i++)
            if (j->procs[i].state != PROC_DONE) {
                int rc = kill(j->procs[i].pid, SIGCONT);
                EXPLAIN(explain_kill(j->procs[i].pid, SIGCONT, rc, errno, why));
            }
    }
    EXPLAIN_BRIEF(explain_job_continued(j, foreground));
    if (!foreground)
        return 0;
    return jobs_wait_foreground(j);
}
