/* command.c — the command utility (XCU command): runs a name skipping functions and taking
 * special builtins' special properties away (exec_argv in exec/simple.c), or says how the
 * name would be found (-v short, -V in type's words). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"
#include "shell/alias.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* XCU 2.4. ORDER: the same list as parse/classify.c and builtins/type.c. */
static const char *const reserved[] = {"!",  "{",    "}",    "case",  "do", "done", "elif", "else",
                                       "esac", "fi", "for", "if", "in", "then", "until", "while"};

/* XCU command -v: a path for utilities found in PATH, the name for builtins, functions and
 * reserved words, and an alias definition that can be read back. */
static bool describe_short(const char *name, const char *path)
{
    if (strcmp(name, "time") == 0 && options_extensions()) {
        puts(name); /* conch mode's keyword (parse/classify.c) */
        return true;
    }
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(name, reserved[i]) == 0) {
            printf("%s\n", name);
            return true;
        }
    const char *alias = alias_get(name);
    if (alias) {
        printf("alias %s=", name);
        vars_print_quoted(alias);
        putchar('\n');
        return true;
    }
    if (functions_find(name) || builtin_find(name)) {
        printf("%s\n", name);
        return true;
    }
    char *file = search_path_in(name, path);
    bool found = file && access(file, X_OK) == 0;
    if (found)
        printf("%s\n", file);
    free(file);
    return found;
}

int builtin_command(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    unsigned lookup = EXEC_LOOKUP_NOFUNC | EXEC_LOOKUP_NOSPECIAL;
    int describe = 0, c;
    while ((c = builtin_getopt(&o, argc, argv, "pvV")) != -1) {
        if (c == '?')
            return 2;
        if (c == 'p')
            lookup |= EXEC_LOOKUP_DEFPATH;
        else
            describe = c;
    }
    if (o.index >= argc)
        return 0;
    /* XCU command -p: the default PATH for the search, with -v and -V too (dash, bash). */
    const char *path = (lookup & EXEC_LOOKUP_DEFPATH) ? search_default_path() : NULL;
    if (describe == 'V') {
        /* The same words as `type`, which looks names up in the same order. */
        int n = argc - o.index + 2;
        char **targv = xmalloc((size_t)(n + 1) * sizeof *targv);
        targv[0] = "command"; /* messages name the utility the user ran */
        targv[1] = "--";      /* the operands are names, never options of type */
        memcpy(targv + 2, argv + o.index, (size_t)(n - 1) * sizeof *targv); /* with the NULL */
        int status = builtin_type_in(n, targv, path);
        free(targv);
        return status;
    }
    if (describe == 'v') {
        int status = 0;
        for (int i = o.index; i < argc; i++)
            if (!describe_short(argv[i], path))
                status = 1;
        return builtin_flush("command") ? 1 : status;
    }
    return exec_argv(argc - o.index, argv + o.index, lookup);
}
