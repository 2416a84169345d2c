/* error.c — diagnostics and never-failing allocation (see error.h). */
#include "config.h"

#include "error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Writes "conch: " + head + the formatted message + (": " suffix) + newline. head and suffix are
 * data, never formats: a script named 'a%n.sh' must print as it is (head holds such names). */
static void vmsg(const char *head, const char *fmt, va_list ap, const char *suffix)
    __attribute__((format(printf, 2, 0)));
static void vmsg(const char *head, const char *fmt, va_list ap, const char *suffix)
{
    /* Build the whole line first so one write() keeps it in one piece between processes. */
    char buf[4096];
    size_t cap = sizeof buf - 1; /* room for the newline */
    size_t n = 0;
    int r = snprintf(buf, cap, "conch: %s", head ? head : "");
    n = r < 0 ? 0 : ((size_t)r < cap ? (size_t)r : cap - 1);
    r = vsnprintf(buf + n, cap - n, fmt, ap);
    n += r < 0 ? 0 : ((size_t)r < cap - n ? (size_t)r : cap - n - 1);
    if (suffix) {
        r = snprintf(buf + n, cap - n, ": %s", suffix);
        n += r < 0 ? 0 : ((size_t)r < cap - n ? (size_t)r : cap - n - 1);
    }
    buf[n++] = '\n';
    ssize_t w = write(STDERR_FILENO, buf, n);
    (void)w;
}

void error_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(NULL, fmt, ap, NULL);
    va_end(ap);
}

void error_errno(const char *fmt, ...)
{
    const char *why = strerror(errno);
    va_list ap;
    va_start(ap, fmt);
    vmsg(NULL, fmt, ap, why);
    va_end(ap);
}

void error_at(const char *file, int line, const char *fmt, ...)
{
    /* The file name is text from outside (a script's name, $0): it goes into head, never into
     * a format. */
    char head[4096];
    if (file)
        snprintf(head, sizeof head, "%s: line %d: ", file, line);
    else
        snprintf(head, sizeof head, "line %d: ", line);
    va_list ap;
    va_start(ap, fmt);
    vmsg(head, fmt, ap, NULL);
    va_end(ap);
}

static void *check(void *p)
{
    if (!p) {
        static const char oom[] = "conch: out of memory\n";
        ssize_t r = write(STDERR_FILENO, oom, sizeof oom - 1);
        (void)r;
        _exit(2);
    }
    return p;
}

void *xmalloc(size_t n) { return check(malloc(n ? n : 1)); }
void *xcalloc(size_t n, size_t size) { return check(calloc(n ? n : 1, size ? size : 1)); }
/* A first allocation (p NULL) goes to malloc: realloc(NULL, n) is the same, but a start-up
 * that only ever grows from nothing then never pays realloc's lazy binding. */
void *xrealloc(void *p, size_t n) { return check(p ? realloc(p, n ? n : 1) : malloc(n ? n : 1)); }
/* Not strdup: the first call of each libc function costs its lazy binding (about 650
 * instructions, a few percent of a start-up), and malloc, strlen and memcpy are bound anyway.
 * strndup stays: the expansion of every literal word calls it, and its copy made of memchr,
 * malloc and memcpy costs a few instructions more a call than glibc's. */
char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}
char *xstrndup(const char *s, size_t n) { return check(strndup(s, n)); }
