/* type.c — the type utility (XCU type): tells how the shell would interpret each name, in the
 * order the executor looks names up: keyword, alias, special builtin, function, builtin, PATH. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"
#include "shell/alias.h"
#include "shell/functions.h"
#include "shell/options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* XCU 2.4 reserved words. ORDER: the same list as parse/classify.c. */
static const char *const reserved[] = {"!",  "{",    "}",    "case",  "do", "done", "elif", "else",
                                       "esac", "fi", "for", "if", "in", "then", "until", "while"};

static bool is_reserved(const char *name)
{
    if (strcmp(name, "time") == 0 && options_extensions())
        return true; /* conch mode's keyword (parse/classify.c) */
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(name, reserved[i]) == 0)
            return true;
    return false;
}

static bool is_executable_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode) && access(path, X_OK) == 0;
}

/* Prints the description of name; returns false if it is not found. */
static bool describe(const char *name, const char *pathvar)
{
    if (is_reserved(name)) {
        printf("%s is a shell keyword\n", name);
        return true;
    }
    const char *alias = alias_get(name);
    if (alias) {
        printf("%s is an alias for %s\n", name, alias);
        return true;
    }
    const struct builtin *b = builtin_find(name);
    if (b && (b->flags & BUILTIN_SPECIAL)) {
        printf("%s is a special shell builtin\n", name);
        return true;
    }
    if (functions_find(name)) {
        printf("%s is a shell function\n", name);
        return true;
    }
    if (b) {
        printf("%s is a shell builtin\n", name);
        return true;
    }
    char *path = search_path_in(name, pathvar);
    /* search_path returns a name with a slash as it is: check that it can run. */
    if (path && (!strchr(name, '/') || is_executable_file(path))) {
        printf("%s is %s\n", name, path);
        free(path);
        return true;
    }
    free(path);
    return false;
}

int builtin_type(int argc, char **argv)
{
    return builtin_type_in(argc, argv, NULL);
}

int builtin_type_in(int argc, char **argv, const char *path)
{
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    int status = 0;
    for (int i = first; i < argc; i++) {
        if (!describe(argv[i], path)) {
            fflush(stdout); /* keep the order of stdout and stderr lines on a terminal */
            error_msg("%s: %s: not found", argv[0], argv[i]); /* "command" for command -V */
            status = 1;
        }
    }
    if (builtin_flush(argv[0]))
        status = 1;
    return status;
}
