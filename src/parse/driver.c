/* driver.c — the parser driver (parse.h): feeds tokens from the scanner through the token filter
 * into Bison parser frames, one frame per complete command and per nested $( ... ). */
#include "config.h"

#include "parse/parse.h"
#include "parse/parse_int.h"

#include "lib/arena.h"
#include "lib/error.h"
#include "parse/ast.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct parser {
    struct source *src;
    struct scan *scan;
    char *name; /* for messages; NULL for none */
    bool eof;
};

/* Nested $( ), backquotes and here-document texts in progress. Each level costs C stack, so
 * absurd nesting is a syntax error rather than a crash. */
enum { MAX_NESTING = 1000 };
static int nesting;

static int run_frame(struct scan *s, int start, struct pctx *pc);

/* conch mode: the ( w1 [i]=w2 ... ) of NAME=( (SCAN_ARRAY), read as tokens of the same
 * scanner: words, with newlines between them, up to the ')'. Aliases and reserved words are
 * not looked for there (bash neither). Returns 0, or -1 after an error message. */
static int read_array(struct scan *s, struct pctx *pc)
{
    struct array_elem *head = NULL, **tail = &head;
    bool open = false;
    for (;;) {
        SHSTYPE lval;
        SHLTYPE lloc = { scan_lineno(s) };
        memset(&lval, 0, sizeof lval);
        int tok = scan_lex(s, &lval, &lloc);
        if (tok == SCAN_CMDSUB) {
            struct pctx inner = { .arena = pc->arena, .name = pc->name };
            if (run_frame(s, TOK_START_CMDSUB, &inner) < 0)
                return -1;
            scan_cmdsub_done(s, inner.result);
            continue;
        }
        if (tok == SCAN_ERROR)
            return -1;
        if (tok == SCAN_ARRAY) { /* a=(b=(...)): arrays do not nest */
            error_at(pc->name, lloc.first_line, "syntax error near unexpected token '('");
            return -1;
        }
        if (!open) { /* the scanner left the '(' in the input: it comes first */
            open = tok == '(';
            if (open)
                continue;
        } else if (tok == TOK_NEWLINE) {
            continue;
        } else if (tok == ')') {
            scan_array_done(s, head);
            return 0;
        } else if (tok == TOK_WORD && !word_has_array(lval.word)) {
            struct word *w = lval.word;
            struct array_elem *e = arena_alloc(pc->arena, sizeof *e);
            e->value = w;
            bool append;
            if (w->parts[0].kind == PART_LIT && !w->parts[0].quoted && w->parts[0].lit_len > 0
                && w->parts[0].lit.text[0] == '[')
                subscript_split(pc->arena, w, 0, &e->index, &e->value, &append);
            *tail = e;
            tail = &e->next;
            continue;
        }
        if (tok == TOK_END)
            error_at(pc->name, lloc.first_line, "syntax error: unexpected end of file in an array");
        else
            error_at(pc->name, lloc.first_line, "syntax error near unexpected token '%s'",
                     classify_token_text(pc->arena, tok, &lval));
        return -1;
    }
}

/* Runs one parser frame: the grammar pulls the start token, then tokens from the scanner
 * (parse_lex) until the start rule has been reduced (PCTX_DONE). A `$(` inside a word runs a
 * nested frame on the same scanner from parse_lex; the frame's grammar decides which ')' ends
 * it, then the word goes on. Returns 0, or -1 after an error message. */
static int run_frame(struct scan *s, int start, struct pctx *pc)
{
    if (nesting >= MAX_NESTING) {
        error_at(pc->name, scan_lineno(s), "syntax error: commands nested too deeply");
        return -1;
    }
    nesting++;
    pc->scan = s;

    struct classify cl;
    struct classify *outer = scan_filter(s);
    classify_init(&cl, s);
    pc->filter = &cl;
    pc->start = start;
    /* A syntax error (reported by the grammar) or a scanner error leaves start unset. */
    int rc = shparse(pc) == 0 && pc->start == PCTX_DONE ? 0 : -1;
    scan_set_filter(s, outer); /* the frame around this $( ), if any */
    nesting--;
    return rc;
}

/* What parse_lex (parser.y) does with the scanner's driver-only tokens, until the filter gives
 * one for the grammar: that one, or TOK_SHerror after a message. Out of line, loop included:
 * parse_lex runs for every token, this rarely, and yyparse's registers are better spent. */
int driver_token(struct pctx *pc, int tok, SHSTYPE *lval)
{
    for (; tok >= SCAN_CMDSUB; tok = classify_next(pc->filter, lval, &lval->loc)) {
        if (tok == SCAN_CMDSUB) {
            struct pctx inner = { .arena = pc->arena, .name = pc->name };
            if (run_frame(pc->scan, TOK_START_CMDSUB, &inner) < 0)
                return TOK_SHerror; /* reported: the parser gives up without a message */
            scan_cmdsub_done(pc->scan, inner.result);
        } else if (tok != SCAN_ARRAY || read_array(pc->scan, pc) != 0) {
            return TOK_SHerror; /* SCAN_ERROR, or a bad array: reported */
        }
    }
    return tok;
}

void parse_report_unexpected(struct pctx *ctx, int line)
{
    if (ctx->scan)
        scan_echo_error_line(ctx->scan);
    if (ctx->last_tok == TOK_END && ctx->backquote)
        error_at(ctx->name, line, "syntax error: unexpected end of the `...` command");
    else if (ctx->last_tok == TOK_END)
        error_at(ctx->name, line, "syntax error: unexpected end of file");
    else
        error_at(ctx->name, line, "syntax error near unexpected token '%s'",
                 classify_token_text(ctx->arena, ctx->last_tok, ctx->lval));
}

/* ---- Nested parses for the scanner ----------------------------------------------------------- */

/* Scanners for backquotes and here-document texts, kept for reuse. They nest (a here-document
 * inside a backquote...), so they are taken from and returned to a small stack; what does not
 * fit is freed. Pooled scanners stay reachable until exit. */
enum { POOL_MAX = 8 };
static struct {
    struct scan *scan;
    struct source *src;
} pool[POOL_MAX];
static int npool;

static struct scan *nested_get(const char *text, size_t len, const char *name, int lineno,
                               struct arena *a, struct source **srcp)
{
    struct scan *s;
    if (npool > 0) {
        npool--;
        s = pool[npool].scan;
        *srcp = pool[npool].src;
        source_reset_mem(*srcp, text, len);
        scan_reset(s, *srcp, name, lineno);
    } else {
        *srcp = source_new_mem(text, len);
        s = scan_new(*srcp, name, lineno);
    }
    scan_set_arena(s, a);
    return s;
}

static void nested_put(struct scan *s, struct source *src)
{
    if (npool < POOL_MAX) {
        pool[npool].scan = s;
        pool[npool].src = src;
        npool++;
    } else {
        scan_free(s);
        source_free(src);
    }
}

int driver_parse_backquote(struct scan *outer, const char *text, size_t len, int lineno,
                           struct node **out)
{
    struct source *src;
    struct scan *s = nested_get(text, len, scan_name(outer), lineno, scan_arena(outer), &src);
    struct pctx pc = { .arena = scan_arena(outer), .name = scan_name(outer), .backquote = true };
    int rc = run_frame(s, TOK_START_BQ, &pc);
    *out = pc.result;
    nested_put(s, src);
    return rc;
}

struct word *driver_parse_text(struct arena *a, const char *text, size_t len, const char *name,
                               int lineno)
{
    if (nesting >= MAX_NESTING) {
        error_at(name, lineno, "syntax error: commands nested too deeply");
        return NULL;
    }
    nesting++;
    struct source *src;
    struct scan *s = nested_get(text, len, name, lineno, a, &src);
    scan_begin_text(s);
    struct word *w = NULL;
    for (;;) {
        SHSTYPE lval;
        SHLTYPE lloc;
        int tok = scan_lex(s, &lval, &lloc);
        if (tok == SCAN_CMDSUB) {
            struct pctx inner = { .arena = a, .name = name };
            if (run_frame(s, TOK_START_CMDSUB, &inner) < 0)
                break;
            scan_cmdsub_done(s, inner.result);
            continue;
        }
        if (tok == TOK_WORD)
            w = lval.word;
        break;
    }
    nested_put(s, src);
    nesting--;
    return w;
}

/* ---- parse.h --------------------------------------------------------------------------------- */

static struct parser *parser_new(struct source *src, const char *name, int first_line)
{
    struct parser *p = xcalloc(1, sizeof *p);
    p->src = src;
    p->name = name ? xstrdup(name) : NULL;
    p->scan = scan_new(src, p->name, first_line);
    /* set -v echoes what every parser reads: scripts, -c strings, the prompt, eval, dot files
     * and trap actions (as bash does), but not nested parses of text already read. */
    scan_set_echo(p->scan, true);
    return p;
}

/* Standard input is shared with the commands the shell runs, so it is read with care (one line
 * at a time, read-ahead given back). A script file's descriptor belongs to the shell alone and
 * is read in blocks: a long script parses as fast as the scanner allows. */
struct parser *parser_new_fd(int fd, const char *name)
{
    return parser_new(source_new_fd(fd, fd == STDIN_FILENO), name, 1);
}

struct parser *parser_new_string(const char *text, const char *name, int first_line)
{
    return parser_new(source_new_mem(text, strlen(text)), name, first_line);
}

struct parser *parser_new_interactive(const struct line_reader *reader)
{
    return parser_new(source_new_interactive(reader), NULL, 1);
}

void parser_fd_moved(int from, int to)
{
    source_fd_moved(from, to);
}

void parser_free(struct parser *p)
{
    if (!p)
        return;
    scan_free(p->scan);
    source_free(p->src);
    free(p->name);
    free(p);
}

enum parse_status parser_next(struct parser *p, struct node **cmd, struct arena **arena)
{
    *cmd = NULL;
    *arena = NULL;
    bool interactive = source_is_interactive(p->src);
    if (p->eof && !interactive)
        return PARSE_EOF;
    p->eof = false;

    struct arena *a = arena_new();
    scan_set_arena(p->scan, a);
    source_command_start(p->src);
    struct pctx pc = { .arena = a, .name = p->name };
    int rc = run_frame(p->scan, TOK_START_LINE, &pc);
    bool interrupted = source_take_interrupt(p->src);

    if (rc == 0 && !interrupted) {
        source_sync(p->src);
        p->eof = pc.at_eof;
        if (!pc.result) {
            arena_unref(a);
            return pc.at_eof ? PARSE_EOF : PARSE_OK;
        }
        *cmd = pc.result;
        *arena = a;
        return PARSE_OK;
    }

    /* A syntax error (already reported) or Ctrl-C at a prompt: drop the partial command and
     * the rest of its line, so the next call starts afresh. */
    scan_recover(p->scan, !interrupted);
    source_sync(p->src);
    arena_unref(a);
    return interrupted ? PARSE_OK : PARSE_ERROR;
}

int parser_lineno(const struct parser *p)
{
    int n = scan_lineno(p->scan) - 1;
    return n > 0 ? n : 1;
}

struct word *parse_dquoted_text(struct arena *a, const char *text, const char *name)
{
    return driver_parse_text(a, text, strlen(text), name, 1);
}

int parse_check_string(const char *text, const char *name)
{
    struct parser *p = parser_new_string(text, name, 1);
    int status = 0;
    for (;;) {
        struct node *cmd;
        struct arena *a;
        enum parse_status r = parser_next(p, &cmd, &a);
        arena_unref(a);
        if (r == PARSE_EOF)
            break;
        if (r == PARSE_ERROR) {
            status = 2;
            break;
        }
    }
    parser_free(p);
    return status;
}
