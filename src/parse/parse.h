/* parse.h — the parser driver: turns an input source into one complete command at a time.
 * Sits between input (file, string, Readline) and the executor; implemented by parse/driver.c on
 * top of grammar/scanner.l (tokens), parse/classify.c (XCU 2.10.2 rules) and grammar/parser.y. */
#ifndef CONCH_PARSE_H
#define CONCH_PARSE_H

#include <stdbool.h>

struct arena;
struct line_reader;
struct node;
struct parser;

/* Script text from a file descriptor (a script file, or standard input for `conch` / `conch -s`).
 * name is used in error messages ("conch: NAME: line N: ..."); may be NULL (then no file part).
 * The parser never reads past the end of the complete command it returns, so a command run from
 * a script on standard input sees the rest of the script (XCU 2.1: "the shell shall ensure that
 * the standard input file pointer points directly after the command it has read"): seekable
 * input is read in blocks and lseek'd back, other input line by line. The parser does not own fd. */
struct parser *parser_new_fd(int fd, const char *name);
/* Text held in memory: `-c` strings, `eval`, `.` files read whole, backquote bodies. The text is
 * copied. first_line is the line number of the text's first line ($LINENO, messages). */
struct parser *parser_new_string(const char *text, const char *name, int first_line);
/* The interactive prompt: lines come from reader (input.h; the front end's Readline with
 * PS1/PS2), which is copied. Here-document bodies and continuation lines are read with PS2. */
struct parser *parser_new_interactive(const struct line_reader *reader) __attribute__((nonnull));
void parser_free(struct parser *p);
/* The shell moved a descriptor that parsers made by parser_new_fd read from (exec/redir.c,
 * when a redirection needs its number): those still alive read from `to` from now on. */
void parser_fd_moved(int from, int to);

enum parse_status {
    PARSE_OK,    /* *cmd is the next complete command (NULL for an empty line or comment) */
    PARSE_EOF,   /* no more input */
    PARSE_ERROR, /* syntax error, already reported (conch: FILE: line N: syntax error ...);
                    the rest of the faulty line has been discarded */
};

/* Reads and parses the next complete command (XCU 2.10 complete_command up to its newline).
 * Aliases are expanded while parsing, so an alias defined by one command is in effect for the
 * next. On PARSE_OK *cmd and everything it points to live in *arena, which the caller now owns
 * (arena_unref when done; a function definition takes its own reference). On other results
 * *cmd is NULL and *arena is NULL. */
enum parse_status parser_next(struct parser *p, struct node **cmd, struct arena **arena);

/* Line number of the last line read (for $LINENO between commands). */
int parser_lineno(const struct parser *p);

/* Parses text as the inside of double quotes without the quotes (XCU 2.7.4 here-document rules:
 * only $, ` and \ are special, and \ only before $ ` \ newline): for here-doc bodies and for
 * expanding PS1/PS2/PS4. Returns a word allocated in arena a, or NULL after a message. */
struct word *parse_dquoted_text(struct arena *a, const char *text, const char *name);

/* Parses a whole string, for `conch -n` style checks and for tests: returns 0 if it is
 * syntactically valid, 2 after reporting the first error. */
int parse_check_string(const char *text, const char *name);

#endif
