/* error.c — diagnostics and never-failing allocation (see error.h). */
#include "config.h"

#include "error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void vmsg(const char *fmt, va_list ap, const char *suffix)
{
    /* Build the whole line first so one write() keeps it in one piece between processes. */
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "conch: ");
    n += vsnprintf(buf + n, sizeof buf - n, fmt, ap);
    if (n >= (int)sizeof buf - 1)
        n = sizeof buf - 2;
    if (suffix)
        n += snprintf(buf + n, sizeof buf - n, ": %s", suffix);
    if (n >= (int)sizeof buf - 1)
        n = sizeof buf - 2;
    buf[n++] = '\n';
    ssize_t r = write(STDERR_FILENO, buf, n);
    (void)r;
}

void error_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(fmt, ap, NULL);
    va_end(ap);
}

void error_errno(const char *fmt, ...)
{
    const char *why = strerror(errno);
    va_list ap;
    va_start(ap, fmt);
    vmsg(fmt, ap, why);
    va_end(ap);
}

void error_at(const char *file, int line, const char *fmt, ...)
{
    char head[4096];
    if (file)
        snprintf(head, sizeof head, "%s: line %d: %s", file, line, fmt);
    else
        snprintf(head, sizeof head, "line %d: %s", line, fmt);
    va_list ap;
    va_start(ap, fmt);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    vmsg(head, ap, NULL);
#pragma GCC diagnostic pop
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
void *xrealloc(void *p, size_t n) { return check(realloc(p, n ? n : 1)); }
char *xstrdup(const char *s) { return check(strdup(s)); }
char *xstrndup(const char *s, size_t n) { return check(strndup(s, n)); }
