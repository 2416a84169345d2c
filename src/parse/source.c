/* source.c — where the scanner's characters come from: a string, a file descriptor, or the
 * line reader the front end handed to parser_new_interactive (input.h). grammar/scanner.l calls
 * source_read as its YY_INPUT. */
#include "config.h"

#include "parse/parse_int.h"

#include "lib/error.h"
#include "parse/input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { READ_BLOCK = 8192 };

enum source_kind { SRC_MEM, SRC_FD, SRC_TTY };

struct source {
    enum source_kind kind;
    /* The reader for this kind (read_mem, read_fd, read_tty): source_read calls it. */
    size_t (*fill)(struct source *src, char *buf, size_t max);
    struct line_reader reader; /* SRC_TTY: the front end's */
    int fd;
    bool careful;     /* one line per read, read-ahead given back (standard input) */
    bool seekable;
    char *buf;        /* SRC_MEM: the text; SRC_FD careful: read-ahead; SRC_TTY: the line */
    size_t pos, len;
    size_t cap;       /* SRC_MEM: what buf can hold */
    bool first_line;  /* the next interactive line starts a command: PS1 */
    bool interrupted;
    struct source *next_fd; /* SRC_FD: the next one in fd_sources */
};

/* Every live SRC_FD source, for source_fd_moved. */
static struct source *fd_sources;

static size_t read_mem(struct source *src, char *buf, size_t max);
static size_t read_fd(struct source *src, char *buf, size_t max);
static size_t read_tty(struct source *src, char *buf, size_t max);

struct source *source_new_mem(const char *text, size_t len)
{
    struct source *src = xcalloc(1, sizeof *src);
    src->kind = SRC_MEM;
    src->fill = read_mem;
    src->fd = -1;
    src->buf = xmalloc(len + 1);
    memcpy(src->buf, text, len);
    src->len = src->cap = len;
    return src;
}

void source_reset_mem(struct source *src, const char *text, size_t len)
{
    if (len > src->cap) {
        free(src->buf);
        src->buf = xmalloc(len + 1);
        src->cap = len;
    }
    memcpy(src->buf, text, len);
    src->pos = 0;
    src->len = len;
}

struct source *source_new_fd(int fd, bool careful)
{
    struct source *src = xcalloc(1, sizeof *src);
    src->kind = SRC_FD;
    src->fill = read_fd;
    src->fd = fd;
    src->careful = careful;
    src->next_fd = fd_sources;
    fd_sources = src;
    if (careful) {
        /* Only regular files can be read ahead and sought back; pipes and terminals are read
         * one byte at a time up to the newline (XCU 2.1, and what the shell utility page asks
         * of standard input). */
        struct stat st;
        src->seekable = fstat(fd, &st) == 0 && S_ISREG(st.st_mode)
                        && lseek(fd, 0, SEEK_CUR) != (off_t)-1;
        if (src->seekable)
            src->buf = xmalloc(READ_BLOCK);
    }
    return src;
}

struct source *source_new_interactive(const struct line_reader *reader)
{
    struct source *src = xcalloc(1, sizeof *src);
    src->kind = SRC_TTY;
    src->fill = read_tty;
    src->reader = *reader;
    src->fd = -1;
    src->first_line = true;
    return src;
}

void source_fd_moved(int from, int to)
{
    for (struct source *s = fd_sources; s; s = s->next_fd)
        if (s->fd == from)
            s->fd = to;
}

void source_free(struct source *src)
{
    if (!src)
        return;
    for (struct source **pp = &fd_sources; *pp; pp = &(*pp)->next_fd)
        if (*pp == src) {
            *pp = src->next_fd;
            break;
        }
    free(src->buf);
    free(src);
}

/* Shell text holds no NUL bytes (C strings); dropping them keeps binary input harmless. */
static size_t drop_nul(char *buf, size_t n)
{
    char *z = memchr(buf, '\0', n);
    if (!z)
        return n;
    size_t j = z - buf;
    for (size_t i = j + 1; i < n; i++)
        if (buf[i])
            buf[j++] = buf[i];
    return j;
}

static ssize_t read_retry(int fd, void *buf, size_t n)
{
    ssize_t r;
    do
        r = read(fd, buf, n);
    while (r < 0 && errno == EINTR);
    return r;
}

/* Hands out buffered text, up to and including the first newline when lines_only. */
static size_t take(struct source *src, char *buf, size_t max, bool lines_only)
{
    size_t n = src->len - src->pos;
    if (n > max)
        n = max;
    if (lines_only) {
        char *nl = memchr(src->buf + src->pos, '\n', n);
        if (nl)
            n = nl - (src->buf + src->pos) + 1;
    }
    memcpy(buf, src->buf + src->pos, n);
    src->pos += n;
    return n;
}

/* Some text, at most one line of it when careful; 0 at the end of the input. */
static size_t read_some(struct source *src, char *buf, size_t max)
{
    if (!src->careful) {
        ssize_t r = read_retry(src->fd, buf, max);
        return r > 0 ? (size_t)r : 0;
    }
    if (src->seekable) {
        if (src->pos == src->len) {
            ssize_t r = read_retry(src->fd, src->buf, READ_BLOCK);
            if (r <= 0)
                return 0;
            src->pos = 0;
            src->len = r;
        }
        return take(src, buf, max, true);
    }
    size_t n = 0;
    while (n < max) {
        ssize_t r = read_retry(src->fd, buf + n, 1);
        if (r <= 0)
            break;
        if (buf[n++] == '\n')
            break;
    }
    return n;
}

/* Fills buf up to max or a newline (or the end of the input), not just what one read gives: the
 * scanner rescans a token at each refill, so a long line read in small pieces would cost O(n^2)
 * (see YY_READ_BUF_SIZE in scanner.l). A pipe's partial line is waited for: the line cannot be
 * parsed without its end anyway. */
static size_t read_fd(struct source *src, char *buf, size_t max)
{
    size_t n = 0;
    while (n < max) {
        size_t got = read_some(src, buf + n, max - n);
        if (got == 0)
            break;
        got = drop_nul(buf + n, got);
        bool nl = got > 0 && memchr(buf + n, '\n', got);
        n += got;
        if (nl)
            break;
    }
    return n;
}

static size_t read_mem(struct source *src, char *buf, size_t max)
{
    return take(src, buf, max, false);
}

static size_t read_tty(struct source *src, char *buf, size_t max)
{
    if (src->pos == src->len) {
        bool interrupted = false;
        char *line = src->reader.read_line(src->reader.data,
                                           src->first_line ? PROMPT_PS1 : PROMPT_PS2, &interrupted);
        src->first_line = false;
        if (interrupted) {
            /* Ctrl-C: the partial command is dropped (the driver sees the end of input). */
            src->interrupted = true;
            free(line);
            return 0;
        }
        if (!line)
            return 0;
        free(src->buf);
        src->buf = line;
        src->pos = 0;
        src->len = strlen(line);
    }
    return take(src, buf, max, false);
}

size_t source_read(struct source *src, char *buf, size_t max)
{
    if (max == 0)
        return 0;
    return src->fill(src, buf, max);
}

void source_command_start(struct source *src) { src->first_line = true; }

void source_sync(struct source *src)
{
    if (src->kind == SRC_TTY)
        src->reader.command_done(src->reader.data);
    if (src->kind == SRC_FD && src->careful && src->seekable && src->pos < src->len) {
        if (lseek(src->fd, -(off_t)(src->len - src->pos), SEEK_CUR) != (off_t)-1)
            src->pos = src->len = 0;
    }
}

bool source_is_interactive(const struct source *src) { return src->kind == SRC_TTY; }

bool source_interrupted(const struct source *src) { return src->interrupted; }

bool source_take_interrupt(struct source *src)
{
    bool r = src->interrupted;
    src->interrupted = false;
    return r;
}
