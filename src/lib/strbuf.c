/* strbuf.c — growable string (see strbuf.h). */
#include "config.h"

#include "strbuf.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

static void grow(struct strbuf *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    sb->s = xrealloc(sb->s, cap);
    sb->cap = cap;
}

void sb_addn(struct strbuf *sb, const char *s, size_t n)
{
    grow(sb, n);
    memcpy(sb->s + sb->len, s, n);
    sb->len += n;
    sb->s[sb->len] = '\0';
}

void sb_addc(struct strbuf *sb, char c)
{
    grow(sb, 1);
    sb->s[sb->len++] = c;
    sb->s[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s) { sb_addn(sb, s, strlen(s)); }

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    grow(sb, n);
    va_start(ap, fmt);
    vsnprintf(sb->s + sb->len, n + 1, fmt, ap);
    va_end(ap);
    sb->len += n;
}

void sb_add_quoted(struct strbuf *sb, const char *s)
{
    sb_addc(sb, '\'');
    for (const char *q; (q = strchr(s, '\'')); s = q + 1) {
        sb_addn(sb, s, q - s);
        sb_adds(sb, "'\\''");
    }
    sb_adds(sb, s);
    sb_addc(sb, '\'');
}

const char *sb_str(struct strbuf *sb) { return sb->s ? sb->s : ""; }

void sb_truncate(struct strbuf *sb, size_t len)
{
    if (sb->s && len < sb->len) {
        sb->len = len;
        sb->s[len] = '\0';
    }
}

char *sb_detach(struct strbuf *sb)
{
    char *s = sb->s ? sb->s : xstrdup("");
    sb->s = NULL;
    sb->len = sb->cap = 0;
    return s;
}

void sb_release(struct strbuf *sb)
{
    free(sb->s);
    sb->s = NULL;
    sb->len = sb->cap = 0;
}

int sb_read_fd(struct strbuf *sb, int fd)
{
    char buf[8192];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
        sb_addn(sb, buf, (size_t)n);
    }
}
