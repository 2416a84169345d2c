/* read.c — the read utility (XCU read): one line from standard input, split by IFS into
 * variables. It never reads past the delimiter, so the next command sees the rest of the input. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "lib/mbchar.h"
#include "lib/strbuf.h"
#include "shell/array.h"
#include "shell/lang.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

/* Input from fd 0. A regular file is read in blocks and the unused part given back with
 * lseek; anything else (pipe, terminal) one byte at a time, the only way not to read too far.
 * Nothing is kept from one read to the next: a command between two reads (or another process
 * sharing the file) may move the offset or rewrite the file, and the next read must see that. */
struct reader {
    char buf[512];
    size_t pos, len;
    bool block;
    int error;        /* errno of a failed read, 0 if none */
    bool interrupted; /* by a signal: the line is abandoned */
};

/* -t: the time reading must end by (CLOCK_MONOTONIC), when has_deadline. */
static bool has_deadline, timed_out;
static struct timespec deadline;

/* Waits until fd 0 is readable or the deadline passes (then timed_out). Returns false on
 * time-out; true when a read may go ahead (also on EINTR, which the read loop handles). */
static bool wait_readable(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long ms = (deadline.tv_sec - now.tv_sec) * 1000LL + (deadline.tv_nsec - now.tv_nsec) / 1000000;
    if (ms < 0)
        ms = 0;
    struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
    int r = poll(&pfd, 1, ms > 2000000000 ? 2000000000 : (int)ms);
    if (r == 0) {
        timed_out = true;
        return false;
    }
    return true;
}

/* The next byte, or -1 at end of file or on error. */
static int next_byte(struct reader *r)
{
    if (r->pos < r->len)
        return (unsigned char)r->buf[r->pos++];
    for (;;) {
        if (has_deadline && !wait_readable())
            return -1;
        ssize_t n = read(STDIN_FILENO, r->buf, r->block ? sizeof r->buf : 1);
        if (n > 0) {
            r->len = (size_t)n;
            r->pos = 1;
            return (unsigned char)r->buf[0];
        }
        if (n == 0)
            return -1;
        if (errno != EINTR) {
            r->error = errno;
            return -1;
        }
        /* A trapped signal: its action runs now and reading goes on (as in bash), unless the
         * action left the shell or a function. An untrapped ^C at the prompt ends the read. */
        if (trap_pending) {
            trap_run_pending();
            if (sh.flow == FLOW_NORMAL)
                continue;
            r->interrupted = true;
            return -1;
        }
        if (trap_got_sigint) {
            r->interrupted = true;
            return -1;
        }
    }
}

/* Whether fd 0 can be read in blocks: a regular file whose offset can be moved back. A few
 * regular files cannot seek (some in /proc and debugfs), so the first read of a file tries
 * lseek; the verdict is kept for that file (device and inode), whose filesystem decides it,
 * so a `while read` loop over one file pays one fstat per line and no lseek probe. */
static bool reader_can_block(void)
{
    static dev_t seek_dev;
    static ino_t seek_ino;
    static bool seek_known;
    struct stat st;
    if (fstat(STDIN_FILENO, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    if (seek_known && st.st_dev == seek_dev && st.st_ino == seek_ino)
        return true;
    if (lseek(STDIN_FILENO, 0, SEEK_CUR) < 0)
        return false;
    seek_dev = st.st_dev;
    seek_ino = st.st_ino;
    seek_known = true;
    return true;
}

static void give_back(struct reader *r)
{
    if (r->block && r->pos < r->len)
        lseek(STDIN_FILENO, -(off_t)(r->len - r->pos), SEEK_CUR);
    r->pos = r->len = 0;
}

/* How many bytes from s[0..n) are plain line content: no delimiter, NUL, or (without -r)
 * backslash. */
static size_t plain_run(const char *s, size_t n, int delim, bool raw)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == delim || c == '\0' || (c == '\\' && !raw))
            break;
        i++;
    }
    return i;
}

/* The line read, with a flag per byte saying whether a backslash quoted it (then it never
 * delimits a field). quoted stays empty until a byte is quoted (never with -r): then it is
 * as long as text. */
struct line {
    struct strbuf text, quoted;
};

static void line_add(struct line *l, char c, bool quoted)
{
    if (quoted && l->quoted.len == 0)
        for (size_t i = 0; i < l->text.len; i++)
            sb_addc(&l->quoted, 0);
    sb_addc(&l->text, c);
    if (quoted || l->quoted.len)
        sb_addc(&l->quoted, quoted);
}

/* n unquoted bytes at once. */
static void line_addn(struct line *l, const char *s, size_t n)
{
    sb_addn(&l->text, s, n);
    for (size_t i = 0; l->quoted.len && i < n; i++)
        sb_addc(&l->quoted, 0);
}

static bool line_quoted(const struct line *l, size_t i)
{
    return l->quoted.len && l->quoted.s[i];
}

struct splitter {
    const struct line *l;
    size_t pos;
    const char *ifs;
    bool table[256]; /* the single-byte characters of ifs */
    bool by_char;    /* multibyte locale and IFS not all ASCII: walk by character */
};

static void splitter_init(struct splitter *s, const struct line *l, const char *ifs)
{
    memset(s, 0, sizeof *s);
    s->l = l;
    s->ifs = ifs;
    s->by_char = mbchar_set_table(ifs, s->table);
}

/* ifs_len by character. In a multibyte locale IFS is a list of characters, not bytes: with
 * IFS=ç the first byte of é (C3 A9, ç is C3 A7) delimits nothing (XCU 2.6.5). */
static size_t ifs_len_char(const struct splitter *s, size_t i)
{
    const char *t = s->l->text.s + i;
    size_t k = mbchar_len(t, s->l->text.len - i);
    if (k == 1)
        return s->table[(unsigned char)*t];
    return mbchar_set_has(s->ifs, t, k) ? k : 0;
}

/* Bytes of the IFS character at i, or 0 if the character there is no IFS character or was
 * quoted. Inline with a byte table: read splits every line of a `while read` loop. */
static inline size_t ifs_len(const struct splitter *s, size_t i)
{
    if (line_quoted(s->l, i))
        return 0;
    if (!s->by_char)
        return s->table[(unsigned char)s->l->text.s[i]];
    return ifs_len_char(s, i);
}

static bool is_ifs_white(const struct splitter *s, size_t i)
{
    char c = s->l->text.s[i];
    return (c == ' ' || c == '\t' || c == '\n') && ifs_len(s, i) != 0;
}

static void skip_white(struct splitter *s)
{
    while (s->pos < s->l->text.len && is_ifs_white(s, s->pos))
        s->pos++;
}

/* XCU 2.6.5 field delimiters: IFS white space around at most one other IFS character. */
static void skip_delimiter(struct splitter *s)
{
    skip_white(s);
    size_t k;
    if (s->pos < s->l->text.len && (k = ifs_len(s, s->pos)) != 0) {
        s->pos += k;
        skip_white(s);
    }
}

/* Returns [start, end) of the next field and moves past its delimiter. */
static void next_field(struct splitter *s, size_t *start, size_t *end)
{
    *start = s->pos;
    const char *t = s->l->text.s, *q = s->l->quoted.len ? s->l->quoted.s : NULL;
    size_t p = s->pos, n = s->l->text.len;
    if (!s->by_char && !q) {
        while (p < n && !s->table[(unsigned char)t[p]])
            p++;
    } else if (!s->by_char) {
        while (p < n && (q[p] || !s->table[(unsigned char)t[p]]))
            p++;
    } else {
        while (p < n && ifs_len(s, p) == 0)
            p += mbchar_len(t + p, n - p);
    }
    s->pos = p;
    *end = s->pos;
    skip_delimiter(s);
}

static int assign(const char *name, const char *text, size_t len)
{
    char *value = xstrndup(text, len);
    int r = vars_set(name, value, 0);
    free(value);
    return r;
}

/* assign for a field of the line itself: ended in place for a moment, as vars_set copies. */
static int assign_field(const char *name, struct line *l, size_t start, size_t end)
{
    if (!l->text.s)
        return vars_set(name, "", 0);
    char saved = l->text.s[end];
    l->text.s[end] = '\0';
    int r = vars_set(name, l->text.s + start, 0);
    l->text.s[end] = saved;
    return r;
}

/* XCU read: the fields go to the names in order; the last name gets the rest of the line,
 * less trailing IFS white space, unless the rest is exactly one field followed by its
 * delimiter (then that field, so "a:b:" read with IFS=: into x y leaves y=b). */
static int split_into(struct line *l, char **names, int n)
{
    const char *ifs = vars_get("IFS");
    struct splitter s;
    splitter_init(&s, l, ifs ? ifs : " \t\n");
    int status = 0;
    skip_white(&s);
    for (int i = 0; i < n; i++) {
        size_t start, end;
        if (i + 1 < n) {
            next_field(&s, &start, &end);
        } else {
            size_t rest = s.pos;
            next_field(&s, &start, &end);
            if (s.pos < l->text.len) {
                start = rest;
                end = l->text.len;
                while (end > start && is_ifs_white(&s, end - 1))
                    end--;
            }
        }
        if (assign_field(names[i], l, start, end) != 0)
            status = 1;
    }
    return status;
}

/* -n and -N counts, and -t seconds (a decimal fraction), as bash reads them. */
static bool parse_count(const char *s, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (!*s || *end || errno || n < 0)
        return false;
    *out = n;
    return true;
}

static bool parse_timeout(const char *s, struct timespec *out)
{
    char *end;
    errno = 0;
    lang_need(); /* LC_NUMERIC's radix character */
    double t = strtod(s, &end);
    if (!*s || *end || errno || !(t >= 0) || t > 1e9 || strpbrk(s, "xXpPeEiInN"))
        return false;
    out->tv_sec = (time_t)t;
    out->tv_nsec = (long)((t - (double)out->tv_sec) * 1e9);
    return true;
}

/* -s and -n/-N at a terminal (conch mode, as bash): no echo, and (for a count) characters as
 * they are typed, not lines. The modes are put back however read ends. */
struct tty_mode {
    bool changed;
    struct termios saved;
};

static void tty_raw(struct tty_mode *m, bool silent, bool by_char)
{
    if ((!silent && !by_char) || tcgetattr(STDIN_FILENO, &m->saved) != 0)
        return;
    struct termios t = m->saved;
    if (silent)
        t.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
    if (by_char) {
        t.c_lflag &= ~(tcflag_t)ICANON;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
    }
    m->changed = tcsetattr(STDIN_FILENO, TCSADRAIN, &t) == 0;
}

static void tty_restore(struct tty_mode *m)
{
    if (m->changed)
        tcsetattr(STDIN_FILENO, TCSADRAIN, &m->saved);
}

/* conch mode, read -a name: every field is an element of a new indexed array (bash). */
static int split_array(const struct line *l, const char *name)
{
    const char *ifs = vars_get("IFS");
    struct splitter s;
    splitter_init(&s, l, ifs ? ifs : " \t\n");
    const char *text = l->text.s ? l->text.s : "";
    struct array *arr = array_new(false);
    skip_white(&s);
    for (intmax_t i = 0; s.pos < l->text.len; i++) {
        size_t start, end;
        next_field(&s, &start, &end);
        char *value = xstrndup(text + start, end - start);
        array_set(arr, i, value);
        free(value);
    }
    return vars_array_replace(name, arr) < 0 ? 1 : 0;
}

int builtin_read(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool raw = false, silent = false, exact = false;
    long count = -1; /* -n / -N: characters to read; -1 without */
    int delim = '\n';
    const char *prompt = NULL;
    const char *array = NULL;
    int c;
    has_deadline = timed_out = false;
    struct timespec timeout = {0, 0};
    /* -s -n -N -t are conch mode's (bash's); POSIX mode knows -r and -d, and -p as before. */
    const char *spec = options_extensions() ? "rd:p:a:sn:N:t:" : "rd:p:";
    while ((c = builtin_getopt(&o, argc, argv, spec)) != -1) {
        switch (c) {
        case 'r': raw = true; break;
        case 'a': array = o.arg; break;
        case 'd': delim = (unsigned char)o.arg[0]; break; /* -d '' reads up to a NUL byte */
        case 'p': prompt = o.arg; break;
        case 's': silent = true; break;
        case 'n':
        case 'N':
            if (!parse_count(o.arg, &count))
                return builtin_usage_error("read", "%s: invalid number", o.arg);
            exact = c == 'N';
            break;
        case 't':
            if (!parse_timeout(o.arg, &timeout))
                return builtin_usage_error("read", "%s: invalid timeout specification", o.arg);
            has_deadline = true;
            break;
        default: return 2;
        }
    }
    if (has_deadline && timeout.tv_sec == 0 && timeout.tv_nsec == 0) {
        /* -t 0: only whether input is waiting; nothing is read (bash). */
        struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
        return poll(&pfd, 1, 0) == 1 ? 0 : 1;
    }
    if (has_deadline) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_sec += timeout.tv_sec;
        deadline.tv_nsec += timeout.tv_nsec;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    if (count == 0)
        return 0;
    if (array && !is_name(array, strlen(array))) {
        error_msg("read: %s: bad variable name", array);
        return 2;
    }
    for (int i = o.index; i < argc; i++) {
        if (!is_name(argv[i], strlen(argv[i]))) {
            error_msg("read: %s: bad variable name", argv[i]);
            return 2;
        }
    }
    if (prompt && isatty(STDIN_FILENO)) {
        fputs(prompt, stderr);
        fflush(stderr);
    }

    if (sh.interactive)
        trap_got_sigint = 0; /* only a ^C from now on interrupts us */
    struct reader r = {0};
    r.block = reader_can_block();
    struct tty_mode tty = {0};
    if (!r.block && isatty(STDIN_FILENO)) /* a regular file is no terminal: no ioctl per line */
        tty_raw(&tty, silent, count > 0);
    struct line l = {{0}, {0}};
    int status = 0;
    long chars = 0;
    mbstate_t mbs;
    memset(&mbs, 0, sizeof mbs);
    for (;;) {
        /* -n / -N: a character is complete when its last byte is in (XBD 3.83). */
        if (count > 0 && chars >= count)
            break;
        if (count < 0 && r.pos < r.len) {
            /* Without -n/-N, the bytes up to the next one that means something are copied in
             * one go: the same bytes the loop below would add one at a time. */
            size_t n = plain_run(r.buf + r.pos, r.len - r.pos, delim, raw);
            line_addn(&l, r.buf + r.pos, n);
            r.pos += n;
            if (r.pos == r.len)
                continue;
        }
        int b = next_byte(&r);
        if (b < 0) {
            status = 1;
            break;
        }
        if (count > 0) {
            char byte = (char)b;
            size_t k = mbchar_multi ? mbrlen(&byte, 1, &mbs) : 1;
            if (k != (size_t)-2)
                chars++;
            if (k == (size_t)-1)
                memset(&mbs, 0, sizeof mbs);
        }
        if (b == delim && !exact)
            break;
        if (b == '\0')
            continue; /* a shell variable cannot hold NUL */
        if (b == '\\' && !raw) {
            b = next_byte(&r);
            if (b < 0) {
                status = 1;
                break;
            }
            if (b == '\n')
                continue; /* line continuation: both characters disappear */
            if (b != '\0')
                line_add(&l, (char)b, true);
            continue;
        }
        line_add(&l, (char)b, false);
    }
    give_back(&r);
    tty_restore(&tty);
    if (timed_out)
        status = 128 + SIGALRM; /* what was read is still assigned (bash) */
    if (r.error) {
        errno = r.error;
        error_errno("read: read error");
    }
    if (r.interrupted) {
        sb_release(&l.text);
        sb_release(&l.quoted);
        return sh.flow == FLOW_NORMAL ? 128 + SIGINT : sh.last_status;
    }

    if (array) {
        if (split_array(&l, array) != 0)
            status = status ? status : 1;
    } else if (o.index >= argc) {
        /* No names: the whole line, unsplit, goes to REPLY (an extension of ksh and bash). */
        if (assign("REPLY", sb_str(&l.text), l.text.len) != 0)
            status = status ? status : 1;
    } else if (exact && assign(argv[o.index], sb_str(&l.text), l.text.len) != 0) {
        status = status ? status : 1; /* -N: the characters as read, unsplit (bash) */
    } else if (!exact && split_into(&l, argv + o.index, argc - o.index) != 0) {
        status = status ? status : 1;
    }
    sb_release(&l.text);
    sb_release(&l.quoted);
    return status;
}
