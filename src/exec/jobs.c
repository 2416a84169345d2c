/* jobs.c — the job table (XCU 2.11, XCU 2.9.3 async lists): jobs and their processes, saved
 * statuses, %+ and %-, job specs, hang-up. exec_fork registers here; reap.c reaps into it. */
#include "config.h"

#include "exec/jobs.h"
#include "exec/jobs_int.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "exec/explain.h"
#include "exec/sig.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

/* Every job the shell still tracks: numbered ones (the table proper) and the one being built or
 * waited for in the foreground (id 0), so that reaping finds all of their processes. */
static struct job **all;
static int nall, capall;
static unsigned long clock_tick; /* source of last_active */

/* Statuses of processes whose job is gone (reported, or reaped while unknown), so that
 * `wait $!` still answers after the job was dropped (XCU wait: "the last CHILD_MAX"). */
#define SAVED_MAX 256
static struct {
    pid_t pid;
    int wstatus;
} saved[SAVED_MAX];
static int saved_next;

static void hangup_all(void);

/* Signals whose handlers read the table (SIGHUP: hangup_all) are blocked while it
 * changes shape. Only an interactive shell's SIGHUP handler reads it (sig.c), and
 * sig_interactive changes only outside handlers: otherwise the two sigprocmask calls, made
 * for every command the shell forks, would guard nothing. Returns whether it blocked. */
static bool table_lock(sigset_t *old)
{
    if (!sig_interactive)
        return false;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_BLOCK, &set, old);
    return true;
}

static void table_unlock(bool locked, const sigset_t *old)
{
    if (locked)
        sigprocmask(SIG_SETMASK, old, NULL);
}

bool jobs_control_active(void)
{
    return opt.monitor && !sh.subshell;
}

/* Every process the shell waits for passes through here: no search for an older entry of the
 * same pid (a reused one), which cost a scan of the whole ring per command. The reader looks
 * from the newest entry back, so the older one is shadowed, as if overwritten. */
void jobs_save_status(pid_t pid, int wstatus)
{
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
    for (int k = 1; k <= SAVED_MAX; k++) {
        int i = (saved_next - k + SAVED_MAX) % SAVED_MAX;
        if (saved[i].pid == pid && pid > 0)
            return wstatus_value(saved[i].wstatus);
    }
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
    bool locked = table_lock(&old);
    if (nall == capall) {
        capall = capall ? capall * 2 : 8;
        all = xrealloc(all, capall * sizeof *all);
    }
    all[nall++] = j;
    /* With a job in the table, an interactive shell's SIGHUP has someone to reach (sig.c). */
    sig_hangup_hook = hangup_all;
    table_unlock(locked, &old);
    return j;
}

void jobs_add_process(struct job *j, pid_t pid, const char *text, bool own_group)
{
    char *copy = xstrdup(text ? text : "");
    sigset_t old;
    bool locked = table_lock(&old);
    j->procs = xrealloc(j->procs, (j->nprocs + 1) * sizeof *j->procs);
    struct process *p = &j->procs[j->nprocs];
    p->pid = pid;
    p->state = PROC_RUNNING;
    p->wstatus = 0;
    p->text = copy;
    j->nprocs++;
    if (own_group && j->pgid == 0)
        j->pgid = pid;
    table_unlock(locked, &old);
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
    bool locked = table_lock(&old);
    drop_from(all, &nall, j);
    table_unlock(locked, &old);
    drop_from(parent_jobs, &nparent, j);
    for (int i = 0; i < j->nprocs; i++)
        if (j->procs[i].state == PROC_DONE)
            jobs_save_status(j->procs[i].pid, j->procs[i].wstatus);
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
    bool locked = table_lock(&old);
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
    table_unlock(locked, &old);
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
void jobs_number(struct job *j)
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

/* conch mode's PIPESTATUS (shell/vars.h): the status of every stage. */
void jobs_record_pipestatus(const struct job *j)
{
    int small[16] = {0};
    int *st = j->nprocs <= 16 ? small : xmalloc(j->nprocs * sizeof *st);
    for (int i = 0; i < j->nprocs; i++)
        st[i] = proc_value(&j->procs[i]);
    vars_pipestatus_set(st, j->nprocs);
    if (st != small)
        free(st);
}

/* The process whose status is the job's: the last one, or with pipefail the last that failed
 * (XCU 2.9.2); for a stopped job, a stopped one. -1 for a job without processes. */
int jobs_status_proc(const struct job *j)
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
    int i = jobs_status_proc(j);
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

void jobs_background(struct job *j)
{
    drop_parent_jobs();
    prune_done();
    jobs_number(j);
    j->foreground = false;
    jobs_touch(j);
    if (j->nprocs > 0)
        sh.last_bg_pid = j->procs[j->nprocs - 1].pid;
    EXPLAIN_BRIEF(explain_job_started(j, false));
    if (sh.interactive) {
        fprintf(stderr, "[%d] %ld\n", j->id, (long)sh.last_bg_pid);
        fflush(stderr);
    }
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

/* ---- Hanging up ------------------------------------------------------------------------- */

/* The SIGHUP handler's part (sig_hangup_hook: interactive shell without a HUP trap): SIGHUP,
 * and SIGCONT to stopped ones, to every job neither disowned nor marked with `disown -h`.
 * Async-signal-safe (kill only; the table cannot change shape meanwhile, see table_lock). */
static void hangup_all(void)
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
