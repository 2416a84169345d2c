/* complete.c — Tab completion for Readline (lineedit.c): command names in command position,
 * $NAME variables, ~user, job specs after the job builtins, file names everywhere else. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "builtins/compspec.h"
#include "shell/array.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "shell/alias.h"
#include "shell/functions.h"
#include "front/lineedit.h"
#include "shell/vars.h"
#include "lib/compat.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/readline.h>

/* The dequoted form of what the user typed, for quote_name: its directory part keeps a `$`
 * the user wrote unescaped. */
static char *typed_dequoted;

/* The candidates of one completion, built whole on the generator's first call (state 0) and
 * handed out one by one after. */
static struct strvec cands;
static size_t cand_next;
static const char *cand_prefix; /* what every candidate must start with */
static size_t cand_prefix_len;

static void add_cand(const char *s)
{
    if (strncmp(s, cand_prefix, cand_prefix_len) == 0)
        strvec_pushdup(&cands, s);
}

static void start(const char *text)
{
    strvec_clear(&cands);
    cand_next = 0;
    cand_prefix = text;
    cand_prefix_len = strlen(text);
}

static char *next_cand(void)
{
    if (cand_next >= cands.n)
        return NULL;
    return xstrdup(cands.v[cand_next++]);
}

/* ---- Command names ---- */
static const char *const reserved_words[] = {
    "!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until",
    "while", "{", "}", NULL,
};

static void add_function(struct function *f, void *ctx)
{
    (void)ctx;
    add_cand(f->name);
}

static void add_alias(const char *name, const char *value, void *ctx)
{
    (void)value, (void)ctx;
    add_cand(name);
}

static void add_path_commands(void)
{
    /* Hidden files only when the word starts with a dot. */
    struct strvec found = {0};
    compspec_add_path_commands(cand_prefix, &found);
    for (size_t i = 0; i < found.n; i++)
        if (found.v[i][0] != '.' || cand_prefix[0] == '.')
            add_cand(found.v[i]);
    strvec_clear(&found);
}

static char *command_gen(const char *text, int state)
{
    if (state == 0) {
        start(text);
        for (int i = 0; reserved_words[i]; i++)
            add_cand(reserved_words[i]);
        for (int i = 0; builtin_at(i); i++)
            add_cand(builtin_at(i)->name);
        functions_foreach(add_function, NULL);
        alias_foreach(add_alias, NULL);
        add_path_commands();
    }
    return next_cand();
}

/* ---- $NAME and ${NAME ---- */
static const char *var_lead; /* "$" or "${" */

static void add_var(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)value, (void)flags, (void)ctx;
    if (strncmp(name, cand_prefix, cand_prefix_len) != 0)
        return;
    struct strbuf sb = {0};
    sb_adds(&sb, var_lead);
    sb_adds(&sb, name);
    if (var_lead[1] == '{')
        sb_addc(&sb, '}');
    strvec_push(&cands, sb_detach(&sb));
}

static char *variable_gen(const char *text, int state)
{
    if (state == 0) {
        var_lead = text[1] == '{' ? "${" : "$";
        start(text + strlen(var_lead));
        vars_foreach(0, add_var, NULL);
    }
    return next_cand();
}

/* ---- %job ---- */
static char *job_gen(const char *text, int state)
{
    if (state == 0) {
        start(text);
        char buf[32];
        for (struct job *j = jobs_first(); j; j = jobs_next(j)) {
            snprintf(buf, sizeof buf, "%%%d", j->id);
            add_cand(buf);
            /* %name: the command's first word */
            const char *t = j->text ? j->text : "";
            size_t n = strcspn(t, " \t\n;&|");
            if (n > 0) {
                struct strbuf sb = {0};
                sb_addc(&sb, '%');
                sb_addn(&sb, t, n);
                add_cand(sb_str(&sb));
                sb_release(&sb);
            }
        }
        if (jobs_first()) {
            add_cand("%+");
            add_cand("%-");
        }
    }
    return next_cand();
}

/* ---- Where the word is ----------------------------------------------------------------------
 * XCU 2.9.1: a word is in command position at the start of the line, after an operator
 * (; & | && || ( and newline), after a reserved word that starts a command list, and after
 * assignments that prefix a command. */
static bool starts_list(const char *w, size_t n)
{
    static const char *const kw[] = {"then", "do", "else", "elif", "if", "while", "until", "!",
                                     "{", "time", NULL};
    for (int i = 0; kw[i]; i++)
        if (strlen(kw[i]) == n && strncmp(kw[i], w, n) == 0)
            return true;
    return false;
}

static bool is_assignment(const char *w, size_t n)
{
    const char *eq = memchr(w, '=', n);
    return eq && eq > w && is_name(w, (size_t)(eq - w));
}

/* Looks at the words before `start`: sets *cmd_pos, and *first to the command's first word. */
static bool command_position(int start, char *first, size_t first_size)
{
    const char *line = rl_line_buffer;
    int i = start;
    bool cmd_pos = true;
    first[0] = '\0';
    /* Walk backwards word by word until an operator or the line's start. */
    for (;;) {
        while (i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t'))
            i--;
        if (i == 0 || strchr(";&|(\n", line[i - 1]))
            return cmd_pos;
        int end = i;
        while (i > 0 && !strchr(" \t;&|(\n", line[i - 1]))
            i--;
        size_t n = (size_t)(end - i);
        if (starts_list(line + i, n))
            return cmd_pos;
        if (!is_assignment(line + i, n)) {
            cmd_pos = false;
            if (n < first_size) {
                memcpy(first, line + i, n);
                first[n] = '\0';
            }
        }
    }
}

static bool is_job_builtin(const char *w)
{
    static const char *const names[] = {"fg", "bg", "kill", "wait", "disown", "jobs", NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(w, names[i]) == 0)
            return true;
    return false;
}

static char *dequote(const char *text, int quote_char);

/* ---- Programmable completion (conch mode, as bash) --------------------------------------------
 * The command around the cursor is found (from the last unquoted ; & | ( or newline before it
 * to the next one after it), split into COMP_WORDS as bash splits it, and the compspec of its
 * first word (complete's -F, -W...) gives the matches. */

/* Bash's default COMP_WORDBREAKS. */
#define DEFAULT_WORDBREAKS " \t\n\"'><=;|&(:"

static bool is_cmd_sep(char c) { return c == ';' || c == '&' || c == '|' || c == '(' || c == '\n'; }

/* One step of a quote-aware scan of s (len bytes) at *i: steps over a quote character or a
 * backslash and what it escapes, tracking the open quote in *quote (0 outside quotes).
 * Returns true only for a character outside quotes that the caller should look at. */
static bool unquoted_at(const char *s, int len, int *i, char *quote)
{
    char c = s[*i];
    if (*quote) {
        if (c == *quote)
            *quote = 0;
        else if (*quote == '"' && c == '\\' && *i + 1 < len)
            (*i)++;
        return false;
    }
    if (c == '\\' && *i + 1 < len) {
        (*i)++;
        return false;
    }
    if (c == '\'' || c == '"') {
        *quote = c;
        return false;
    }
    return true;
}

/* Where the command holding point starts and ends in line: scans with quotes in mind. */
static void command_bounds(const char *line, int point, int *start, int *end)
{
    char quote = 0;
    int s = 0, i = 0;
    int len = (int)strlen(line);
    *end = len;
    for (; i < len; i++) {
        if (unquoted_at(line, len, &i, &quote) && is_cmd_sep(line[i])) {
            if (i < point)
                s = i + 1;
            else {
                *end = i;
                break;
            }
        }
    }
    *start = s;
}

struct comp_word {
    int start, end; /* offsets in the command's text */
};

/* Splits text as bash does for COMP_WORDS: blanks separate words, a run of the other
 * COMP_WORDBREAKS characters is a word of its own, quoted text never breaks. */
static size_t split_words(const char *text, const char *breaks, struct comp_word **out)
{
    size_t n = 0, cap = 0;
    struct comp_word *w = NULL;
    int len = (int)strlen(text);
    int i = 0;
    for (;;) {
        while (i < len && strchr(" \t\n", text[i]))
            i++;
        if (i >= len)
            break;
        int s = i;
        bool delim = strchr(breaks, text[i]) && text[i] != '"' && text[i] != '\'';
        if (delim) {
            while (i < len && strchr(breaks, text[i]) && !strchr(" \t\n\"'", text[i]))
                i++;
        } else {
            char quote = 0;
            for (; i < len; i++)
                if (unquoted_at(text, len, &i, &quote)
                    && (strchr(" \t\n", text[i]) || strchr(breaks, text[i])))
                    break;
        }
        if (n == cap)
            w = xrealloc(w, (cap = cap ? cap * 2 : 8) * sizeof *w);
        w[n++] = (struct comp_word){s, i};
    }
    *out = w;
    return n;
}

/* rl_completion_word_break_hook: with a compspec for the command, Readline's word ends at
 * COMP_WORDBREAKS too (bash's `--opt=val` and `host:path` completion rely on it). */
static char *word_breaks;
static char *progcomp_word_breaks(void)
{
    if (!options_extensions() || !opt.progcomp)
        return NULL;
    const char *wb = vars_get("COMP_WORDBREAKS");
    if (!wb)
        return NULL;
    /* Only for a command that has a spec (or with -D): conch's own completion keeps its own
     * word breaks (a `:` in a file name is part of it there). */
    int cs_start, cs_end;
    command_bounds(rl_line_buffer, rl_point, &cs_start, &cs_end);
    char *cmdline = xstrndup(rl_line_buffer + cs_start, (size_t)(cs_end - cs_start));
    struct comp_word *w;
    size_t n = split_words(cmdline, wb, &w);
    bool spec = compspec_special('D') != NULL;
    if (!spec && n > 0 && rl_point > cs_start + w[0].end) {
        char *w0 = xstrndup(cmdline + w[0].start, (size_t)(w[0].end - w[0].start));
        char *cmd = dequote(w0, 0);
        spec = compspec_find(cmd) != NULL;
        free(cmd);
        free(w0);
    }
    free(w);
    free(cmdline);
    if (!spec)
        return NULL;
    free(word_breaks);
    struct strbuf sb = {0};
    sb_adds(&sb, " \t\n");
    for (const char *p = wb; *p; p++)
        if (!strchr(" \t\n\"'", *p))
            sb_addc(&sb, *p);
    word_breaks = sb_detach(&sb);
    return word_breaks;
}

static void set_int(const char *name, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    vars_set(name, buf, 0);
}

/* Runs the compspec for the command around start..end. Returns the matches for Readline, or
 * sets *fallback when conch's own completion should run (no spec, or -o default / bashdefault
 * with no match, or a failed function). */
static char **programmable(const char *text, int start, bool cmd_pos, bool *fallback, bool *files)
{
    *fallback = true;
    *files = false;
    if (!options_extensions() || !opt.progcomp)
        return NULL;
    const char *line = rl_line_buffer;
    int cs_start, cs_end;
    command_bounds(line, start, &cs_start, &cs_end);
    char *cmdline = xstrndup(line + cs_start, (size_t)(cs_end - cs_start));
    int point = rl_point - cs_start;
    if (point < 0)
        point = 0;
    if (point > (int)strlen(cmdline))
        point = (int)strlen(cmdline);
    const char *breaks = vars_get("COMP_WORDBREAKS");
    struct comp_word *w;
    size_t n = split_words(cmdline, breaks ? breaks : DEFAULT_WORDBREAKS, &w);
    /* The word under the cursor; an empty one when the cursor is between words. */
    size_t cword = n;
    for (size_t i = 0; i < n; i++) {
        if (point >= w[i].start && point <= w[i].end) {
            cword = i;
            break;
        }
        if (point < w[i].start) {
            cword = i;
            break;
        }
    }
    bool new_word = cword == n || point < w[cword].start;
    struct array *words = array_new(false);
    intmax_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == cword && new_word)
            array_set(words, k++, "");
        char *t = xstrndup(cmdline + w[i].start, (size_t)(w[i].end - w[i].start));
        array_set(words, k++, t);
        free(t);
    }
    if (cword == n)
        array_set(words, k++, "");
    struct compspec *cs = NULL;
    char *cmd = NULL;
    if (n == 0)
        cs = compspec_special('E');
    else if (cmd_pos)
        cs = compspec_special('I');
    else {
        char *w0 = xstrndup(cmdline + w[0].start, (size_t)(w[0].end - w[0].start));
        cmd = dequote(w0, 0);
        free(w0);
        cs = compspec_find(cmd);
        if (!cs)
            cs = compspec_special('D');
    }
    free(w);
    if (!cs) {
        array_free(words);
        free(cmdline);
        free(cmd);
        return NULL;
    }
    if (!cmd)
        cmd = xstrdup(""); /* -E and -I: no command word yet */
    const char *cur = array_get(words, (intmax_t)cword);
    const char *prev = cword > 0 ? array_get(words, (intmax_t)cword - 1) : "";
    char *prev_copy = xstrdup(prev ? prev : "");
    (void)cur;
    vars_array_replace("COMP_WORDS", words);
    set_int("COMP_CWORD", (long)cword);
    vars_set("COMP_LINE", cmdline, 0);
    set_int("COMP_POINT", point);
    set_int("COMP_TYPE", rl_completion_type ? rl_completion_type : '\t');
    set_int("COMP_KEY", rl_completion_invoking_key ? rl_completion_invoking_key : '\t');
    struct strvec out = {0};
    unsigned opts = 0;
    int r = 0;
    for (int tries = 0; tries < 3; tries++) {
        strvec_clear(&out);
        opts = compspec_options(cs);
        const char *fn = compspec_function(cs);
        if (fn && !functions_find(fn))
            fputc('\n', stderr); /* the message starts on a line of its own */
        r = compspec_generate(cs, cmd, text, prev_copy, &out, &opts);
        if (r != 124)
            break;
        /* 124: the function installed a new spec (lazy loading); look again, as bash does. */
        cs = n == 0 ? compspec_special('E') : cmd_pos ? compspec_special('I') : compspec_find(cmd);
        if (!cs && !cmd_pos && n)
            cs = compspec_special('D');
        if (!cs)
            break;
    }
    vars_unset("COMP_WORDS");
    vars_unset("COMP_CWORD");
    vars_unset("COMP_LINE");
    vars_unset("COMP_POINT");
    vars_unset("COMP_TYPE");
    vars_unset("COMP_KEY");
    free(prev_copy);
    free(cmdline);
    free(cmd);
    if (r == -1 || r == 124 || !cs) {
        rl_on_new_line();
        strvec_clear(&out);
        return NULL;
    }
    if (out.n == 0) {
        strvec_clear(&out);
        /* -o bashdefault: conch's own completion; -o default: file names. */
        *fallback = (opts & COMPOPT_BASHDEFAULT) != 0;
        *files = !*fallback && (opts & COMPOPT_DEFAULT);
        if (!*fallback && !*files)
            rl_attempted_completion_over = 1;
        return NULL;
    }
    *fallback = false;
    rl_attempted_completion_over = 1;
    if (opts & COMPOPT_FILENAMES) {
        rl_filename_completion_desired = 1;
        rl_filename_quoting_desired = !(opts & COMPOPT_NOQUOTE);
    }
    if (opts & COMPOPT_NOSPACE)
        rl_completion_append_character = '\0';
    if (opts & COMPOPT_NOSORT)
        rl_sort_completion_matches = 0;
    /* Readline's array: [0] the common prefix (filled in below), then the matches. */
    char **m = xcalloc(out.n + 2, sizeof *m);
    for (size_t i = 0; i < out.n; i++) {
        m[i + 1] = out.v[i];
        out.v[i] = NULL;
    }
    size_t nm = out.n;
    strvec_clear(&out);
    if (nm == 1) {
        m[0] = m[1];
        m[1] = NULL;
        return m;
    }
    size_t lcd = strlen(m[1]);
    for (size_t i = 2; i <= nm; i++) {
        size_t j = 0;
        while (j < lcd && m[i][j] == m[1][j])
            j++;
        lcd = j;
    }
    m[0] = xstrndup(m[1], lcd);
    return m;
}

static char **attempt(const char *text, int start, int end)
{
    (void)end;
    free(typed_dequoted);
    typed_dequoted = dequote(text, rl_completion_quote_character);
    rl_sort_completion_matches = 1;
    char first[64];
    bool cmd_pos = command_position(start, first, sizeof first);
    bool fallback, files;
    char **pm = programmable(text, start, cmd_pos, &fallback, &files);
    if (pm || (!fallback && !files))
        return pm;
    if (files)
        return NULL; /* Readline's own file-name completion */
    if (text[0] == '$' && !strchr(text, '/')) {
        rl_attempted_completion_over = 1;
        rl_completion_append_character = ' ';
        return rl_completion_matches(text, variable_gen);
    }
    if (text[0] == '%' && is_job_builtin(first)) {
        rl_attempted_completion_over = 1;
        return rl_completion_matches(text, job_gen);
    }
    if (text[0] == '~' && !strchr(text, '/')) {
        rl_attempted_completion_over = 1;
        return rl_completion_matches(text, rl_username_completion_function);
    }
    if (cmd_pos && !strchr(text, '/') && *text) {
        rl_attempted_completion_over = 1;
        return rl_completion_matches(text, command_gen);
    }
    return NULL; /* Readline's own file-name completion */
}

/* ---- Quoting of file names ----------------------------------------------------------------
 * Readline finds the word, completes it and puts the match back; the shell says what is quoted.
 * A typed `my\ d` or `"my d` is the name `my d`, and a match goes back in the same style: after
 * a backslash or unquoted, each special character gets a backslash (`my\ docs/`); inside quotes
 * the quote stays open and Readline closes it. A directory the user wrote with a variable
 * (`$HOME/pro`, `"$HOME"/pro`) is expanded only to read the directory (rl_directory_rewrite_hook,
 * rl_filename_stat_hook): the line keeps `$HOME`, as in bash. */

/* rl_char_is_quoted_p: whether line[index] is escaped by a backslash (an odd number before it)
 * or inside single or double quotes opened before it. */
static int char_is_quoted(char *line, int index)
{
    char quote = 0;
    for (int i = 0; i < index; i++) {
        if (quote == '\'') {
            if (line[i] == '\'')
                quote = 0;
        } else if (line[i] == '\\') {
            i++;
            if (i == index)
                return 1;
        } else if (quote == '"') {
            if (line[i] == '"')
                quote = 0;
        } else if (line[i] == '\'' || line[i] == '"') {
            quote = line[i];
        }
    }
    return quote != 0;
}


/* rl_filename_dequoting_function: the word without its quoting. quote_char is the quote the
 * word is inside of (Readline removed the opening one), or 0. */
static char *dequote(const char *text, int quote_char)
{
    struct strbuf sb = {0};
    char quote = (char)quote_char;
    for (const char *p = text; *p; p++) {
        if (quote == '\'') {
            if (*p == '\'')
                quote = 0;
            else
                sb_addc(&sb, *p);
        } else if (quote == '"') {
            if (*p == '"')
                quote = 0;
            else if (*p == '\\' && p[1] && strchr("\"$`\\", p[1]))
                sb_addc(&sb, *++p);
            else
                sb_addc(&sb, *p);
        } else if (*p == '\\' && p[1]) {
            sb_addc(&sb, *++p);
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
        } else {
            sb_addc(&sb, *p);
        }
    }
    return sb_detach(&sb);
}

static char *dequote_name(char *text, int quote_char)
{
    char *d = dequote(text, quote_char);
    free(typed_dequoted);
    typed_dequoted = xstrdup(d);
    return d;
}

/* rl_filename_quoting_function: a match as it goes back into the line. */
static char *quote_name(char *match, int match_type, char *qcp)
{
    (void)match_type;
    struct strbuf sb = {0};
    const char *p = match;
    /* Keep the directory as the user wrote it when it holds a variable. */
    const char *slash = typed_dequoted ? strrchr(typed_dequoted, '/') : NULL;
    if (slash) {
        size_t n = (size_t)(slash + 1 - typed_dequoted);
        if (memchr(typed_dequoted, '$', n) && strncmp(match, typed_dequoted, n) == 0) {
            sb_addn(&sb, match, n);
            p += n;
        }
    }
    if (*qcp == '\'' || *qcp == '"') {
        sb_addc(&sb, *qcp);
        for (; *p; p++) {
            if (*qcp == '\'' && *p == '\'')
                sb_adds(&sb, "'\\''");
            else if (*qcp == '"' && strchr("\"$`\\", *p))
                sb_addc(&sb, '\\'), sb_addc(&sb, *p);
            else
                sb_addc(&sb, *p);
        }
    } else {
        for (; *p; p++) {
            if (strchr(rl_filename_quote_characters, *p))
                sb_addc(&sb, '\\');
            sb_addc(&sb, *p);
        }
    }
    return sb_detach(&sb);
}

/* $NAME and ${NAME} in a directory name, for reading it (no command substitution, nothing
 * else expanded). NULL when there is none. */
static char *expand_variables(const char *dir)
{
    if (!strchr(dir, '$'))
        return NULL;
    struct strbuf sb = {0};
    for (const char *p = dir; *p; p++) {
        size_t n;
        if (*p == '$' && p[1] == '{' && (n = strcspn(p + 2, "}")) && p[2 + n] == '}'
            && is_name(p + 2, n)) {
            char *name = xstrndup(p + 2, n);
            const char *v = vars_get(name);
            free(name);
            sb_adds(&sb, v ? v : "");
            p += n + 2;
        } else if (*p == '$' && (n = strspn(p + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"))
                   && is_name(p + 1, n)) {
            char *name = xstrndup(p + 1, n);
            const char *v = vars_get(name);
            free(name);
            sb_adds(&sb, v ? v : "");
            p += n;
        } else {
            sb_addc(&sb, *p);
        }
    }
    return sb_detach(&sb);
}

/* rl_filename_stat_hook: *name (malloc'd by Readline) is a directory as the user wrote it,
 * without quotes, then a directory entry: expand its variables. Returns whether it changed. */
static int expand_stat_name(char **name)
{
    char *e = expand_variables(*name);
    if (!e)
        return 0;
    free(*name);
    *name = e;
    return 1;
}

/* rl_directory_rewrite_hook: *name is the directory part of the word as typed, quotes and
 * all (`"$HOME"/`): the directory to read. */
static int rewrite_directory(char **name)
{
    char *d = dequote(*name, rl_completion_quote_character);
    char *e = expand_variables(d);
    free(*name);
    if (e) {
        free(d);
        d = e;
    }
    *name = d;
    return 1;
}

void complete_init(void)
{
    rl_attempted_completion_function = attempt;
    rl_char_is_quoted_p = char_is_quoted;
    rl_filename_dequoting_function = dequote_name;
    rl_filename_quoting_function = quote_name;
    rl_directory_rewrite_hook = rewrite_directory;
    rl_filename_stat_hook = expand_stat_name;
    rl_completion_word_break_hook = progcomp_word_breaks;
    if (options_extensions() && !vars_get("COMP_WORDBREAKS"))
        vars_set("COMP_WORDBREAKS", DEFAULT_WORDBREAKS, 0);
    /* '$', '{' and '@' are not word breaks: "$HO" and "${HO" are completed as a whole. Nor are
     * quotes: `"$HOME"/pro` is one word, and an open quote is found by Readline itself. */
    rl_completer_word_break_characters = " \t\n`><=;|&(";
    rl_completer_quote_characters = "\"'";
    rl_filename_quote_characters = " \t\n\"\\'`@$><=;|&{(*?[]#!";
}
