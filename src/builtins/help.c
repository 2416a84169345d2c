/* help.c — the help builtin (conch's own): lists the builtins with their usage lines from the
 * table in table.c, or prints the help paragraph of the named ones. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"

#include <stdio.h>

static void print_help(const struct builtin *b)
{
    printf("%s: %s\n    ", b->name, b->usage);
    for (const char *p = b->help; *p; p++) {
        putchar(*p);
        if (*p == '\n')
            fputs("    ", stdout);
    }
    putchar('\n');
}

int builtin_help(int argc, char **argv)
{
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    int status = 0;
    if (first >= argc) {
        puts("Builtin utilities ('help NAME' describes one):");
        const struct builtin *b;
        for (int i = 0; (b = builtin_at(i)) != NULL; i++)
            printf("  %s\n", b->usage);
    }
    for (int i = first; i < argc; i++) {
        const struct builtin *b = builtin_find(argv[i]);
        if (b) {
            print_help(b);
        } else {
            fflush(stdout);
            error_msg("help: %s: not a builtin", argv[i]);
            status = 1;
        }
    }
    if (builtin_flush("help"))
        status = 1;
    return status;
}
