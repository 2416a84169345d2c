/* fg.c — the fg builtin (XCU fg): brings a job of exec/jobs.h to the foreground and waits. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <stdio.h>

static int run_fg(int argc, char **argv)
{
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    if (!jobs_control_active()) {
        error_msg("fg: no job control");
        return 1;
    }
    if (argc - first > 1)
        return builtin_usage_error("fg", "too many arguments");
    struct job *j = jobs_find_spec(first < argc ? argv[first] : NULL, "fg");
    if (!j)
        return 1;
    if (jobs_is_done(j)) {
        error_msg("fg: job has terminated");
        jobs_remove(j);
        return 1;
    }
    /* XCU fg: "the command line of the job shall be written to standard output". */
    printf("%s\n", j->text);
    fflush(stdout);
    return jobs_continue(j, true);
}

/* set -o lazyreap holds finished background jobs as zombies until this builtin runs. */
int builtin_fg(int argc, char **argv)
{
    jobs_lazy_pause(true);
    int status = run_fg(argc, argv);
    jobs_lazy_pause(false);
    return status;
}
