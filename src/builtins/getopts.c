/* getopts.c — the getopts utility (XCU getopts): parses options of the positional parameters
 * (or of its own operands) one per call, keeping its place in OPTIND and in a small state. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* OPTIND names the argument after the one being worked on, so inside a group like -abc the
 * position within it must be remembered between calls. The position is trusted only while
 * OPTIND still holds the value this code stored: any assignment to OPTIND (OPTIND=1 to start
 * over, a `local OPTIND`, ...) makes it different and starts afresh at that argument. */
static struct {
    intmax_t optind; /* the value last stored in OPTIND, 0 for none */
    int sub;         /* next letter within argv[optind - 2]; 0: start at argv[optind - 1] */
} state;

static intmax_t current_optind(void)
{
    const char *s = vars_get("OPTIND");
    if (!s || !isdigit((unsigned char)*s))
        return 1;
    char *end;
    intmax_t v = strtoimax(s, &end, 10);
    return *end || v < 1 ? 1 : v;
}

static int store(const char *name, const char *value, intmax_t optind, int sub, const char *optarg)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%jd", optind);
    int bad = vars_set(name, value, 0) != 0;
    bad |= vars_set("OPTIND", buf, 0) != 0;
    if (optarg)
        bad |= vars_set("OPTARG", optarg, 0) != 0;
    else
        bad |= vars_unset("OPTARG") != 0;
    state.optind = optind;
    state.sub = sub;
    return bad ? 2 : 0;
}

/* XCU getopts: returns 0 with the option letter (or '?' / ':' for errors) in name, 1 at the
 * end of options (name set to '?', OPTIND to the first operand). */
int builtin_getopts(int argc, char **argv)
{
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    argc -= first - 1; /* past a "--": argv[1] is the option string */
    argv += first - 1;
    if (argc < 3)
        return builtin_usage_error("getopts", "missing operand");
    const char *spec = argv[1], *name = argv[2];
    if (!is_name(name, strlen(name))) {
        error_msg("getopts: %s: bad variable name", name);
        return 2;
    }
    bool silent = spec[0] == ':';
    if (silent)
        spec++;
    char **args = argc > 3 ? argv + 3 : sh.params;
    intmax_t nargs = argc > 3 ? argc - 3 : sh.nparams;

    intmax_t optind = current_optind();
    int sub = optind == state.optind ? state.sub : 0;
    if (sub > 0 && (optind < 2 || optind - 2 >= nargs || (size_t)sub >= strlen(args[optind - 2])))
        sub = 0;
    const char *word;
    if (sub == 0) {
        /* XCU getopts: at the end of options OPTIND is the first operand's index, or $# + 1
         * without operands, even when OPTIND was left past them (by an earlier, longer list). */
        if (optind - 1 >= nargs)
            return store(name, "?", nargs + 1, 0, NULL) ? 2 : 1;
        word = args[optind - 1];
        if (word[0] != '-' || word[1] == '\0')
            return store(name, "?", optind, 0, NULL) ? 2 : 1;
        if (strcmp(word, "--") == 0)
            return store(name, "?", optind + 1, 0, NULL) ? 2 : 1;
        sub = 1;
        optind++;
    } else {
        word = args[optind - 2];
    }

    char letter[2] = {word[sub++], '\0'};
    bool group_done = word[sub] == '\0';
    const char *p = letter[0] != ':' ? strchr(spec, letter[0]) : NULL;
    if (!p) {
        if (!silent) {
            error_msg("-%c: invalid option", letter[0]);
            return store(name, "?", optind, group_done ? 0 : sub, NULL);
        }
        return store(name, "?", optind, group_done ? 0 : sub, letter);
    }
    if (p[1] != ':')
        return store(name, letter, optind, group_done ? 0 : sub, NULL);
    /* The option argument: the rest of this word, else the whole next one. */
    if (!group_done)
        return store(name, letter, optind, 0, word + sub);
    if (optind - 1 < nargs)
        return store(name, letter, optind + 1, 0, args[optind - 1]);
    if (!silent) {
        error_msg("-%c: option requires an argument", letter[0]);
        return store(name, "?", optind, 0, NULL);
    }
    return store(name, ":", optind, 0, letter);
}
