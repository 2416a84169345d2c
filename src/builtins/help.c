/* help.c — the help builtin (conch's own): lists the builtins with their usage lines from the
 * table in table.c, or prints the help paragraph of the named ones, or of a topic below. */
#include "config.h"

#include "builtins/builtins.h"
#include "shell/options.h"
#include "lib/error.h"

#include <stdio.h>
#include <string.h>

/* Topics that are not builtins: the modes, the lessons and the compound commands (XCU 2.9.4),
 * these named by their first reserved word. ORDER: the lesson titles are doc/LESSONS.md's
 * headings (tests/lessons-doc.py compares them). Searched in order; a builtin of the same
 * name comes first. */
static const struct topic {
    const char *name, *usage, *help;
} topics[] = {
    {"if", "if list; then list; [elif list; then list;]... [else list;] fi",
     "Run the first list; if its status is 0, run the list after `then`. Otherwise try each\n"
     "elif in turn, and if none succeeds run the else list. The status is that of the last\n"
     "command run, or 0 when no condition succeeded and there is no else."},
    {"for", "for name [in word...]; do list; done",
     "Expand the words (without `in`, the positional parameters \"$@\"), then set NAME to\n"
     "each field in turn and run the list. The status is that of the last command run, 0 if\n"
     "the list never ran."},
    {"while", "while list; do list; done",
     "Run the first list; while its status is 0, run the body and repeat. The status is\n"
     "the body's last status, 0 if it never ran. break and continue act on the loop."},
    {"until", "until list; do list; done",
     "Like while, but the body runs while the first list's status is not 0."},
    {"case", "case word in [(]pattern[|pattern]...) list ;; ... esac",
     "Expand WORD and run the list of the first pattern that matches it (patterns as in\n"
     "pathname expansion, quoted parts literal). `;&` instead of `;;` goes on into the next\n"
     "list. The status is that of the list run, 0 if none matched."},
    {"{", "{ list; }",
     "Run the list in the current shell (a group): redirections apply to all of it, and\n"
     "variable assignments and cd stay."},
    {"(", "( list )",
     "Run the list in a subshell: a copy of the shell, so assignments, cd and traps made\n"
     "inside do not reach the shell after it."},
    {"!", "! pipeline",
     "Run the pipeline and invert its status: 0 becomes 1, anything else 0."},
    {"function", "name() compound-command [redirections]",
     "Define a function NAME: running NAME runs the compound command with the arguments as\n"
     "positional parameters; `return` leaves it. In conch mode `function name { ...; }` is\n"
     "the same (as in bash and ksh)."},
    {"lessons", "help lessons (doc/LESSONS.md)",
     "Short lessons about processes, to type at a conch prompt; doc/LESSONS.md gives\n"
     "each one's commands, what you will see, and the fact it shows:\n"
     " 1. Every process has a PID and a parent\n"
     " 2. fork, then exec, keeps the PID\n"
     " 3. File descriptors 0, 1, 2, and a pipe\n"
     " 4. Process states: R, S, T\n"
     " 5. Exit statuses, and why\n"
     " 6. Killed by a signal: 128+N\n"
     " 7. Plain kill sends SIGTERM\n"
     " 8. The signal table\n"
     " 9. Handlers; KILL and STOP cannot be caught\n"
     "10. A zombie, that kill -9 cannot remove\n"
     "11. Orphans are adopted\n"
     "12. Process groups and the terminal\n"
     "13. Closing a terminal sends SIGHUP\n"
     "14. Watching the shell reap: set -o lazyreap"},
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
    {"time", "time [-p] [pipeline]",
     "conch mode's reserved word: run the pipeline, then write its real, user and system\n"
     "times to stderr as TIMEFORMAT says (%R %U %S, with a precision digit and l for\n"
     "minutes, %P, %%; unset: bash's default; empty: nothing), or in POSIX's format with\n"
     "-p. In POSIX mode `time` is the utility found in PATH."},
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
        for (int i = 0; (b = builtin_at(i)) != NULL; i++) /* conch mode's only there */
            printf("  %s\n", b->usage);
        fputs("Topics: ", stdout);
        for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
            printf("%s%s", i ? ", " : "", topics[i].name);
        putchar('\n');
    }
    for (int i = first; i < argc; i++) {
        const struct builtin *b = builtin_find_any(argv[i]);
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
