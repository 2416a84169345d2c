/* shopt.c — the shopt builtin (conch mode, as bash): the glob, pattern, pipeline and alias
 * options of options.h by name, and with -o the names of set -o. Not found in POSIX mode. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/options.h"

#include <stdio.h>
#include <string.h>

enum { SHOW_TABLE, SHOW_REINPUT, SHOW_QUIET };

/* One option, as `shopt` prints it (bash's layout: the name padded to 15, a tab, on/off). */
static void show(const char *name, bool on, bool o, int how)
{
    if (how == SHOW_REINPUT) {
        if (o)
            printf("set %co %s\n", on ? '-' : '+', name);
        else
            printf("shopt %s %s\n", on ? "-s" : "-u", name);
    } else if (how == SHOW_TABLE) {
        printf("%-15s\t%s\n", name, on ? "on" : "off");
    }
}

static const char *name_at(int i, bool **flag, bool o, bool *end)
{
    if (!o) {
        const char *n = options_shopt_at(i, flag);
        *end = !n;
        return n;
    }
    return options_name_at(i, flag, end);
}

/* Without names: every option, or with -s / -u only those on / off. */
static int list(bool o, int how, int only)
{
    bool end = false, *flag;
    for (int i = 0; !end; i++) {
        const char *n = name_at(i, &flag, o, &end);
        if (n && (only < 0 || *flag == (bool)only))
            show(n, *flag, o, how);
    }
    return builtin_flush("shopt");
}

static bool *find(const char *name, bool o)
{
    if (!o)
        return options_shopt_find(name);
    bool end = false, *flag;
    for (int i = 0; !end; i++) {
        const char *n = name_at(i, &flag, o, &end);
        if (n && strcmp(n, name) == 0)
            return flag;
    }
    return NULL;
}

int builtin_shopt(int argc, char **argv)
{
    struct builtin_opts g = {0};
    bool set = false, unset = false, o = false;
    int how = SHOW_TABLE, c;
    while ((c = builtin_getopt(&g, argc, argv, "psuqo")) != -1) {
        switch (c) {
        case 'p': how = SHOW_REINPUT; break;
        case 'q': how = SHOW_QUIET; break;
        case 's': set = true; break;
        case 'u': unset = true; break;
        case 'o': o = true; break;
        default: return 2;
        }
    }
    if (set && unset) {
        error_msg("shopt: cannot set and unset shell options simultaneously");
        return 1;
    }
    if (g.index >= argc)
        return list(o, how == SHOW_QUIET ? SHOW_QUIET : how, set ? 1 : unset ? 0 : -1);
    int status = 0;
    for (int i = g.index; i < argc; i++) {
        bool *flag = find(argv[i], o);
        if (!flag) {
            error_msg("shopt: %s: invalid %s name", argv[i], o ? "option" : "shell option");
            status = 1;
            continue;
        }
        if (set || unset) {
            if (o)
                options_set_name(argv[i], set); /* posix, vi/emacs have side effects */
            else
                *flag = set;
            continue;
        }
        show(argv[i], *flag, o, how);
        if (!*flag)
            status = 1;
    }
    int r = builtin_flush("shopt");
    return status ? status : r;
}
