/* expand_int.h — the pieces of word expansion (XCU 2.6) shared by expand.c, param.c, tilde.c,
 * split.c and pathname.c. Private to src/exec/: everyone else uses expand.h. */
#ifndef CONCH_EXPAND_INT_H
#define CONCH_EXPAND_INT_H

#include "lib/strbuf.h"

#include <stdbool.h>
#include <stddef.h>

struct part;
struct strvec;
struct word;

/* Where a character of an expanded word came from; decides field splitting (XCU 2.6.5) and
 * pathname expansion (2.6.6), which must never look at quoted characters. */
enum xclass {
    X_QUOTED,   /* quoted: never split, never a pattern character */
    X_LITERAL,  /* unquoted text of the word itself: a pattern character, never split */
    X_EXPANDED, /* unquoted result of an expansion: split at IFS and a pattern character */
};

/* Builds the fields of one word. Splitting happens as text arrives, so a "$@" boundary
 * (xp_break) and IFS delimiters are handled in one place and nothing is re-scanned. */
struct expander {
    struct strvec *out; /* fields go here; NULL: one string (expand_word_string / _pattern) */
    bool pattern;       /* string mode for a pattern: quoted pattern characters get a backslash */
    struct strbuf text; /* the field being built, quotes removed */
    bool started;       /* the field exists even if empty ("" or a quoted expansion) */
    bool ws_ended;      /* the last field ended at IFS white space, which a following
                           non-white-space delimiter joins (XCU 2.6.5 3.b) */
    bool has_glob;      /* an unquoted * ? or [ is in the field */
    size_t *qpos;       /* offsets in text of quoted characters special to glob(), escaped */
    size_t nq, qcap;    /* before pathname expansion */
    char *glob_fail;    /* shopt failglob: the first field that matched nothing (malloc'd) */
};

/* split.c */
void xp_init(struct expander *x, struct strvec *out, bool pattern);
void xp_release(struct expander *x);
void xp_add(struct expander *x, const char *s, size_t n, enum xclass cls);
/* A boundary between positional parameters of $@ / unquoted $*: ends the field (if any) in
 * field mode; in string mode joins with the first character of IFS, as dash does. */
void xp_break(struct expander *x);
/* End of the word: emits the last field if it exists. */
void xp_finish(struct expander *x);
/* String mode: the result (malloc'd); the expander is left empty. */
char *xp_take_string(struct expander *x);

/* expand.c: expands w's parts into x. */
enum {
    XP_QUOTED = 1 << 0,  /* inside a quoted ${...}: everything is quoted */
    XP_INPARAM = 1 << 1, /* the word after an unquoted ${x-word}: its literal text is part of
                            the expansion's result, so it is split like one */
    XP_TILDE = 1 << 2,   /* tilde expansion at the start */
    XP_ASSIGN = 1 << 3,  /* and after unquoted ':' (assignment values) */
};
int expand_parts(struct expander *x, const struct word *w, unsigned flags);
/* Expands w to a string (no splitting, no globbing). flags: XP_TILDE, XP_ASSIGN. NULL after
 * an error message. */
char *expand_string(const struct word *w, unsigned flags, bool pattern);
/* "conch: FILE: line N: msg" (or "conch: msg" at the interactive prompt); sets $? to 2. */
void expand_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* param.c: one PARAM part (XCU 2.6.2). */
int param_expand(struct expander *x, const struct part *p, bool quoted);
/* What a parameter stands for, for the operator of its part: a list ($@, $*, ${a[@]}) or
 * a value (NULL: unset). */
struct param_value {
    const char *name; /* for messages */
    bool all, star;   /* a list; star: joined like $* */
    char *const *list;
    int n;
    const char *val;
    bool set, null;
    bool special;     /* ${x=word} cannot assign to it */
};
/* Applies p's operator to pv (param.c). */
int param_expand_value(struct expander *x, const struct part *p, bool quoted, const struct param_value *pv);
/* array.c, conch mode: a PARAM part with a subscript (${a[i]}, ${a[@]}, ${#a[@]}, ${!a[@]}). */
int array_expand_param(struct expander *x, const struct part *p, bool quoted);
/* The value of a parameter or variable by name ("1", "#", "HOME"...), NULL if unset; buf
 * holds numbers. */
const char *param_value(const char *name, char buf[32]);
/* paramx.c: the conch-mode (bash) operators, PARAM_SUBSTR and after, and ${!name...}. */
int paramx_expand(struct expander *x, const struct part *p, bool quoted);
/* paramx's operators (substring, substitution, case, @Q...) on an array's value or elements
 * (array.c: ${a[i]/p/r}, "${a[@]:1}"). */
int paramx_expand_value(struct expander *x, const struct part *p, bool quoted, const struct param_value *pv);

/* tilde.c: s[0] == '~' in unquoted text. If s[0..n) starts with a tilde prefix that ends in
 * this text (at '/', at ':' when colon_ends, or at its end when at_end), adds the expansion as
 * quoted text and returns the length of the prefix; otherwise returns 0. */
size_t expand_tilde_prefix(struct expander *x, const char *s, size_t n, bool colon_ends, bool at_end);

/* brace.c (conch mode): true if an unquoted literal part of w holds a '{'. */
bool brace_has_open(const struct word *w);
/* Brace expansion of w: calls fn(word, ctx) for each resulting word in order (the words live
 * until fn returns). Returns 0, -1 if fn did, or -1 after a message (too many words). */
int brace_expand(const struct word *w, int (*fn)(const struct word *, void *), void *ctx);

/* pathname.c: emits the finished field x->text, replaced by the matching pathnames if any
 * (XCU 2.6.6). Called only when the field has an unquoted pattern character. */
void pathname_expand(struct expander *x);
/* True if pat (backslash-escaped as for glob) has an unescaped * ? or bracket expression. */
bool pathname_is_pattern(const char *pat);

#endif
