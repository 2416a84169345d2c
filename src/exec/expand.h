/* expand.h — word expansion (XCU 2.6): tilde, parameters, command substitution, arithmetic,
 * field splitting, pathname expansion and quote removal, in that order. */
#ifndef CONCH_EXPAND_H
#define CONCH_EXPAND_H

#include <stdbool.h>
#include <stdint.h>

struct word;
struct strvec;

/* All expansions, for command arguments and for-loop words: each word becomes zero or more
 * fields appended to out. Returns 0, or -1 after an error message (${x?}, set -u on an unset
 * variable, bad arithmetic, bad substitution); then the caller abandons the command, and
 * sh.flow is FLOW_ABORT in a non-interactive shell per XCU 2.8.1. */
int expand_words(const struct word *words, struct strvec *out);
/* Set with the -1 of expand_words / expand_command_words when the error was shopt failglob's
 * "no match" (conch mode): the command does not run and its status is 1, but the shell goes
 * on, as bash does. The caller clears it. */
extern bool expand_glob_failed;

/* expand_words for the words of a simple command: after a declaration utility (export,
 * readonly, local, possibly behind `command`), operands of the form NAME=value are expanded
 * like assignment values (one field, tilde after '=' and ':'), as POSIX 2024 requires. */
int expand_command_words(const struct word *words, struct strvec *out);

enum expand_mode {
    EXPAND_PLAIN,  /* redirection targets, case subject, here-doc bodies: no split, no glob */
    EXPAND_ASSIGN, /* NAME=value: also tilde after ':' and '=' (XCU 2.6.1) */
};
/* One word to one string, without field splitting or pathname expansion (quote removal done).
 * Returns malloc'd text, or NULL after an error message. */
char *expand_word_string(const struct word *w, enum expand_mode mode);

/* A word used as a pattern (case items, ${x#pat}): expanded without splitting or globbing, with
 * the characters that were quoted escaped by backslash so fnmatch() takes them literally.
 * Returns malloc'd text, or NULL after an error message. */
char *expand_word_pattern(const struct word *w);

/* Arithmetic (XCU 2.6.4, exec/arith.c + grammar/arith.y): evaluates the expanded text of a
 * $((...)). Variables are read and assigned through vars.h. Returns 0, or -1 after a message
 * (syntax error, division by zero). */
int arith_eval(const char *expr, intmax_t *result);

#endif
