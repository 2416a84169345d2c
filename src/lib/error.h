/* error.h — diagnostics and allocation helpers every module may call.
 * All messages go to stderr prefixed "conch: " (or the script name, see error_set_prefix). */
#ifndef CONCH_ERROR_H
#define CONCH_ERROR_H

#include <stddef.h>

/* "conch: " + message + newline. */
void error_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Like error_msg, with ": strerror(errno)" appended (errno read on entry). */
void error_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Message for a syntax error at a source position: "conch: FILE: line N: MSG".
 * file may be NULL (then "conch: line N: MSG", as for -c strings). */
void error_at(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Allocation that never returns NULL: out of memory prints a message and exits 2. */
void *xmalloc(size_t n) __attribute__((malloc, warn_unused_result));
void *xcalloc(size_t n, size_t size) __attribute__((malloc, warn_unused_result));
void *xrealloc(void *p, size_t n) __attribute__((warn_unused_result));
char *xstrdup(const char *s) __attribute__((malloc, nonnull, warn_unused_result));
char *xstrndup(const char *s, size_t n) __attribute__((malloc, nonnull, warn_unused_result));

#endif
