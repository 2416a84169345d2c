/* bg.c — the bg builtin (XCU bg): resumes stopped jobs of exec/jobs.h in the background. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <stdio.h>

static int resume(const char *spec)
{
    struct job *j = jobs_find_spec(spec, "bg");
    if (!j)
        return 1;
    if (jobs_is_done(j)) {
        error_msg("bg: job %d has terminated", j->id);
        return 1;
    }
    /* XCU bg: written as "[%d] %s\n"; bash's form with the current-job mark and " &". A job
     * the table says is running is reported the same way, with status 0 (dash, yash; bash
     * complains on stderr instead), and still sent SIGCONT, as dash does: `kill -s TSTP $!;
     * bg` must resume a job whose stop the shell has not reaped yet. */
    printf("[%d]%c %s &\n", j->id, jobs_mark(j), j->text);
    fflush(stdout);
    jobs_continue(j, false);
    return 0;
}

static int run_bg(int argc, char **argv)
{
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    if (!jobs_control_active()) {
        error_msg("bg: no job control");
        return 1;
    }
    if (first >= argc)
        return resume(NULL);
    int status = 0;
    for (int i = first; i < argc; i++)
        if (resume(argv[i]))
            status = 1;
    return status;
}

/* set -o lazyreap holds finished background jobs as zombies until this builtin runs. */
int builtin_bg(int argc, char **argv)
{
    jobs_lazy_pause(true);
    int status = run_bg(argc, argv);
    jobs_lazy_pause(false);
    return status;
}
