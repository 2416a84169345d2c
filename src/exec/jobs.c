/* jobs.c — the job table and waiting for children (XCU 2.11 job control, XCU 2.9.3 async lists).
 * exec_fork registers processes here; the executor and jobs/fg/bg/wait/kill/disown wait and read. */
#include "config.h"

#include "exec/jobs.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exec/trap.h"
#include "lib/error.h"
#include "lib/fd.h"
#include "shell/options.h"
#include "shell/shell.h"

int jobs_tty_fd = -1;

/* Every job the shell still tracks: numbered ones (the table proper) and the one being built or
 * waited for in the foreground (id 0), so that reaping finds all of their processes. */
static struct job **all;
static int nall, capall;
static unsigned long clock_tick; /* source of last_active */

static pid_t shell_pgid;         /* our process group once job control is set up */
static pid_t original_pgid;      /* the terminal's process group before that */
static struct termios shell_tmodes;
static bool have_shell_tmodes;

/* Statuses of processes whose job is gone (reported, or reaped while unknown), so that
 * `wait $!` still answers after the job was dropped (XCU wait: "the last CHILD_MAX"). */
#define SAVED_MAX 256
static struct {
    pid_t pid;
    int wstatus;
} saved[SAVED_MAX];
static int saved_next;

static unsigned long reap_generation; /* bumped whenever a child's state changes */
static bool reap_no_children;         /* the last waitpid said ECHILD */

/* Statuses collected by the SIGCHLD handler (jobs_on_sigchld), waiting for jobs_reap to put
 * them in the table. The handler only writes here and jobs_reap reads with SIGCHLD blocked, so
 * the table itself is never touched from a handler. When the ring is full the handler stops
 * reaping and the main loop's own waitpid finds the rest. */
#define RING_MAX 1024
static struct {
    pid_t pid;
    int wstatus;
} ring[RING_MAX];
static volatile sig_atomic_t ring_len;

/* Signals whose handlers read the table (SIGHUP: jobs_hangup_all) are blocked while it
 * changes shape. */
static void table_lock(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void table_unlock(const sigset_t *old)
{
    sigprocmask(SIG_SETMASK, old, NULL);
}

bool jobs_control_active(void)
{
    return opt.monitor && !sh.subshell;
}

static void save_status(pid_t pid, int wstatus)
{
    for (int i = 0; i < SAVED_MAX; i++)
        if (saved[i].pid == pid) {
            saved[i].wstatus = wstatus;
            return;
        }
    saved[saved_next].pid = pid;
    saved[saved_next].wstatus = wstatus;
    saved_next = (saved_next + 1) % SAVED_MAX;
}

/* $?-style value of a wait status. */
static int wstatus_value(int st)
{
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    if (WIFSIGNALED(st))
        return 128 + WTERMSIG(st);
    if (WIFSTOPPED(st))
        return 128 + WSTOPSIG(st);
    return 0;
}

int jobs_saved_status(pid_t pid)
{
    for (int i = 0; i < SAVED_MAX; i++)
        if (saved[i].pid == pid && pid > 0)
            return wstatus_value(saved[i].wstatus);
    return -1;
}

void jobs_forget_saved(void)
{
    memset(saved, 0, sizeof saved);
    saved_next = 0;
}

/* ---- The table -------------------------------------------------------------------------- */

struct job *jobs_new(const char *text)
{
    struct job *j = xcalloc(1, sizeof *j);
    j->text = xstrdup(text ? text : "");
    sigset_t old;
    table_lock(&old);
    if (nall == capall) {
        capall = capall ? capall * 2 : 8;
        all = xrealloc(all, capall * sizeof *all);
    }
    all[nall++] = j;
    table_unlock(&old);
    return j;
}

void jobs_add_process(struct job *j, pid_t pid, const char *text, bool own_group)
{
    char *copy = xstrdup(text ? text : "");
    sigset_t old;
    table_lock(&old);
    j->procs = xrealloc(j->procs, (j->nprocs + 1) * sizeof *j->procs);
    struct process *p = &j->procs[j->nprocs];
    p->pid = pid;
    p->state = PROC_RUNNING;
    p->wstatus = 0;
    p->text = copy;
    j->nprocs++;
    if (own_group && j->pgid == 0)
        j->pgid = pid;
    table_unlock(&old);
}

static void job_free(struct job *j)
{
    for (int i = 0; i < j->nprocs; i++)
        free(j->procs[i].text);
    free(j->procs);
    free(j->text);
    free(j);
}

/* In a subshell: the parent's numbered jobs as they were at the fork, so that `jobs`,
 * `jobs -p | ...`, `$(jobs)` and `kill %n` there see them (as bash, yash and mksh do). They are
 * not our children: never reaped or waited for; dropped once the subshell starts a job. */
static struct job **parent_jobs;
static int nparent;

static void drop_from(struct job **list, int *n, struct job *j)
{
    for (int i = 0; i < *n; i++) {
        if (list[i] != j)
            continue;
        memmove(&list[i], &list[i + 1], (*n - i - 1) * sizeof *list);
        (*n)--;
        return;
    }
}

void jobs_remove(struct job *j)
{
    sigset_t old;
    table_lock(&old);
    drop_from(all, &nall, j);
    table_unlock(&old);
    drop_from(parent_jobs, &nparent, j);
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].state == PROC_DONE)
            save_status(j->procs[i].pid, j->procs[i].wstatus);
    job_free(j);
}

static void drop_parent_jobs(void)
{
    for (int i = 0; i < nparent; i++)
        job_free(parent_jobs[i]);
    free(parent_jobs);
    parent_jobs = NULL;
    nparent = 0;
}

void jobs_forget_all(void)
{
    sigset_t old;
    table_lock(&old);
    ring_len = 0; /* the parent's children are not ours */
    drop_parent_jobs();
    parent_jobs = all;
    for (int i = 0; i < nall; i++) {
        if (all[i]->id > 0)
            parent_jobs[nparent++] = all[i];
        else
            job_free(all[i]);
    }
    all = NULL;
    nall = capall = 0;
    table_unlock(&old);
    jobs_forget_saved();
}

/* The jobs that `jobs` and job specs see: ours, or in a subshell without any yet, the
 * parent's snapshot. */
static struct job **listed(int *n)
{
    for (int i = 0; i < nall; i++)
        if (all[i]->id > 0) {
            *n = nall;
            return all;
        }
    *n = nparent;
    return parent_jobs;
}

/* Lowest free number >= 1 (numbers above nall cannot all be taken). */
static void number_job(struct job *j)
{
    if (j->id)
        return;
    bool *used = xcalloc(nall + 2, sizeof *used);
    for (int i = 0; i < nall; i++)
        if (all[i]->id > 0 && all[i]->id <= nall + 1)
            used[all[i]->id] = true;
    int n = 1;
    while (used[n])
        n++;
    free(used);
    j->id = n;
}

/* A script that starts background jobs and never asks about them must not make the table
 * (and every reap) grow without bound: past a limit, finished jobs are dropped unreported,
 * their statuses kept for `wait`. An interactive shell reports them at the next prompt, so it
 * allows many more before losing reports. */
static void prune_done(void)
{
    int limit = sh.interactive ? 1024 : 64;
    if (nall <= limit)
        return;
    for (int i = nall - 1; i >= 0; i--)
        if (all[i]->id > 0 && !all[i]->foreground && jobs_is_done(all[i]))
            jobs_remove(all[i]);
}

struct job *jobs_first(void)
{
    int n;
    struct job **list = listed(&n), *best = NULL;
    for (int i = 0; i < n; i++)
        if (list[i]->id > 0 && (!best || list[i]->id < best->id))
            best = list[i];
    return best;
}

struct job *jobs_next(struct job *j)
{
    int n;
    struct job **list = listed(&n), *best = NULL;
    for (int i = 0; i < n; i++)
        if (list[i]->id > j->id && (!best || list[i]->id < best->id))
            best = list[i];
    return best;
}

struct job *jobs_tracked(int i)
{
    return i >= 0 && i < nall ? all[i] : NULL;
}

struct job *jobs_find_pid(pid_t pid)
{
    for (int i = 0; i < nall; i++)
        for (int k = 0; k < all[i]->nprocs; k++)
            if (all[i]->procs[k].pid == pid)
                return all[i];
    return NULL;
}

bool jobs_is_done(const struct job *j)
{
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].state != PROC_DONE)
            return false;
    return true;
}

bool jobs_is_stopped(const struct job *j)
{
    bool stopped = false;
    for (int i = 0; i < j->nprocs; i++) {
        if (j->procs[i].state == PROC_RUNNING)
            return false;
        stopped |= j->procs[i].state == PROC_STOPPED;
    }
    return stopped;
}

static int proc_value(const struct process *p)
{
    return p->state == PROC_RUNNING ? 0 : wstatus_value(p->wstatus);
}

/* The process whose status is the job's: the last one, or with pipefail the last that failed
 * (XCU 2.9.2); for a stopped job, a stopped one. -1 for a job without processes. */
static int status_proc(const struct job *j)
{
    if (j->nprocs == 0)
        return -1;
    if (jobs_is_stopped(j)) {
        for (int i = j->nprocs - 1; i >= 0; i--)
            if (j->procs[i].state == PROC_STOPPED)
                return i;
    }
    if (opt.pipefail) {
        for (int i = j->nprocs - 1; i >= 0; i--)
            if (proc_value(&j->procs[i]) != 0)
                return i;
    }
    return j->nprocs - 1;
}

int jobs_status(const struct job *j)
{
    int i = status_proc(j);
    return i < 0 ? 0 : proc_value(&j->procs[i]);
}

/* %+ is the most recently stopped job, else the most recently started or continued one;
 * %- is the next in that order. */
static bool ranks_above(const struct job *a, const struct job *b)
{
    bool sa = jobs_is_stopped(a), sb = jobs_is_stopped(b);
    if (sa != sb)
        return sa;
    return a->last_active > b->last_active;
}

static void current_jobs(struct job **cur, struct job **prev)
{
    *cur = *prev = NULL;
    int n;
    struct job **list = listed(&n);
    for (int i = 0; i < n; i++) {
        struct job *j = list[i];
        if (j->id <= 0)
            continue;
        if (!*cur || ranks_above(j, *cur)) {
            *prev = *cur;
            *cur = j;
        } else if (!*prev || ranks_above(j, *prev)) {
            *prev = j;
        }
    }
}

char jobs_mark(const struct job *j)
{
    struct job *cur, *prev;
    current_jobs(&cur, &prev);
    return j == cur ? '+' : j == prev ? '-' : ' ';
}

void jobs_touch(struct job *j)
{
    j->last_active = ++clock_tick;
}

/* ---- Reaping ---------------------------------------------------------------------------- */

static void record(pid_t pid, int st)
{
    struct job *j = jobs_find_pid(pid);
    if (!j) {
        /* A child outside the table (disowned, or not registered): keep its status only. */
        if (WIFEXITED(st) || WIFSIGNALED(st))
            save_status(pid, st);
        return;
    }
    bool was_stopped = jobs_is_stopped(j);
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
    if (jobs_is_stopped(j) && !was_stopped) {
        j->notified = false;
        jobs_touch(j);
    } else if (jobs_is_done(j)) {
        j->notified = false;
    }
}

/* Async-signal-safe: waitpid and stores into the ring only. */
void jobs_on_sigchld(void)
{
    int saved_errno = errno;
    while (ring_len < RING_MAX && !opt.lazyreap) { /* lazyreap: jobs_reap decides */
        int st;
        pid_t pid = waitpid(-1, &st, WNOHANG | WUNTRACED | WCONTINUED);
        if (pid <= 0)
            break;
        ring[ring_len].pid = pid;
        ring[ring_len].wstatus = st;
        ring_len = ring_len + 1;
    }
    errno = saved_errno;
}

void jobs_reap(void)
{
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    trap_got_sigchld = 0;
    reap_no_children = false;
    for (int i = 0; i < ring_len; i++) {
        reap_generation++;
        record(ring[i].pid, ring[i].wstatus);
    }
    ring_len = 0;
    for (;;) {
        int st;
        pid_t pid = jobs_lazy_waitpid(&st);
        if (pid == 0)
            break;
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            reap_no_children = errno == ECHILD;
            break;
        }
        reap_generation++;
        record(pid, st);
    }
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
        if (interruptible && trap_pending && (r = trap_pending_signal()) > 0)
            break;
        if (interruptible && sh.interactive && trap_got_sigint) {
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

/* ---- The terminal (XCU 2.11; glibc manual "Implementing a Job Control Shell") ----------- */

/* tcsetpgrp from a background process group raises SIGTTOU unless it is blocked: a shell
 * with set -m in a script does not ignore it. */
static void give_terminal(pid_t pgid)
{
    if (jobs_tty_fd < 0 || pgid <= 0)
        return;
    sigset_t ttou, old;
    sigemptyset(&ttou);
    sigaddset(&ttou, SIGTTOU);
    sigprocmask(SIG_BLOCK, &ttou, &old);
    tcsetpgrp(jobs_tty_fd, pgid);
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* quiet: for set -m in a script (jobs_control_ensure): no messages, and no waiting to be put
 * in the foreground either (a background script keeps its process groups but not the tty). */
static int control_setup(bool quiet)
{
    if (jobs_tty_fd < 0) {
        int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd < 0 && isatty(STDIN_FILENO))
            fd = dup(STDIN_FILENO);
        if (fd < 0 && isatty(STDERR_FILENO))
            fd = dup(STDERR_FILENO);
        if (fd < 0) {
            if (!quiet)
                error_msg("can't access tty; job control turned off");
            return -1;
        }
        /* Out of the way of user redirections (XCU 2.7 lets scripts use 0-9). */
        int high = fd_dup_high(fd);
        close(fd);
        if (high < 0) {
            if (!quiet)
                error_errno("job control: cannot keep the terminal open");
            return -1;
        }
        jobs_tty_fd = high;
    }
    /* Wait until we are in the foreground: a background shell stops itself (SIGTTIN) until
     * its parent continues it in the foreground. Bounded, in case SIGTTIN cannot stop us. */
    for (int tries = 0;; tries++) {
        pid_t fg = tcgetpgrp(jobs_tty_fd);
        if (fg < 0) {
            if (!quiet)
                error_errno("cannot get the terminal's process group");
            goto fail;
        }
        if (fg == getpgrp())
            break;
        if (quiet || tries == 50) {
            if (!quiet)
                error_msg("cannot become the terminal's foreground process group");
            goto fail;
        }
        struct sigaction dfl, old;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        sigaction(SIGTTIN, &dfl, &old);
        kill(-getpgrp(), SIGTTIN);
        sigaction(SIGTTIN, &old, NULL);
    }
    original_pgid = getpgrp();
    if (sh.interactive)
        trap_set_interactive(true);
    /* Our own process group; a session leader already is one (setpgid then fails). */
    if (getpgrp() != getpid() && setpgid(0, 0) < 0) {
        if (!quiet)
            error_errno("cannot create a process group");
        goto fail;
    }
    shell_pgid = getpgrp();
    give_terminal(shell_pgid);
    have_shell_tmodes = tcgetattr(jobs_tty_fd, &shell_tmodes) == 0;
    return 0;
fail:
    close(jobs_tty_fd);
    jobs_tty_fd = -1;
    return -1;
}

int jobs_control_init(void)
{
    return control_setup(false);
}

void jobs_control_ensure(void)
{
    static bool tried;
    if (tried || jobs_tty_fd >= 0 || !jobs_control_active())
        return;
    tried = true;
    control_setup(true);
}

void jobs_control_end(void)
{
    if (jobs_tty_fd < 0 || sh.subshell)
        return;
    if (original_pgid > 0 && original_pgid != shell_pgid)
        give_terminal(original_pgid);
}

/* ---- Reports ------------------------------------------------------------------------------ */

/* "Running", "Done", "Exit 3", "Terminated", "Stopped", "Stopped(SIGTTIN)"... (bash's words,
 * strsignal for signals). */
static const char *state_text(const struct job *j, char *buf, size_t size)
{
    if (!jobs_is_done(j) && !jobs_is_stopped(j))
        return "Running";
    int i = status_proc(j);
    if (i < 0)
        return "Done";
    int st = j->procs[i].wstatus;
    if (j->procs[i].state == PROC_STOPPED) {
        int sig = WSTOPSIG(st);
        if (sig == SIGTSTP)
            return "Stopped";
        snprintf(buf, size, "Stopped(SIG%s)", trap_signal_name(sig) ? trap_signal_name(sig) : "?");
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
    if (jc)
        give_terminal(j->pgid);
    /* Without job control a stopped child is not ours to report: keep waiting. */
    while (!jobs_is_done(j) && !(jc && jobs_is_stopped(j)))
        if (jobs_wait_event(false) < 0)
            mark_lost(j);
    j->foreground = false;

    bool stopped = !jobs_is_done(j);
    int i = status_proc(j);
    int st = i >= 0 ? j->procs[i].wstatus : 0;
    if (jc && jobs_tty_fd >= 0) {
        if (stopped)
            j->has_tmodes = tcgetattr(jobs_tty_fd, &j->tmodes) == 0;
        give_terminal(shell_pgid);
        /* A job that stopped or was killed may have left the terminal in its own modes: put
         * ours back. One that exited normally keeps its changes (that is how `stty` works). */
        if ((stopped || WIFSIGNALED(st)) && have_shell_tmodes)
            tcsetattr(jobs_tty_fd, TCSADRAIN, &shell_tmodes);
        else if (!stopped)
            have_shell_tmodes = tcgetattr(jobs_tty_fd, &shell_tmodes) == 0;
    }
    int status = jobs_status(j);
    if (stopped) {
        number_job(j);
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

void jobs_background(struct job *j)
{
    drop_parent_jobs();
    prune_done();
    number_job(j);
    j->foreground = false;
    jobs_touch(j);
    if (j->nprocs > 0)
        sh.last_bg_pid = j->procs[j->nprocs - 1].pid;
    if (sh.interactive) {
        fprintf(stderr, "[%d] %ld\n", j->id, (long)sh.last_bg_pid);
        fflush(stderr);
    }
}

int jobs_continue(struct job *j, bool foreground)
{
    bool jc = jobs_control_active() && j->pgid > 0;
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].state == PROC_STOPPED)
            j->procs[i].state = PROC_RUNNING;
    j->notified = false;
    jobs_touch(j);
    if (foreground && jc) {
        /* The job's modes first, while the shell still owns the terminal: tcsetattr from the
         * background raises SIGTTOU, which give_terminal only blocks around tcsetpgrp, and a
         * non-interactive shell with set -m does not ignore it (it would stop for good). */
        if (j->has_tmodes && jobs_tty_fd >= 0)
            tcsetattr(jobs_tty_fd, TCSADRAIN, &j->tmodes);
        give_terminal(j->pgid);
    }
    if (jc) {
        if (kill(-j->pgid, SIGCONT) < 0 && errno != ESRCH)
            error_errno("kill (%ld)", (long)j->pgid);
    } else {
        for (int i = 0; i < j->nprocs; i++)
            if (j->procs[i].state != PROC_DONE)
                kill(j->procs[i].pid, SIGCONT);
    }
    if (!foreground)
        return 0;
    return jobs_wait_foreground(j);
}

/* ---- Job specs (XCU 3.204 job ID) ------------------------------------------------------------ */

struct job *jobs_find_spec(const char *spec, const char *who)
{
    struct job *cur, *prev;
    current_jobs(&cur, &prev);
    if (!spec) {
        if (!cur)
            error_msg("%s: current: no such job", who);
        return cur;
    }
    struct job *found = NULL;
    const char *s = spec[0] == '%' ? spec + 1 : spec;
    if (spec[0] == '%' && (!*s || !strcmp(s, "%") || !strcmp(s, "+"))) {
        found = cur;
    } else if (spec[0] == '%' && !strcmp(s, "-")) {
        found = prev;
    } else if (*s >= '0' && *s <= '9') {
        char *end;
        long n = strtol(s, &end, 10);
        if (!*end)
            for (struct job *j = jobs_first(); j; j = jobs_next(j))
                if (j->id == n)
                    found = j;
    } else if (spec[0] == '%') {
        /* %?str: text contains str; %str: text starts with it. Two matches are ambiguous. */
        bool contains = *s == '?';
        const char *want = contains ? s + 1 : s;
        for (struct job *j = jobs_first(); j; j = jobs_next(j)) {
            bool match = contains ? strstr(j->text, want) != NULL
                                  : strncmp(j->text, want, strlen(want)) == 0;
            if (!match)
                continue;
            if (found) {
                error_msg("%s: %s: ambiguous job spec", who, want);
                return NULL;
            }
            found = j;
        }
    }
    if (!found)
        error_msg("%s: %s: no such job", who, spec);
    return found;
}

/* ---- Leaving, hanging up, suspending --------------------------------------------------------- */

/* Async-signal-safe (kill only; the table cannot change shape meanwhile, see table_lock). */
void jobs_hangup_all(void)
{
    int saved_errno = errno;
    for (int i = 0; i < nall; i++) {
        struct job *j = all[i];
        if (j->disowned || j->nohup) /* the foreground job (id 0) too */
            continue;
        bool stopped = false, live = false;
        for (int k = 0; k < j->nprocs; k++) {
            stopped |= j->procs[k].state == PROC_STOPPED;
            live |= j->procs[k].state != PROC_DONE;
        }
        if (!live) /* its group may be gone, its number reused */
            continue;
        if (j->pgid > 0) {
            kill(-j->pgid, SIGHUP);
            if (stopped)
                kill(-j->pgid, SIGCONT);
            continue;
        }
        for (int k = 0; k < j->nprocs; k++) {
            if (j->procs[k].state == PROC_DONE)
                continue;
            kill(j->procs[k].pid, SIGHUP);
            if (stopped)
                kill(j->procs[k].pid, SIGCONT);
        }
    }
    errno = saved_errno;
}

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

int jobs_suspend_shell(void)
{
    if (jobs_tty_fd >= 0 && have_shell_tmodes)
        tcgetattr(jobs_tty_fd, &shell_tmodes);
    fflush(stdout);
    fflush(stderr);
    /* SIGSTOP cannot be ignored: whoever started us (a parent shell) sees us stop and takes
     * the terminal back. When continued, wait to be in the foreground again as at start-up. */
    if (kill(getpid(), SIGSTOP) < 0) {
        error_errno("suspend");
        return 1;
    }
    if (jobs_tty_fd >= 0 && jobs_control_active()) {
        for (int tries = 0; tries < 50; tries++) {
            pid_t fg = tcgetpgrp(jobs_tty_fd);
            if (fg < 0 || fg == getpgrp())
                break;
            struct sigaction dfl, old;
            memset(&dfl, 0, sizeof dfl);
            dfl.sa_handler = SIG_DFL;
            sigemptyset(&dfl.sa_mask);
            sigaction(SIGTTIN, &dfl, &old);
            kill(-getpgrp(), SIGTTIN);
            sigaction(SIGTTIN, &old, NULL);
        }
        give_terminal(shell_pgid);
        if (have_shell_tmodes)
            tcsetattr(jobs_tty_fd, TCSADRAIN, &shell_tmodes);
    }
    return 0;
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
