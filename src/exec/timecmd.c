/* timecmd.c — conch mode's `time [-p] pipeline` keyword: the clock and the CPU times around a
 * pipeline run by exec/eval.c, written to stderr in the TIMEFORMAT format, as bash does. */
#include "config.h"

#include "exec/exec_int.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <inttypes.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* bash's default; `time -p` writes POSIX's format (XCU time: "real %f\nuser %f\nsys %f\n"
 * with at least two digits after the point) whatever TIMEFORMAT says. */
static const char default_format[] = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS";
static const char posix_format[] = "real %2R\nuser %2U\nsys %2S";

static int64_t tv_us(struct timeval tv) { return (int64_t)tv.tv_sec * 1000000 + tv.tv_usec; }

void exec_times_start(struct exec_times *t)
{
    clock_gettime(CLOCK_MONOTONIC, &t->real);
    getrusage(RUSAGE_SELF, &t->self);
    getrusage(RUSAGE_CHILDREN, &t->children);
}

/* A duration in microseconds: seconds with `prec` digits after the point (truncated, as bash
 * does), or with `lng` minutes first: 1m1.509s. */
static void put_duration(struct strbuf *sb, int64_t us, int prec, bool lng)
{
    if (us < 0)
        us = 0;
    int64_t sec = us / 1000000, frac = us % 1000000;
    if (lng) {
        sb_addf(sb, "%" PRId64 "m", sec / 60);
        sec %= 60;
    }
    sb_addf(sb, "%" PRId64, sec);
    if (prec > 0) {
        for (int i = prec; i < 6; i++)
            frac /= 10;
        sb_addf(sb, ".%0*" PRId64, prec, frac);
    }
    if (lng)
        sb_addc(sb, 's');
}

/* bash's TIMEFORMAT: %[p][l]R, %[p][l]U, %[p][l]S (p a digit, at most 3 used, default 3; l the
 * long form), %P the CPU percentage, %% a percent sign. Returns false after a message for an
 * unknown directive (nothing is written then, as in bash). */
static bool format_times(struct strbuf *sb, const char *fmt, int64_t real, int64_t user, int64_t sys)
{
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) {
            sb_addc(sb, *p);
            continue;
        }
        p++;
        if (*p == '%') {
            sb_addc(sb, '%');
            continue;
        }
        if (*p == 'P') {
            int64_t cpu = user + sys;
            int64_t hundredths = real > 0 ? cpu * 10000 / real : 0;
            sb_addf(sb, "%" PRId64 ".%02" PRId64, hundredths / 100, hundredths % 100);
            continue;
        }
        int prec = 3;
        bool lng = false;
        if (*p >= '0' && *p <= '9') {
            prec = *p - '0' > 3 ? 3 : *p - '0';
            p++;
        }
        if (*p == 'l') {
            lng = true;
            p++;
        }
        if (*p == 'R' || *p == 'U' || *p == 'S') {
            put_duration(sb, *p == 'R' ? real : *p == 'U' ? user : sys, prec, lng);
            continue;
        }
        shell_error("TIMEFORMAT: '%c': invalid format character", *p ? *p : '%');
        return false;
    }
    return true;
}

void exec_times_report(const struct exec_times *t, bool posix)
{
    struct timespec now;
    struct rusage self, children;
    clock_gettime(CLOCK_MONOTONIC, &now);
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    int64_t real = ((int64_t)now.tv_sec - t->real.tv_sec) * 1000000
                   + (now.tv_nsec - t->real.tv_nsec) / 1000;
    int64_t user = tv_us(self.ru_utime) - tv_us(t->self.ru_utime)
                   + tv_us(children.ru_utime) - tv_us(t->children.ru_utime);
    int64_t sys = tv_us(self.ru_stime) - tv_us(t->self.ru_stime)
                  + tv_us(children.ru_stime) - tv_us(t->children.ru_stime);
    const char *fmt = posix ? posix_format : vars_get("TIMEFORMAT");
    if (!fmt)
        fmt = default_format;
    if (!*fmt)
        return; /* set and empty: no report */
    struct strbuf sb = {0};
    if (format_times(&sb, fmt, real, user, sys)) {
        sb_addc(&sb, '\n');
        for (size_t off = 0; off < sb.len;) {
            ssize_t r = write(STDERR_FILENO, sb.s + off, sb.len - off);
            if (r <= 0)
                break;
            off += (size_t)r;
        }
    }
    sb_release(&sb);
}
