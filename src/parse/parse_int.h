/* parse_int.h — private contracts inside the parser: input sources (source.c), the scanner
 * (grammar/scanner.l), the token filter (classify.c), the grammar (parser.y) and driver.c. */
#ifndef CONCH_PARSE_INT_H
#define CONCH_PARSE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "parser.h" /* SHSTYPE, SHLTYPE, TOK_* */

struct arena;
struct line_reader;
struct node;
struct word;
struct array_elem;

/* ---- Input sources (source.c) ----------------------------------------------------------------
 * Where the scanner's characters come from. source_read is the scanner's YY_INPUT. */
struct source;

/* careful: never hand out more than one line per read, and give back read-ahead in
 * source_sync (for standard input, which commands share with the shell, XCU 2.1). */
struct source *source_new_fd(int fd, bool careful);
/* Copies text (len bytes). */
struct source *source_new_mem(const char *text, size_t len);
/* Makes a memory source read text (copied) from the start, keeping its buffer. */
void source_reset_mem(struct source *src, const char *text, size_t len);
/* Lines from the front end's reader (copied): PS1 for the first line of a command, PS2 after. */
struct source *source_new_interactive(const struct line_reader *reader);
void source_free(struct source *src);
/* Sources reading descriptor from read descriptor to from now on (parser_fd_moved). */
void source_fd_moved(int from, int to);
/* Fills buf with up to max bytes; 0 at end of input (or when interrupted). NUL bytes are
 * dropped: shell text cannot hold them. */
size_t source_read(struct source *src, char *buf, size_t max);
/* The next line read starts a new command (interactive: prompt with PS1). */
void source_command_start(struct source *src);
/* A command is complete: put back any read-ahead so commands see the rest of the input. */
void source_sync(struct source *src);
bool source_is_interactive(const struct source *src);
/* True if the reader's Ctrl-C (at a prompt) stopped the last read: the partial command is
 * dropped without a message. source_take_interrupt also clears it. */
bool source_interrupted(const struct source *src);
bool source_take_interrupt(struct source *src);

/* ---- Scanner (grammar/scanner.l) -------------------------------------------------------------
 * XCU 2.3 token recognition. Returns the grammar's TOK_* and character tokens, with words
 * (lval->word) built in the arena set by scan_set_arena, plus these driver-only results: */
enum {
    /* `$(` inside a word: the scanner now stands at the start of the inner command; the driver
     * parses it (START_CMDSUB) and hands the tree back with scan_cmdsub_done, then the word
     * goes on. */
    SCAN_CMDSUB = 1000, /* ORDER: the first and smallest of these (parse_lex tests >=) */
    /* A lexical error, already reported (bad substitution, unterminated quote, an error inside
     * a backquoted command or a here-document body). */
    SCAN_ERROR,
    /* conch mode: NAME=( in a word. The driver reads the '(', the element words and the ')'
     * from the scanner and hands the words back with scan_array_done; then the word goes on. */
    SCAN_ARRAY,
};

struct scan;

/* The scanner's flags the token filter reads for every token, inline: struct scan begins with
 * them (scanner.l), and only the functions below read them from outside. */
struct scan_flags {
    bool alias_next; /* an alias whose value ends in a blank just ended */
    bool saw_array;  /* some word so far holds a PART_ARRAY */
};

/* name: for messages (may be NULL). The scanner does not own src. */
struct scan *scan_new(struct source *src, const char *name, int first_line);
void scan_free(struct scan *s);
/* Makes s read src from the start, as if new (nested parses reuse scanners: creating one costs
 * more than scanning a short backquoted command). */
void scan_reset(struct scan *s, struct source *src, const char *name, int first_line);
void scan_set_arena(struct scan *s, struct arena *a);
struct arena *scan_arena(const struct scan *s);
const char *scan_name(const struct scan *s);
int scan_lex(struct scan *s, SHSTYPE *lval, SHLTYPE *lloc);
/* Completes the word suspended at `$(` with a command substitution of body (may be NULL). */
void scan_cmdsub_done(struct scan *s, struct node *body);
/* Completes the word suspended at NAME=( with the array's element words (linked by next). */
void scan_array_done(struct scan *s, struct array_elem *elems);
/* Whether any word of this scanner has had a PART_ARRAY: until then, classify need not look
 * for one in each word (most scripts have none). */
static inline bool scan_saw_array(const struct scan *s)
{
    return ((const struct scan_flags *)s)->saw_array;
}
/* Makes the scanner read its whole input as here-document text (XCU 2.7.4 rules), returning it
 * as one TOK_WORD at the end. For parse_dquoted_text and here-document bodies. */
void scan_begin_text(struct scan *s);
/* Line of the next character to be read. */
int scan_lineno(const struct scan *s);
/* With opt.verbose (set -v), write the input lines to standard error as they are consumed. */
void scan_set_echo(struct scan *s, bool on);
/* The token filter reading from s (classify_init sets it; a frame for $( ) puts the outer one
 * back when it ends), or NULL: asked at `((` (classify_dparen). */
struct classify;
void scan_set_filter(struct scan *s, struct classify *c);
struct classify *scan_filter(const struct scan *s);
/* Before a syntax error message under set -v: skip the rest of the faulty line now (recovery
 * would) and write it, so the line comes before the message, as it does in bash. */
void scan_echo_error_line(struct scan *s);

/* Aliases (XCU 2.3.1): the scanner reads value before the rest of the input. name stays busy (not
 * expanded again) until the token after the alias text has been classified. */
void scan_push_alias(struct scan *s, const char *name, const char *value);
bool scan_alias_busy(const struct scan *s, const char *name);
/* Releases aliases whose text has been read completely. scan_lex does it before each token
 * (the previous one has been classified by then). */
void scan_alias_release(struct scan *s);
/* True (once) if an alias whose value ends in a blank just ended: check the next word too. */
static inline bool scan_take_alias_next(struct scan *s)
{
    struct scan_flags *f = (struct scan_flags *)s;
    bool r = f->alias_next;
    f->alias_next = false;
    return r;
}
/* Conch mode, the right side of =~ in [[ ]]: the next word also takes unquoted ( ) and | and,
 * between parentheses, blanks and ; & < > (bash's regular expression word); off again when
 * classify.c has that word. */
void scan_set_regex(struct scan *s, bool on);
/* Conch mode, between [[ and ]]: ?( *( +( @( !( open extglob groups even with shopt extglob
 * off, as in bash. */
void scan_set_cond(struct scan *s, bool on);

/* After a syntax error: drops aliases, partial words, pending here-documents and nested states;
 * with discard_line, also skips the rest of the current input line. */
void scan_recover(struct scan *s, bool discard_line);

/* ---- Token filter (classify.c) ---------------------------------------------------------------
 * XCU 2.10.2 rules 1-9 between scanner and grammar: reserved words, NAME, ASSIGNMENT_WORD,
 * alias substitution. One per parser frame: a $( ... ) has its own. */
struct classify {
    struct scan *scan;
    int state;  /* enum cstate in classify.c */
    bool redir; /* the next word is a redirection target */
    int fn;     /* 1: `function` as a command name, 2: then a NAME (bash_function in classify.c) */
    const char *fn_name;
    /* An alias was just substituted where aliases were looked for: the first word of its
     * text is looked up too, whatever the state (XCU 2.3.1; `a1 a2` with a1='echo ' and
     * a2='a3 ' substitutes a3, as dash, bash --posix and mksh do). */
    bool alias_chain;
    bool decl; /* conch mode: the command is a declaration utility (declare a=(...) is valid) */
    bool regex; /* scan_set_regex is on for the next word (the right side of =~) */
};
void classify_init(struct classify *c, struct scan *s);
/* The next token for the grammar (or SCAN_CMDSUB / SCAN_ERROR, passed through unchanged). */
int classify_next(struct classify *c, SHSTYPE *lval, SHLTYPE *lloc);
/* For the scanner when it meets `((` (conch mode): whether the token filter c (scan_filter; may
 * be NULL) lets it open an arithmetic command (1) or a for (( )) header (2); 0 makes it `(` `(`. */
int classify_dparen(const struct classify *c);
/* The token as the user wrote it, for "near unexpected token 'X'" (arena for temporary text). */
const char *classify_token_text(struct arena *a, int tok, const SHSTYPE *lval);
/* XCU 2.4: s is one of the reserved words (recognized only where rule 1 or its cousins apply;
 * unparse.c must not write one where it would be). */
bool classify_is_reserved(const char *s);

/* ---- Grammar context (parser.y's %parse-param) ----------------------------------------------- */
struct pctx {
    struct arena *arena;   /* the command's arena */
    const char *name;      /* for messages */
    struct node *result;   /* what the start rule built (NULL: empty) */
    bool at_eof;           /* the command ended at the end of input */
    bool reported;         /* an action already reported an error */
    int last_tok;          /* the token just pushed, for error messages */
    const SHSTYPE *lval;   /* the parser's lookahead value: last_tok's, for error messages */
    struct scan *scan;     /* the scanner feeding this frame (set by run_frame) */
    bool backquote;        /* the text of a `...`: its end is not the end of the file */
    /* The start token parse_lex returns first, then 0; PCTX_DONE once the start rule has
     * been reduced (and the parser accepted: DONE in parser.y). */
    int start;
    struct classify *filter; /* where parse_lex takes the frame's tokens */
};
enum { PCTX_DONE = -1 };

/* For the grammar's yylex (parse_lex in parser.y), which hands over the frame's start token,
 * then the token filter's tokens: the driver-only tokens (SCAN_CMDSUB, SCAN_ARRAY, SCAN_ERROR),
 * tok the first. A $( ) inside a word is parsed by a frame of its own. Returns the next token
 * for the grammar (its value in lval), or TOK_SHerror after a message. */
int driver_token(struct pctx *pc, int tok, SHSTYPE *lval);

/* Reports a syntax error at the token in ctx->last_tok (driver.c). */
void parse_report_unexpected(struct pctx *ctx, int line);

/* ---- Nested parses the scanner asks for (driver.c) ------------------------------------------- */
/* `...`: text already unescaped; parsed with a fresh scanner into the outer scanner's arena.
 * Returns 0, or -1 after a message. */
int driver_parse_backquote(struct scan *outer, const char *text, size_t len, int lineno,
                           struct node **out);
/* Here-document text: a word of quoted literals and expansions, or NULL after a message. */
struct word *driver_parse_text(struct arena *a, const char *text, size_t len, const char *name,
                               int lineno);

#endif
