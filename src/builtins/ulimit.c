/* ulimit.c — the ulimit utility (XCU ulimit, extended as in other shells): prints or sets the
 * shell's resource limits with getrlimit/setrlimit; children inherit them. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

struct limit {
    char option;
    int resource;
    rlim_t unit; /* bytes per unit shown (XCU ulimit -f: 512-byte blocks) */
    const char *what;
};

/* ORDER: the option letters here and the usage line in table.c. */
static const struct limit limits[] = {
    {'c', RLIMIT_CORE, 512, "core file size (blocks)"},
    {'d', RLIMIT_DATA, 1024, "data segment size (kbytes)"},
    {'f', RLIMIT_FSIZE, 512, "file size (blocks)"},
    {'n', RLIMIT_NOFILE, 1, "open files"},
    {'s', RLIMIT_STACK, 1024, "stack size (kbytes)"},
    {'t', RLIMIT_CPU, 1, "cpu time (seconds)"},
    {'v', RLIMIT_AS, 1024, "virtual memory (kbytes)"},
};

static void print_value(rlim_t v, rlim_t unit)
{
    if (v == RLIM_INFINITY)
        puts("unlimited");
    else
        printf("%ju\n", (uintmax_t)(v / unit));
}

int builtin_ulimit(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool hard = false, soft = false, all = false;
    const struct limit *lim = &limits[2]; /* -f by default */
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "HSacdfnstv")) != -1) {
        switch (c) {
        case '?': return 2;
        case 'H': hard = true; break;
        case 'S': soft = true; break;
        case 'a': all = true; break;
        default:
            for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++)
                if (limits[i].option == c)
                    lim = &limits[i];
        }
    }
    if (argc - o.index > 1 || (all && o.index < argc))
        return builtin_usage_error("ulimit", "too many arguments");

    if (all || o.index >= argc) {
        /* Printing shows the soft limit unless -H alone was given. */
        bool show_hard = hard && !soft;
        for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++) {
            const struct limit *l = all ? &limits[i] : lim;
            struct rlimit rl;
            if (getrlimit(l->resource, &rl) != 0) {
                error_errno("ulimit");
                return 1;
            }
            if (all)
                printf("-%c: %-28s", l->option, l->what);
            print_value(show_hard ? rl.rlim_max : rl.rlim_cur, l->unit);
            if (!all)
                break;
        }
        return builtin_flush("ulimit");
    }

    const char *arg = argv[o.index];
    rlim_t value;
    if (strcmp(arg, "unlimited") == 0) {
        value = RLIM_INFINITY;
    } else {
        char *end;
        errno = 0;
        uintmax_t v = strtoumax(arg, &end, 10);
        if (!isdigit((unsigned char)*arg) || *end || errno ||
            v > (uintmax_t)(RLIM_INFINITY - 1) / lim->unit) {
            error_msg("ulimit: %s: invalid number", arg);
            return 2;
        }
        value = (rlim_t)v * lim->unit;
    }
    struct rlimit rl;
    if (getrlimit(lim->resource, &rl) != 0) {
        error_errno("ulimit");
        return 1;
    }
    /* Without -H or -S both limits are set (XCU ulimit sets "the hard and soft" limit). */
    if (hard || !soft)
        rl.rlim_max = value;
    if (soft || !hard)
        rl.rlim_cur = value;
    if (setrlimit(lim->resource, &rl) != 0) {
        error_errno("ulimit: cannot set limit");
        return 1;
    }
    return 0;
}
