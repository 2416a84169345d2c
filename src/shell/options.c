/* options.c — the shell options (XCU set, 2.14) by letter and by -o name, and $-.
 * Read everywhere through the global `opt`; changed by `set`, the command line and `local -`. */
#include "config.h"

#include "shell/options.h"
#include "shell/specials.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct options opt = {.expand_aliases = true}; /* shopt expand_aliases: on in both modes (XCU 2.3.1) */

/* ORDER: the table is the order of `set -o` / `set +o` listings and of the letters in $-. */
static const struct {
    const char *name; /* NULL: only a letter (-i, -s) */
    char letter;      /* 0: only a name */
    size_t offset;
} table[] = {
    {"allexport", 'a', offsetof(struct options, allexport)},
    {"notify", 'b', offsetof(struct options, notify)},
    {"noclobber", 'C', offsetof(struct options, noclobber)},
    {"errexit", 'e', offsetof(struct options, errexit)},
    {"errtrace", 'E', offsetof(struct options, errtrace)},
    {"noglob", 'f', offsetof(struct options, noglob)},
    {"hashall", 'h', offsetof(struct options, hashall)},
    {NULL, 'i', offsetof(struct options, interactive)},
    {"monitor", 'm', offsetof(struct options, monitor)},
    {"noexec", 'n', offsetof(struct options, noexec)},
    {NULL, 's', offsetof(struct options, stdin_cmds)},
    {"nounset", 'u', offsetof(struct options, nounset)},
    {"verbose", 'v', offsetof(struct options, verbose)},
    {"xtrace", 'x', offsetof(struct options, xtrace)},
    {"pipefail", 0, offsetof(struct options, pipefail)},
    {"ignoreeof", 0, offsetof(struct options, ignoreeof)},
    {"nolog", 0, offsetof(struct options, nolog)},
    {"vi", 0, offsetof(struct options, vi)},
    {"emacs", 0, offsetof(struct options, emacs)},
    {"dumpast", 0, offsetof(struct options, dumpast)},
    {"explain", 0, offsetof(struct options, explain)},
    {"explainbrief", 0, offsetof(struct options, explainbrief)},
    {"posix", 0, offsetof(struct options, posix)},
    {"braceexpand", 'B', offsetof(struct options, braceexpand)},
    {"histexpand", 'H', offsetof(struct options, histexpand)},
    {"lazyreap", 0, offsetof(struct options, lazyreap)},
};
enum { NOPTIONS = sizeof table / sizeof table[0] };

static bool *flag(size_t i) { return (bool *)((char *)&opt + table[i].offset); }

/* ORDER: alphabetical, as `shopt` lists them (bash does too); the fields in options.h. */
static const struct {
    const char *name;
    size_t offset;
} shopt_table[] = {
    {"cdable_vars", offsetof(struct options, cdable_vars)},
    {"dotglob", offsetof(struct options, dotglob)},
    {"expand_aliases", offsetof(struct options, expand_aliases)},
    {"extglob", offsetof(struct options, extglob)},
    {"failglob", offsetof(struct options, failglob)},
    {"globstar", offsetof(struct options, globstar)},
    {"hostcomplete", offsetof(struct options, hostcomplete)},
    {"lastpipe", offsetof(struct options, lastpipe)},
    {"nocaseglob", offsetof(struct options, nocaseglob)},
    {"nocasematch", offsetof(struct options, nocasematch)},
    {"nullglob", offsetof(struct options, nullglob)},
    {"progcomp", offsetof(struct options, progcomp)},
};
enum { NSHOPT = sizeof shopt_table / sizeof shopt_table[0] };

bool *options_shopt_find(const char *name)
{
    for (size_t i = 0; i < NSHOPT; i++)
        if (strcmp(shopt_table[i].name, name) == 0)
            return (bool *)((char *)&opt + shopt_table[i].offset);
    return NULL;
}

const char *options_shopt_at(int i, bool **flag)
{
    if (i < 0 || (size_t)i >= NSHOPT)
        return NULL;
    *flag = (bool *)((char *)&opt + shopt_table[i].offset);
    return shopt_table[i].name;
}

const char *options_name_at(int i, bool **f, bool *last)
{
    *last = i < 0 || (size_t)i >= NOPTIONS;
    if (*last || !table[i].name)
        return NULL;
    *f = flag((size_t)i);
    return table[i].name;
}
/* Options that exist only in conch mode: POSIX mode knows no such name, and does not list
 * it (so `set +o` output read back in POSIX mode does not fail). */
static bool conch_only(size_t i) { return flag(i) == &opt.lazyreap || flag(i) == &opt.errtrace; }

void options_set_posix(bool on)
{
    opt.posix = on;
    if (!on)
        specials_init(false); /* RANDOM, SECONDS... appear with conch mode (not at start-up:
                                 main calls it once the environment is imported) */
    /* POSIX (XCU 2.3.1) expands aliases in scripts too; shopt cannot turn it off there. */
    if (on)
        opt.expand_aliases = true;
    opt.braceexpand = !on;
    if (on)
        opt.lazyreap = opt.errtrace = false;
    opt.histexpand = !on && opt.interactive;
}

static void set_index(size_t i, bool on)
{
    if (flag(i) == &opt.posix) {
        options_set_posix(on);
        return;
    }
    *flag(i) = on;
    /* The two line-editing modes exclude each other. */
    if (on && flag(i) == &opt.vi)
        opt.emacs = false;
    else if (on && flag(i) == &opt.emacs)
        opt.vi = false;
}

/* Accepts -i and -s too (for the command line); `set` refuses them itself. */
int options_set_letter(char letter, bool on)
{
    for (size_t i = 0; i < NOPTIONS; i++) {
        if (table[i].letter && table[i].letter == letter) {
            if (conch_only(i) && !options_extensions())
                return -1;
            set_index(i, on);
            return 0;
        }
    }
    return -1;
}

int options_set_name(const char *name, bool on)
{
    for (size_t i = 0; i < NOPTIONS; i++) {
        if (table[i].name && strcmp(table[i].name, name) == 0) {
            if (conch_only(i) && !options_extensions())
                return -1;
            set_index(i, on);
            return 0;
        }
    }
    return -1;
}

int options_get_name(const char *name)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (table[i].name && strcmp(table[i].name, name) == 0)
            return *flag(i);
    return -1;
}

const char *options_flags(void)
{
    static char buf[NOPTIONS + 1];
    size_t n = 0;
    for (size_t i = 0; i < NOPTIONS; i++)
        if (table[i].letter && *flag(i))
            buf[n++] = table[i].letter;
    buf[n] = '\0';
    return buf;
}

void options_print(bool reinput)
{
    for (size_t i = 0; i < NOPTIONS; i++) {
        if (!table[i].name || (conch_only(i) && !options_extensions()))
            continue;
        if (reinput)
            printf("set %co %s\n", *flag(i) ? '-' : '+', table[i].name);
        else
            printf("%-15s\t%s\n", table[i].name, *flag(i) ? "on" : "off");
    }
}
