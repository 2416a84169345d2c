/* hist.c — the history list (GNU History) and its file: filled by lineedit.c as commands are
 * completed, read by `fc`, `history`, Readline's arrow keys and the '!' of PS1. */
#include "config.h"

#include "exec/match.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "front/histfile.h"
#include "front/lineedit.h"
#include "shell/histlist.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
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

/* $HISTFILESIZE as bash reads it: the most entries the file keeps; unset, the value of
 * HISTSIZE; empty, not a number or negative, no limit. bash counts lines; conch counts
 * entries, so that a command of several lines is never cut in half. */
static long wanted_file_size(void)
{
    const char *s = vars_get("HISTFILESIZE");
    if (!s)
        return wanted_size();
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (!*s || *end || errno || n < 0)
        return -1;
    return n;
}

/* The newest HISTSIZE entries of the file's text go into the list, with their time lines. */
static void load_entries(const char *text, size_t len)
{
    bool timed = histfile_timed(text, len);
    const char *end = text + len;
    long count = 0;
    for (const char *p = text; p < end; p = histfile_entry_end(p, end, timed))
        count++;
    const char *p = text;
    for (long skip = count - wanted_size(); skip > 0; skip--)
        p = histfile_entry_end(p, end, timed);
    struct strbuf line = {0};
    while (p < end) {
        const char *next = histfile_entry_end(p, end, timed);
        const char *time = NULL;
        size_t time_len = 0;
        if (histfile_is_time_line(p, next)) {
            const char *nl = memchr(p, '\n', (size_t)(next - p));
            time = p;
            time_len = (size_t)((nl ? nl : next) - p);
            p = nl ? nl + 1 : next;
        }
        sb_truncate(&line, 0);
        sb_addn(&line, p, (size_t)(next - p));
        while (line.len > 0 && line.s[line.len - 1] == '\n')
            sb_truncate(&line, line.len - 1);
        if (line.len > 0) {
            add_history(sb_str(&line));
            if (time) {
                char *t = xstrndup(time, time_len);
                add_history_time(t);
                free(t);
            }
        }
        p = next;
    }
    sb_release(&line);
}

void hist_init(void)
{
    if (initialised)
        return;
    initialised = true;
    using_history();
    /* Entries are written as "#<time>" then the command's lines, so that a command of several
     * lines reads back as one entry (histfile_entry_end). */
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
    apply_size();
    const char *f = file_name();
    size_t len;
    /* Keep the file from growing without bound: trimmed to HISTFILESIZE entries here, at
     * start-up, never between commands. */
    char *text = f ? histfile_load(f, wanted_file_size(), &len) : NULL;
    if (text) {
        load_entries(text, len);
        free(text);
    }
}

/* One write per command, under the file's lock: another shell's lines land before or after
 * ours, never inside them, and never in a file a trim is about to replace. */
static void append_last(void)
{
    const char *f = file_name();
    if (!f)
        return;
    HIST_ENTRY *e = history_get(history_base + history_length - 1);
    if (!e)
        return;
    struct strbuf sb = {0};
    const char *ts = e->timestamp && e->timestamp[0] == '#' ? e->timestamp : NULL;
    if (ts)
        sb_addf(&sb, "%s\n", ts);
    sb_addf(&sb, "%s\n", e->line);
    histfile_append(f, sb_str(&sb), sb.len);
    sb_release(&sb);
}

/* Whether the colon-separated list has the word (HISTCONTROL's values). */
static bool list_has(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; *p;) {
        const char *end = strchrnul(p, ':');
        if ((size_t)(end - p) == n && strncmp(p, word, n) == 0)
            return true;
        p = *end ? end + 1 : end;
    }
    return false;
}

/* HISTIGNORE (conch mode, as bash): colon-separated patterns, each matched against the whole
 * entry; `&` in a pattern stands for the previous entry; `\:` is a colon in a pattern. */
static bool ignored_by_pattern(const char *entry, const char *previous)
{
    const char *list = vars_get("HISTIGNORE");
    if (!list || !*list)
        return false;
    struct strbuf pat = {0};
    bool hit = false;
    for (const char *p = list; !hit;) {
        sb_truncate(&pat, 0);
        for (; *p && *p != ':'; p++) {
            if (*p == '\\' && p[1] == ':')
                sb_addc(&pat, *++p);
            else if (*p == '&' && previous)
                for (const char *q = previous; *q; q++) {
                    if (strchr("*?[]\\", *q)) /* the previous entry is literal text */
                        sb_addc(&pat, '\\');
                    sb_addc(&pat, *q);
                }
            else
                sb_addc(&pat, *p);
        }
        hit = pat.len > 0 && match_pattern(sb_str(&pat), entry);
        if (!*p)
            break;
        p++;
    }
    sb_release(&pat);
    return hit;
}

/* Removes every entry equal to entry (HISTCONTROL=erasedups). */
static void erase_duplicates(const char *entry)
{
    for (int i = history_length - 1; i >= 0; i--) {
        HIST_ENTRY *e = history_get(history_base + i);
        if (e && strcmp(e->line, entry) == 0) {
            HIST_ENTRY *old = remove_history(i);
            if (old)
                (void)free_history_entry(old);
        }
    }
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
    /* Consecutive duplicates are dropped, unless (conch mode) HISTCONTROL is set and does not
     * ask for that: bash keeps them by default, conch's default is bash's ignoredups. */
    const char *control = options_extensions() ? vars_get("HISTCONTROL") : NULL;
    bool ignoredups = !control || list_has(control, "ignoredups") || list_has(control, "ignoreboth");
    if (control && (list_has(control, "ignorespace") || list_has(control, "ignoreboth"))
        && entry[0] == ' ')
        return;
    if (ignoredups && last && strcmp(last->line, entry) == 0)
        return;
    if (options_extensions() && ignored_by_pattern(entry, last ? last->line : NULL))
        return;
    if (control && list_has(control, "erasedups"))
        erase_duplicates(entry);
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

/* Readline's expansion would also take the `!` of `$!` and of `${!name}` (conch-mode indirect
 * expansion) for an event: bash skips those too. */
static int inhibit_expansion(char *text, int i)
{
    return i > 0 && (text[i - 1] == '$' || (i > 1 && text[i - 1] == '{' && text[i - 2] == '$'));
}

enum hist_expansion hist_expand(const char *line, char **out)
{
    if (!initialised)
        hist_init();
    static bool configured;
    if (!configured) {
        configured = true;
        history_quotes_inhibit_expansion = 1; /* not inside '...', as bash */
        history_inhibit_expansion_function = inhibit_expansion;
        /* `!str;` looks for str: the shell's operators end an event word, as in bash. */
        history_search_delimiter_chars = ";&()|<>";
    }
    *out = NULL;
    if (!strchr(line, history_expansion_char) && line[0] != history_subst_char)
        return HIST_UNCHANGED;
    char *result = NULL;
    using_history(); /* !str searches back from the newest entry, not from where ^P left off */
    int r = history_expand((char *)line, &result);
    if (r == 0) {
        free(result);
        return HIST_UNCHANGED;
    }
    *out = result;
    return r < 0 ? HIST_ERROR : r == 2 ? HIST_PRINT_ONLY : HIST_EXPANDED;
}

/* What fc and history (builtins/) reach through shell/histlist.h. */
static const struct histlist_ops list_ops = {
    .first = hist_first,
    .last = hist_last,
    .get = hist_get,
    .replace_last = hist_replace_last,
    .clear = hist_clear,
};

void hist_install(void) { histlist_install(&list_ops); }
