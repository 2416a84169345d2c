/* disown.c — the disown builtin (bash's, not in POSIX): takes jobs out of exec/jobs.h's table,
 * or with -h keeps them but spares them the SIGHUP a leaving login shell sends. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/jobs.h"

#include <stdbool.h>

static void drop(struct job *j, bool keep, bool running_only)
{
    if (running_only && (jobs_is_stopped(j) || jobs_is_done(j)))
        return;
    if (keep) {
        j->nohup = true;
        return;
    }
    j->disowned = true;
    jobs_remove(j);
}

int builtin_disown(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool all = false, keep = false, running_only = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "ahr")) != -1) {
        if (c == '?')
            return 2;
        all |= c == 'a';
        keep |= c == 'h';
        running_only |= c == 'r';
    }
    jobs_reap();
    if (all || (running_only && o.index >= argc)) {
        for (struct job *j = jobs_first(), *next; j; j = next) {
            next = jobs_next(j);
            drop(j, keep, running_only);
        }
        return 0;
    }
    if (o.index >= argc) {
        struct job *j = jobs_find_spec(NULL, "disown");
        if (!j)
            return 1;
        drop(j, keep, running_only);
        return 0;
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        struct job *j = jobs_find_spec(argv[i], "disown");
        if (!j) {
            status = 1;
            continue;
        }
        drop(j, keep, running_only);
    }
    return status;
}
