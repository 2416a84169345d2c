/* help.c — the help builtin (conch's own): lists the builtins with their usage lines from the
 * table in table.c, or prints the help paragraph of the named ones, or of a topic below. */
#include "config.h"

#include "builtins/builtins.h"
#include "shell/options.h"
#include "lib/error.h"

#include <stdio.h>
#include <string.h>

/* Topics that are not builtins: the modes, and (in time) the reserved words. */
static const struct topic {
    const char *name, *usage, *help;
} topics[] = {
    {"posix", "set -o posix | sh | conch --posix | POSIXLY_CORRECT=1",
     "conch has two modes and one grammar. In conch mode (the default when it runs\n"
     "as `conch`) it accepts the ksh/bash extensions its manual lists. In POSIX mode\n"
     "it is a strict POSIX shell: each extension is a syntax error that names the\n"
     "construct and the portable way to write it, and where a construct has a POSIX\n"
     "meaning it keeps that meaning (`echo {a,b}` prints {a,b}; `cmd &>f` runs `cmd &`\n"
     "and then `>f`). POSIX mode is on when conch is invoked as `sh` (or `-sh`), with\n"
     "--posix or -o posix, or when POSIXLY_CORRECT is in the environment at start-up;\n"
     "`set -o posix` and `set +o posix` switch at any time, for the lines read after.\n"
     "Entering POSIX mode turns braceexpand and histexpand off."},
};

static void print_paragraph(const char *name, const char *usage, const char *help)
{
    printf("%s: %s\n    ", name, usage);
    for (const char *p = help; *p; p++) {
        putchar(*p);
        if (*p == '\n')
            fputs("    ", stdout);
    }
    putchar('\n');
}

static const struct topic *find_topic(const char *name)
{
    for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
        if (strcmp(topics[i].name, name) == 0)
            return &topics[i];
    return NULL;
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
            if (!(b->flags & BUILTIN_CONCH) || options_extensions()) /* shopt: conch mode */
                printf("  %s\n", b->usage);
        fputs("Topics: ", stdout);
        for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
            printf("%s%s", i ? ", " : "", topics[i].name);
        putchar('\n');
    }
    for (int i = first; i < argc; i++) {
        const struct builtin *b = builtin_find(argv[i]);
        const struct topic *t = find_topic(argv[i]);
        if (b) {
            print_paragraph(b->name, b->usage, b->help);
        } else if (t) {
            print_paragraph(t->name, t->usage, t->help);
        } else {
            fflush(stdout);
            error_msg("help: %s: not a builtin or topic", argv[i]);
            status = 1;
        }
    }
    if (builtin_flush("help"))
        status = 1;
    return status;
}
