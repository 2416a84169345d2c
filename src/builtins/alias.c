/* alias.c — the alias utility (XCU alias): defines and prints aliases in the table of
 * shell/alias.c, which the parser consults for words in command position (XCU 2.3.1). */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/alias.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* XCU alias: the output format is "name=value" with the value quoted for re-input. */
static void print_alias(const char *name, const char *value, void *ctx)
{
    (void)ctx;
    printf("%s=", name);
    vars_print_quoted(value);
    putchar('\n');
}

/* XBD 3.10 alias name: characters of the portable set other than those the shell treats
 * specially; conch rejects only what could never be a command word. */
static bool valid_alias_name(const char *s, size_t len)
{
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++)
        if (strchr(" \t\n/$`'\"\\;&|<>()=", s[i]))
            return false;
    return true;
}

int builtin_alias(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "p")) != -1)
        if (c == '?')
            return 2;
    if (o.index >= argc) {
        alias_foreach(print_alias, NULL);
        return builtin_flush("alias");
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        const char *eq = strchr(argv[i], '=');
        if (!eq) {
            const char *value = alias_get(argv[i]);
            if (value) {
                print_alias(argv[i], value, NULL);
            } else {
                fflush(stdout);
                error_msg("alias: %s: not found", argv[i]);
                status = 1;
            }
            continue;
        }
        size_t len = (size_t)(eq - argv[i]);
        if (!valid_alias_name(argv[i], len)) {
            error_msg("alias: %.*s: invalid alias name", (int)len, argv[i]);
            status = 1;
            continue;
        }
        char *name = xstrndup(argv[i], len);
        alias_set(name, eq + 1);
        free(name);
    }
    if (builtin_flush("alias"))
        status = 1;
    return status;
}
