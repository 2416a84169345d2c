/* jobs.c — the jobs builtin (XCU jobs): lists the job table of exec/jobs.h; reporting a job
 * that finished drops it, as a notification would. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"
#include "shell/options.h"

#include "exec/trap.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

/* jobs -v (conch mode, a teaching aid): the kernel's view of one process, from the fields
 * after the command name in /proc/PID/stat (proc(5)): its state letter and process group.
 * False when the process is gone (reaped) or /proc is not there. */
static bool kernel_view(pid_t pid, char *state, long *pgrp)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *close = strrchr(buf, ')');
    long ppid;
    return close && sscanf(close + 1, " %c %ld %ld", state, &ppid, pgrp) == 3;
}

static void last_status(const struct process *p, char *buf, size_t size)
{
    int st = p->wstatus;
    const char *name;
    if (p->state == PROC_RUNNING) {
        snprintf(buf, size, "none yet (running)");
    } else if (p->state == PROC_STOPPED) {
        name = sig_name(WSTOPSIG(st));
        snprintf(buf, size, "stopped by SIG%s", name ? name : "?");
    } else if (WIFSIGNALED(st)) {
        name = sig_name(WTERMSIG(st));
        snprintf(buf, size, "killed by SIG%s%s ($? %d)", name ? name : "?",
                 WCOREDUMP(st) ? ", core dumped" : "", 128 + WTERMSIG(st));
    } else {
        snprintf(buf, size, "exited with %d", WEXITSTATUS(st));
    }
}

static void show_verbose(struct job *j)
{
    jobs_print(stdout, j, true);
    for (int i = 0; i < j->nprocs; i++) {
        const struct process *p = &j->procs[i];
        char state = '-', status[96];
        long pgrp = j->pgid;
        bool seen = kernel_view(p->pid, &state, &pgrp);
        last_status(p, status, sizeof status);
        printf("     %ld: pgid %ld, /proc state %c, last status: %s\n", (long)p->pid, pgrp,
               seen ? state : '-', status);
    }
}

static void show(struct job *j, char mode)
{
    if (mode == 'v') {
        show_verbose(j);
    } else if (mode == 'p') {
        long pid = j->pgid ? (long)j->pgid : j->nprocs ? (long)j->procs[0].pid : 0L;
        printf("%ld\n", pid);
    } else {
        jobs_print(stdout, j, mode == 'l');
    }
}

/* After a job's state has been shown it counts as reported (XCU 2.11). */
static void reported(struct job *j)
{
    if (jobs_is_done(j))
        jobs_remove(j);
    else
        j->notified = true;
}

static int run_jobs(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    char mode = 0;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "lpv")) != -1) {
        if (c == '?')
            return 2;
        if (c == 'v' && !options_extensions())
            return builtin_usage_error("jobs", "-v: invalid option");
        mode = (char)c;
    }
    jobs_reap();
    int status = 0;
    if (o.index < argc) {
        for (int i = o.index; i < argc; i++) {
            struct job *j = jobs_find_spec(argv[i], "jobs");
            if (!j) {
                status = 1;
                continue;
            }
            show(j, mode);
            if (mode != 'p')
                reported(j);
        }
        return status;
    }
    /* Marks are computed against the whole table, so print everything before dropping. */
    for (struct job *j = jobs_first(); j; j = jobs_next(j))
        show(j, mode);
    if (mode != 'p') {
        for (struct job *j = jobs_first(), *next; j; j = next) {
            next = jobs_next(j);
            reported(j);
        }
    }
    return status;
}

/* set -o lazyreap holds finished background jobs as zombies until this builtin runs. */
int builtin_jobs(int argc, char **argv)
{
    jobs_lazy_pause(true);
    int status = run_jobs(argc, argv);
    jobs_lazy_pause(false);
    return status;
}
