/* hist.c — the history list (GNU History) and its file: filled by lineedit.c as commands are
 * completed, read by `fc`, `history`, Readline's arrow keys and the '!' of PS1. */
#include "config.h"

#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/lineedit.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>

enum { DEFAULT_HISTSIZE = 1000 };

static bool initialised;
static int applied_size = -1;

static int wanted_size(void)
{
    const char *s = vars_get("HISTSIZE");
    if (!s || !*s)
        return DEFAULT_HISTSIZE;
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (*end || errno || n < 0)
        return DEFAULT_HISTSIZE;
    return n > INT_MAX / 4 ? INT_MAX / 4 : (int)n;
}

static void apply_size(void)
{
    int n = wanted_size();
    if (n != applied_size) {
        stifle_history(n);
        applied_size = n;
    }
}

/* $HISTFILE, or NULL when unset or empty (no file then). */
static const char *file_name(void)
{
    const char *f = vars_get("HISTFILE");
    return f && *f ? f : NULL;
}

/* Whether the file begins with a "#<digits>" time line, as the files conch writes do. */
static bool starts_with_time(const char *path)
{
    char head[2] = {0};
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    ssize_t n = read(fd, head, sizeof head);
    close(fd);
    return n <= 0 || (n == 2 && head[0] == '#' && head[1] >= '0' && head[1] <= '9');
}

void hist_init(void)
{
    if (initialised)
        return;
    initialised = true;
    using_history();
    /* Entries are written as "#<time>" then the command's lines, so that a command of several
     * lines reads back as one entry (history_multiline_entries). */
    history_comment_char = '#';
    history_write_timestamps = 1;
    if (!vars_get("HISTFILE")) {
        const char *home = vars_get("HOME");
        if (home && *home) {
            struct strbuf sb = {0};
            sb_addf(&sb, "%s%s.conch_history", home, home[strlen(home) - 1] == '/' ? "" : "/");
            vars_set("HISTFILE", sb_str(&sb), 0);
            sb_release(&sb);
        }
    }
    const char *f = file_name();
    /* A file of plain lines (written by another program) has one command per line. */
    history_multiline_entries = f && starts_with_time(f);
    if (f && read_history(f) == 0) {
        /* Keep the file from growing without bound: when it holds more than HISTSIZE entries,
         * rewrite it with the newest ones (only here, at start-up, never between commands). */
        int n = wanted_size();
        if (history_length > n) {
            apply_size();
            write_history(f);
        }
    }
    history_multiline_entries = 1;
    apply_size();
}

/* One write with O_APPEND per command: another shell's lines land before or after ours, never
 * inside them. */
static void append_last(void)
{
    const char *f = file_name();
    if (!f)
        return;
    int fd = open(f, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    HIST_ENTRY *e = history_get(history_base + history_length - 1);
    if (e) {
        struct strbuf sb = {0};
        const char *ts = e->timestamp && e->timestamp[0] == '#' ? e->timestamp : NULL;
        if (ts)
            sb_addf(&sb, "%s\n", ts);
        sb_addf(&sb, "%s\n", e->line);
        const char *p = sb_str(&sb);
        size_t left = strlen(p);
        while (left > 0) {
            ssize_t w = write(fd, p, left);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            p += w;
            left -= (size_t)w;
        }
        sb_release(&sb);
    }
    close(fd);
}

void hist_add(const char *entry)
{
    if (!initialised)
        hist_init();
    if (!*entry || strspn(entry, " \t\n") == strlen(entry))
        return;
    apply_size();
    if (applied_size == 0)
        return;
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last && strcmp(last->line, entry) == 0)
        return; /* consecutive duplicates are dropped */
    add_history(entry);
    append_last();
}

void hist_replace_last(const char *entry)
{
    if (history_length == 0) {
        hist_add(entry);
        return;
    }
    HIST_ENTRY *old = remove_history(history_length - 1);
    if (old) {
        histdata_t data = free_history_entry(old);
        (void)data;
    }
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last && strcmp(last->line, entry) == 0)
        return;
    add_history(entry);
    append_last();
}

int hist_first(void) { return history_base; }

int hist_last(void) { return history_base + history_length - 1; }

const char *hist_get(int n)
{
    HIST_ENTRY *e = history_get(n);
    return e ? e->line : NULL;
}

void hist_clear(void)
{
    clear_history();
}

int hist_next_number(void) { return history_base + history_length; }
