/* complete.c — Tab completion for Readline (lineedit.c): command names in command position,
 * $NAME variables, ~user, job specs after the job builtins, file names everywhere else. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
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
    const char *path = vars_get("PATH");
    if (!path)
        return;
    struct strbuf sb = {0};
    for (const char *p = path;;) {
        const char *end = strchrnul(p, ':');
        sb_truncate(&sb, 0);
        if (end > p)
            sb_addn(&sb, p, end - p);
        else
            sb_addc(&sb, '.');
        DIR *d = opendir(sb_str(&sb));
        size_t dirlen = sb.len;
        if (d) {
            struct dirent *de;
            while ((de = readdir(d))) {
                if (de->d_name[0] == '.' || strncmp(de->d_name, cand_prefix, cand_prefix_len) != 0)
                    continue;
                sb_truncate(&sb, dirlen);
                sb_addc(&sb, '/');
                sb_adds(&sb, de->d_name);
                struct stat st;
                if (stat(sb_str(&sb), &st) == 0 && S_ISREG(st.st_mode) && access(sb_str(&sb), X_OK) == 0)
                    add_cand(de->d_name);
            }
            closedir(d);
        }
        if (!*end)
            break;
        p = end + 1;
    }
    sb_release(&sb);
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

static char **attempt(const char *text, int start, int end)
{
    (void)end;
    free(typed_dequoted);
    typed_dequoted = dequote(text, rl_completion_quote_character);
    char first[64];
    bool cmd_pos = command_position(start, first, sizeof first);
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
    /* '$', '{' and '@' are not word breaks: "$HO" and "${HO" are completed as a whole. Nor are
     * quotes: `"$HOME"/pro` is one word, and an open quote is found by Readline itself. */
    rl_completer_word_break_characters = " \t\n`><=;|&(";
    rl_completer_quote_characters = "\"'";
    rl_filename_quote_characters = " \t\n\"\\'`@$><=;|&{(*?[]#!";
}
