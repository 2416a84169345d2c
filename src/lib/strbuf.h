/* strbuf.h — growable malloc'd string, used wherever text is built piece by piece
 * (expansion results, command-substitution output, unparse, prompts). */
#ifndef CONCH_STRBUF_H
#define CONCH_STRBUF_H

#include <stddef.h>

/* Invariant: s is NUL-terminated whenever s != NULL. Zero-initialised ({0}) is an empty buffer. */
struct strbuf {
    char *s;
    size_t len, cap;
};

void sb_addc(struct strbuf *sb, char c);
void sb_addn(struct strbuf *sb, const char *s, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s in single quotes for re-input by the shell, each ' written as '\''. */
void sb_add_quoted(struct strbuf *sb, const char *s);
/* Always returns a valid string ("" for an empty buffer); the pointer changes as the buffer grows. */
const char *sb_str(struct strbuf *sb);
void sb_truncate(struct strbuf *sb, size_t len);
/* Hands the malloc'd string to the caller (never NULL) and leaves the buffer empty. */
char *sb_detach(struct strbuf *sb) __attribute__((warn_unused_result));
void sb_release(struct strbuf *sb);
/* Appends everything read from fd up to end of file (retrying EINTR). Returns 0, or -1 with
 * errno set after a read error (what was read stays in sb). fd stays open. */
int sb_read_fd(struct strbuf *sb, int fd) __attribute__((warn_unused_result));

#endif
