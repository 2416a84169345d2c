/* jobs.c — the jobs builtin (XCU jobs): lists the job table of exec/jobs.h; reporting a job
 * that finished drops it, as a notification would. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"

#include <stdbool.h>
#include <stdio.h>

static void show(struct job *j, char mode)
{
    if (mode == 'p') {
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

int builtin_jobs(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    char mode = 0;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "lp")) != -1) {
        if (c == '?')
            return 2;
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
