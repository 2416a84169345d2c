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

static char **attempt(const char *text, int start, int end)
{
    (void)end;
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

void complete_init(void)
{
    rl_attempted_completion_function = attempt;
    /* '$', '{' and '@' are not word breaks: "$HO" and "${HO" are completed as a whole. */
    rl_completer_word_break_characters = " \t\n\"'`><=;|&(";
    rl_completer_quote_characters = "\"'";
    rl_filename_quote_characters = " \t\n\"\\'`@$><=;|&{(*?[]#!";
}
