/* history.c — the history builtin: lists the history list of front/hist.c (reached through
 * shell/histlist.h) with its numbers, or empties it (-c). Not in POSIX; `fc -l` is the portable way to list. */
#include "config.h"

#include "builtins/builtins.h"
#include "shell/histlist.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int builtin_history(int argc, char **argv)
{
    struct builtin_opts o = {0};
    bool clear = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "c")) != -1) {
        if (c == '?')
            return 2;
        clear = true;
    }
    if (clear) {
        histlist_clear();
        return 0;
    }
    int first = histlist_first(), last = histlist_last();
    if (o.index < argc) {
        if (o.index + 1 < argc)
            return builtin_usage_error("history", "too many arguments");
        char *end;
        errno = 0;
        long n = strtol(argv[o.index], &end, 10);
        if (!*argv[o.index] || *end || errno || n < 0)
            return builtin_usage_error("history", "%s: numeric argument required", argv[o.index]);
        if (n < (long)last - first + 1)
            first = (int)(last - n + 1);
    }
    for (int i = first; i <= last; i++) {
        const char *line = histlist_get(i);
        if (line)
            printf("%5d  %s\n", i, line);
    }
    return builtin_flush("history");
}
