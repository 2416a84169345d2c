/* complete.c — conch mode's programmable completion builtins (as bash): `complete` stores a
 * compspec per command name, `compgen` prints the matches of the same options, `compopt`
 * changes a spec's -o options (or those of the completion running). front/complete.c asks
 * compspec_find and compspec_generate at Tab; this file only generates words. */
#include "config.h"

#include "builtins/builtins.h"
#include "builtins/compspec.h"
#include "exec/exec.h"
#include "exec/expand.h"
#include "exec/jobs.h"
#include "exec/match.h"
#include "exec/sig.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/parse.h"
#include "shell/alias.h"
#include "shell/array.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <dirent.h>
#include <glob.h>
#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- The actions (-A name, most with a letter of their own) ---------------------------------
 * ORDER: bash's `complete -p` prints the letters first, then the -A names, in this order. */
enum {
    ACT_ALIAS, ACT_BUILTIN, ACT_COMMAND, ACT_DIRECTORY, ACT_EXPORT, ACT_FILE, ACT_GROUP, ACT_JOB,
    ACT_KEYWORD, ACT_SERVICE, ACT_USER, ACT_VARIABLE, ACT_ARRAYVAR, ACT_BINDING, ACT_DISABLED,
    ACT_ENABLED, ACT_FUNCTION, ACT_HELPTOPIC, ACT_HOSTNAME, ACT_RUNNING, ACT_SETOPT, ACT_SHOPT,
    ACT_SIGNAL, ACT_STOPPED, NACT,
};
static const struct {
    const char *name;
    char letter;
} actions[NACT] = {
    {"alias", 'a'}, {"builtin", 'b'}, {"command", 'c'}, {"directory", 'd'}, {"export", 'e'},
    {"file", 'f'}, {"group", 'g'}, {"job", 'j'}, {"keyword", 'k'}, {"service", 's'},
    {"user", 'u'}, {"variable", 'v'}, {"arrayvar", 0}, {"binding", 0}, {"disabled", 0},
    {"enabled", 0}, {"function", 0}, {"helptopic", 0}, {"hostname", 0}, {"running", 0},
    {"setopt", 0}, {"shopt", 0}, {"signal", 0}, {"stopped", 0},
};

/* ORDER: enum compspec_opt. */
static const char *const opt_names[] = {
    "bashdefault", "default", "dirnames", "filenames", "noquote", "nosort", "nospace", "plusdirs", NULL,
};

struct compspec {
    char *name;
    unsigned long actions; /* 1 << ACT_* */
    unsigned opts;
    char *glob, *words, *prefix, *suffix, *filter, *func, *cmd;
};

static struct compspec **specs;
static size_t nspecs;
/* -D, -E, -I */
static struct compspec *special_specs[3];
static const char special_letters[] = "DEI";

/* While a -F function runs for a completion: the options compopt changes (NULL otherwise). */
static unsigned *current_opts;

static void spec_free(struct compspec *cs)
{
    if (!cs)
        return;
    free(cs->name), free(cs->glob), free(cs->words), free(cs->prefix), free(cs->suffix);
    free(cs->filter), free(cs->func), free(cs->cmd);
    free(cs);
}

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

static struct compspec *spec_copy(const struct compspec *o, const char *name)
{
    struct compspec *cs = xcalloc(1, sizeof *cs);
    cs->name = dup_or_null(name);
    cs->actions = o->actions;
    cs->opts = o->opts;
    cs->glob = dup_or_null(o->glob), cs->words = dup_or_null(o->words);
    cs->prefix = dup_or_null(o->prefix), cs->suffix = dup_or_null(o->suffix);
    cs->filter = dup_or_null(o->filter), cs->func = dup_or_null(o->func);
    cs->cmd = dup_or_null(o->cmd);
    return cs;
}

static struct compspec **find_slot(const char *name)
{
    for (size_t i = 0; i < nspecs; i++)
        if (strcmp(specs[i]->name, name) == 0)
            return &specs[i];
    return NULL;
}

static struct compspec **special_slot(char which)
{
    const char *p = strchr(special_letters, which);
    return p && which ? &special_specs[p - special_letters] : NULL;
}

struct compspec *compspec_find(const char *cmd)
{
    struct compspec **s = find_slot(cmd);
    if (!s) {
        const char *base = strrchr(cmd, '/');
        if (base && base[1])
            s = find_slot(base + 1);
    }
    return s ? *s : NULL;
}

struct compspec *compspec_special(char which)
{
    struct compspec **s = special_slot(which);
    return s ? *s : NULL;
}

unsigned compspec_options(const struct compspec *cs) { return cs->opts; }

const char *compspec_function(const struct compspec *cs) { return cs->func; }

static void remove_spec(size_t i)
{
    spec_free(specs[i]);
    memmove(&specs[i], &specs[i + 1], (nspecs - i - 1) * sizeof *specs);
    nspecs--;
}

/* ---- Generating ----------------------------------------------------------------------------- */
static bool has_prefix(const char *s, const char *word) { return strncmp(s, word, strlen(word)) == 0; }

static void add_if(struct strvec *out, const char *s, const char *word)
{
    if (has_prefix(s, word))
        strvec_pushdup(out, s);
}

/* File names as Readline's filename completion gives them: the entries of word's directory
 * starting with its last component, the directory kept as typed (a leading ~ expanded only for
 * reading). With an empty last component every entry but . and .. is listed (hidden ones too,
 * as bash with match-hidden-files on). */
static void add_files(const char *word, struct strvec *out, bool dirs_only)
{
    const char *slash = strrchr(word, '/');
    size_t dlen = slash ? (size_t)(slash + 1 - word) : 0;
    const char *base = word + dlen;
    size_t blen = strlen(base);
    struct strbuf dir = {0};
    if (dlen == 0)
        sb_adds(&dir, ".");
    else if (word[0] == '~') {
        size_t ulen = strcspn(word + 1, "/");
        const char *home = NULL;
        if (ulen == 0)
            home = vars_get("HOME");
        else {
            char *user = xstrndup(word + 1, ulen);
            struct passwd *pw = getpwnam(user);
            free(user);
            home = pw ? pw->pw_dir : NULL;
        }
        if (!home) {
            sb_release(&dir);
            return;
        }
        sb_adds(&dir, home);
        sb_addn(&dir, word + 1 + ulen, dlen - 1 - ulen);
    } else
        sb_addn(&dir, word, dlen);
    DIR *d = opendir(sb_str(&dir));
    if (!d) {
        sb_release(&dir);
        return;
    }
    size_t dirlen = dir.len;
    struct dirent *de;
    struct strbuf m = {0};
    while ((de = readdir(d))) {
        const char *n = de->d_name;
        if (strncmp(n, base, blen) != 0)
            continue;
        if (blen == 0 && (strcmp(n, ".") == 0 || strcmp(n, "..") == 0))
            continue;
        if (dirs_only) {
            sb_truncate(&dir, dirlen);
            if (dlen == 0)
                sb_truncate(&dir, 0);
            else if (dir.len && dir.s[dir.len - 1] != '/')
                sb_addc(&dir, '/');
            sb_adds(&dir, n);
            struct stat st;
            if (stat(sb_str(&dir), &st) != 0 || !S_ISDIR(st.st_mode))
                continue;
        }
        sb_truncate(&m, 0);
        sb_addn(&m, word, dlen);
        sb_adds(&m, n);
        strvec_pushdup(out, sb_str(&m));
    }
    closedir(d);
    sb_release(&m);
    sb_release(&dir);
}

void compspec_add_dirs(const char *word, struct strvec *out) { add_files(word, out, true); }

struct ctx {
    struct strvec *out;
    const char *word;
    unsigned want;
};

static void add_alias(const char *name, const char *value, void *c)
{
    (void)value;
    add_if(((struct ctx *)c)->out, name, ((struct ctx *)c)->word);
}

static void add_function(struct function *f, void *c)
{
    add_if(((struct ctx *)c)->out, f->name, ((struct ctx *)c)->word);
}

static void add_var(const char *name, const char *value, unsigned flags, void *c)
{
    (void)value;
    struct ctx *x = c;
    if ((flags & x->want) == x->want)
        add_if(x->out, name, x->word);
}

static const char *const keywords[] = {
    "!", "[[", "]]", "case", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if",
    "in", "select", "then", "time", "until", "while", "{", "}", NULL,
};

void compspec_add_path_commands(const char *word, struct strvec *out)
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
                if (!has_prefix(de->d_name, word) || strcmp(de->d_name, ".") == 0
                    || strcmp(de->d_name, "..") == 0)
                    continue;
                sb_truncate(&sb, dirlen);
                sb_addc(&sb, '/');
                sb_adds(&sb, de->d_name);
                struct stat st;
                if (stat(sb_str(&sb), &st) == 0 && S_ISREG(st.st_mode) && access(sb_str(&sb), X_OK) == 0)
                    strvec_pushdup(out, de->d_name);
            }
            closedir(d);
        }
        if (!*end)
            break;
        p = end + 1;
    }
    sb_release(&sb);
}

static void add_jobs(const char *word, struct strvec *out, int which)
{
    for (struct job *j = jobs_first(); j; j = jobs_next(j)) {
        if (which == ACT_RUNNING && (jobs_is_done(j) || jobs_is_stopped(j)))
            continue;
        if (which == ACT_STOPPED && !jobs_is_stopped(j))
            continue;
        const char *t = j->text ? j->text : "";
        char *name = xstrndup(t, strcspn(t, " \t\n;&|"));
        if (*name)
            add_if(out, name, word);
        free(name);
    }
}

static void add_hosts(const char *word, struct strvec *out)
{
    const char *file = vars_get("HOSTFILE");
    FILE *f = fopen(file && *file ? file : "/etc/hosts", "r");
    if (!f)
        return;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "#")] = '\0';
        char *save = NULL;
        char *tok = strtok_r(line, " \t\n", &save); /* the address */
        while (tok && (tok = strtok_r(NULL, " \t\n", &save)))
            add_if(out, tok, word);
    }
    fclose(f);
}

static void generate_action(int act, const char *word, struct strvec *out)
{
    struct ctx c = {out, word, 0};
    bool *flag, end = false;
    switch (act) {
    case ACT_ALIAS: alias_foreach(add_alias, &c); break;
    case ACT_BUILTIN:
    case ACT_ENABLED:
    case ACT_HELPTOPIC:
        for (int i = 0; builtin_at(i); i++)
            add_if(out, builtin_at(i)->name, word);
        break;
    case ACT_COMMAND:
        if (strchr(word, '/')) {
            add_files(word, out, false);
            break;
        }
        alias_foreach(add_alias, &c);
        for (int i = 0; keywords[i]; i++)
            add_if(out, keywords[i], word);
        for (int i = 0; builtin_at(i); i++)
            add_if(out, builtin_at(i)->name, word);
        functions_foreach(add_function, &c);
        compspec_add_path_commands(word, out);
        break;
    case ACT_DIRECTORY: add_files(word, out, true); break;
    case ACT_FILE: add_files(word, out, false); break;
    case ACT_EXPORT: c.want = VAR_EXPORT; vars_foreach(0, add_var, &c); break;
    case ACT_VARIABLE: vars_foreach(0, add_var, &c); break;
    case ACT_ARRAYVAR: c.want = VAR_ARRAY; vars_foreach(0, add_var, &c); break;
    case ACT_FUNCTION: functions_foreach(add_function, &c); break;
    case ACT_KEYWORD:
        for (int i = 0; keywords[i]; i++)
            add_if(out, keywords[i], word);
        break;
    case ACT_GROUP: {
        struct group *g;
        setgrent();
        while ((g = getgrent()))
            add_if(out, g->gr_name, word);
        endgrent();
        break;
    }
    case ACT_USER: {
        struct passwd *pw;
        setpwent();
        while ((pw = getpwent()))
            add_if(out, pw->pw_name, word);
        endpwent();
        break;
    }
    case ACT_SERVICE: {
        struct servent *s;
        setservent(0);
        while ((s = getservent()))
            add_if(out, s->s_name, word);
        endservent();
        break;
    }
    case ACT_JOB:
    case ACT_RUNNING:
    case ACT_STOPPED: add_jobs(word, out, act); break;
    case ACT_HOSTNAME: add_hosts(word, out); break;
    case ACT_SETOPT:
        for (int i = 0; !end; i++) {
            const char *n = options_name_at(i, &flag, &end);
            if (n)
                add_if(out, n, word);
        }
        break;
    case ACT_SHOPT:
        for (int i = 0; options_shopt_at(i, &flag); i++)
            add_if(out, options_shopt_at(i, &flag), word);
        break;
    case ACT_SIGNAL:
        for (int s = 1; s < NSIG; s++) {
            const char *n = sig_name(s);
            if (n && *n) {
                char buf[64];
                snprintf(buf, sizeof buf, "SIG%s", n);
                add_if(out, buf, word);
            }
        }
        break;
    default: break; /* binding, disabled: conch has none to offer */
    }
}

/* text expanded as inside double quotes ($var, $(cmd), ${a[@]}): NULL after a message. */
static char *expand_text(const char *text, const char *who)
{
    struct arena *a = arena_new();
    struct word *w = parse_dquoted_text(a, text, who);
    char *s = w ? expand_word_string(w, EXPAND_PLAIN) : NULL;
    arena_unref(a);
    return s;
}

/* -W: the list is split at IFS characters (outside quotes), then each word is expanded with
 * its quotes removed, as bash does; the words starting with word are kept. */
static void generate_words(const char *list, const char *word, struct strvec *out)
{
    const char *ifs = vars_get("IFS");
    if (!ifs)
        ifs = " \t\n";
    struct strbuf w = {0};
    const char *p = list;
    for (;;) {
        while (*p && strchr(ifs, *p))
            p++;
        if (!*p)
            break;
        sb_truncate(&w, 0);
        char q = 0;
        for (; *p && (q || !strchr(ifs, *p)); p++) {
            if (q) {
                if (*p == q)
                    q = 0;
            } else if (*p == '\'' || *p == '"') {
                q = *p;
            } else if (*p == '\\' && p[1]) {
                sb_addc(&w, *p++);
            }
            sb_addc(&w, *p);
        }
        /* Quote removal, then expansion: rewritten for the double-quote parser, which takes
         * single quotes literally and a backslash only before $ ` \. */
        struct strbuf t = {0};
        /* Single quotes and backslashes the dquoted parser keeps literally: strip them here. */
        const char *s = sb_str(&w);
        char sq = 0;
        for (; *s; s++) {
            if (sq == '\'') {
                if (*s == '\'')
                    sq = 0;
                else if (strchr("$`\\", *s))
                    sb_addc(&t, '\\'), sb_addc(&t, *s);
                else
                    sb_addc(&t, *s);
            } else if (sq == '"') {
                if (*s == '"')
                    sq = 0;
                else
                    sb_addc(&t, *s);
            } else if (*s == '\'' || *s == '"') {
                sq = *s;
            } else if (*s == '\\' && s[1]) {
                s++;
                if (strchr("$`\\", *s))
                    sb_addc(&t, '\\');
                sb_addc(&t, *s);
            } else {
                sb_addc(&t, *s);
            }
        }
        char *e = expand_text(sb_str(&t), "compgen");
        sb_release(&t);
        if (!e)
            continue;
        /* An unquoted expansion is split again (-W '$list' offers each of its words). */
        if (strpbrk(sb_str(&w), "\"'\\") || !strpbrk(sb_str(&w), "$`")) {
            add_if(out, e, word);
        } else {
            for (char *f = e; *f;) {
                f += strspn(f, ifs);
                size_t fl = strcspn(f, ifs);
                if (fl) {
                    char *one = xstrndup(f, fl);
                    add_if(out, one, word);
                    free(one);
                }
                f += fl;
            }
        }
        free(e);
    }
    sb_release(&w);
}

static void generate_glob(const char *pat, struct strvec *out)
{
    glob_t g;
    if (glob(pat, 0, NULL, &g) == 0)
        for (size_t i = 0; i < g.gl_pathc; i++)
            strvec_pushdup(out, g.gl_pathv[i]);
    globfree(&g);
}

static void append_shell_quoted(struct strbuf *sb, const char *s)
{
    sb_addc(sb, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            sb_adds(sb, "'\\''");
        else
            sb_addc(sb, *s);
    }
    sb_addc(sb, '\'');
}

/* -F: the function with $1 $2 $3, then COMPREPLY. $? is kept for the command line. */
static int call_function(const char *func, const char *cmd, const char *word, const char *prev,
                         struct strvec *out)
{
    if (!functions_find(func)) {
        error_msg("completion: function `%s' not found", func);
        return -1;
    }
    vars_unset("COMPREPLY");
    char *argv[] = {(char *)func, (char *)cmd, (char *)word, (char *)prev, NULL};
    int saved = sh.last_status;
    int st = exec_argv(4, argv, 0);
    fflush(stdout);
    if (sh.flow == FLOW_RETURN || sh.flow == FLOW_BREAK || sh.flow == FLOW_CONTINUE)
        sh.flow = FLOW_NORMAL;
    sh.last_status = saved;
    if (st == 124)
        return 124;
    const struct array *arr = vars_array("COMPREPLY");
    if (arr) {
        for (size_t i = 0; i < array_count(arr); i++)
            strvec_pushdup(out, array_at(arr, i, NULL, NULL));
    } else {
        const char *v = vars_get("COMPREPLY");
        if (v)
            strvec_pushdup(out, v);
    }
    return 0;
}

/* -C: the command's output lines, run with $1 $2 $3 as arguments and COMP_LINE, COMP_POINT,
 * COMP_KEY and COMP_TYPE in its environment. */
static int call_command(const char *command, const char *cmd, const char *word, const char *prev,
                        struct strvec *out)
{
    struct strbuf sb = {0};
    sb_adds(&sb, "$(COMP_LINE=\"$COMP_LINE\" COMP_POINT=\"$COMP_POINT\" COMP_KEY=\"$COMP_KEY\" "
                 "COMP_TYPE=\"$COMP_TYPE\" ");
    sb_adds(&sb, command);
    sb_addc(&sb, ' ');
    append_shell_quoted(&sb, cmd);
    sb_addc(&sb, ' ');
    append_shell_quoted(&sb, word);
    sb_addc(&sb, ' ');
    append_shell_quoted(&sb, prev);
    sb_addc(&sb, ')');
    int saved = sh.last_status;
    char *text = expand_text(sb_str(&sb), "complete");
    sh.last_status = saved;
    sb_release(&sb);
    if (!text)
        return -1;
    for (char *p = text; *p;) {
        size_t n = strcspn(p, "\n");
        char *line = xstrndup(p, n);
        strvec_push(out, line);
        p += n;
        if (*p)
            p++;
    }
    free(text);
    return 0;
}

/* -X: & stands for the word (\& for a literal &); a leading ! keeps the matches instead. */
static void apply_filter(const char *filter, const char *word, struct strvec *v)
{
    bool negate = filter[0] == '!';
    if (negate)
        filter++;
    struct strbuf pat = {0};
    for (const char *p = filter; *p; p++) {
        if (*p == '\\' && p[1] == '&')
            sb_addc(&pat, *++p);
        else if (*p == '&')
            for (const char *w = word; *w; w++) {
                if (strchr("*?[]\\", *w))
                    sb_addc(&pat, '\\');
                sb_addc(&pat, *w);
            }
        else
            sb_addc(&pat, *p);
    }
    size_t k = 0;
    for (size_t i = 0; i < v->n; i++) {
        bool m = match_pattern_flags(sb_str(&pat), v->v[i], match_flags());
        if (m == negate)
            v->v[k++] = v->v[i];
        else
            free(v->v[i]);
    }
    v->n = k;
    if (v->v)
        v->v[k] = NULL;
    sb_release(&pat);
}

int compspec_generate(struct compspec *spec, const char *cmd, const char *word, const char *prev,
                      struct strvec *out, unsigned *opts)
{
    /* A copy: the function may replace or remove the spec (bash-completion's loader does). */
    struct compspec *cs = spec_copy(spec, spec->name);
    struct strvec got = {0};
    int ret = 0;
    for (int a = 0; a < NACT; a++)
        if (cs->actions & (1UL << a))
            generate_action(a, word, &got);
    if (cs->glob)
        generate_glob(cs->glob, &got);
    if (cs->words)
        generate_words(cs->words, word, &got);
    if (cs->func) {
        unsigned *outer = current_opts;
        current_opts = opts;
        ret = call_function(cs->func, cmd, word, prev, &got);
        current_opts = outer;
    }
    if (ret == 0 && cs->cmd)
        ret = call_command(cs->cmd, cmd, word, prev, &got);
    if (cs->filter)
        apply_filter(cs->filter, word, &got);
    for (size_t i = 0; i < got.n; i++) {
        if (!cs->prefix && !cs->suffix) {
            strvec_push(out, got.v[i]);
            got.v[i] = NULL;
            continue;
        }
        struct strbuf sb = {0};
        sb_adds(&sb, cs->prefix ? cs->prefix : "");
        sb_adds(&sb, got.v[i]);
        sb_adds(&sb, cs->suffix ? cs->suffix : "");
        strvec_push(out, sb_detach(&sb));
    }
    if ((*opts & COMPOPT_PLUSDIRS) || ((*opts & COMPOPT_DIRNAMES) && out->n == 0))
        compspec_add_dirs(word, out);
    strvec_clear(&got);
    spec_free(cs);
    return ret;
}

/* ---- The builtins --------------------------------------------------------------------------- */
static int find_action(const char *name)
{
    for (int a = 0; a < NACT; a++)
        if (strcmp(actions[a].name, name) == 0)
            return a;
    return -1;
}

static int find_opt(const char *name)
{
    for (int i = 0; opt_names[i]; i++)
        if (strcmp(opt_names[i], name) == 0)
            return i;
    return -1;
}

static void set_str(char **field, const char *v)
{
    free(*field);
    *field = xstrdup(v);
}

/* One spec as a command that makes it again, as bash prints it. */
static void print_spec(const struct compspec *cs, const char *name, char which)
{
    struct strbuf sb = {0};
    sb_adds(&sb, "complete");
    for (int i = 0; opt_names[i]; i++)
        if (cs->opts & (1u << i))
            sb_adds(&sb, " -o "), sb_adds(&sb, opt_names[i]);
    for (int a = 0; a < NACT; a++) {
        if (!(cs->actions & (1UL << a)))
            continue;
        if (actions[a].letter)
            sb_adds(&sb, " -"), sb_addc(&sb, actions[a].letter);
        else
            sb_adds(&sb, " -A "), sb_adds(&sb, actions[a].name);
    }
    const struct {
        const char *flag;
        const char *v;
    } strs[] = {{"-G", cs->glob}, {"-W", cs->words}, {"-P", cs->prefix}, {"-S", cs->suffix},
                {"-X", cs->filter}, {"-C", cs->cmd}};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        if (strs[i].v) {
            sb_addc(&sb, ' ');
            sb_adds(&sb, strs[i].flag);
            sb_addc(&sb, ' ');
            append_shell_quoted(&sb, strs[i].v);
        }
    if (cs->func)
        sb_adds(&sb, " -F "), sb_adds(&sb, cs->func);
    if (which)
        sb_adds(&sb, " -"), sb_addc(&sb, which);
    else {
        sb_addc(&sb, ' ');
        sb_adds(&sb, name);
    }
    puts(sb_str(&sb));
    sb_release(&sb);
}

/* The options shared by complete and compgen: fills cs; returns the index of the first operand,
 * or -1 after a usage message. */
struct parsed {
    bool print, remove;
    char which[4]; /* -D -E -I given */
};

static int parse_spec(int argc, char **argv, const char *spec, struct compspec *cs, struct parsed *p)
{
    struct builtin_opts o = {.index = 1};
    int c;
    while ((c = builtin_getopt(&o, argc, argv, spec)) != -1) {
        if (c == '?')
            return -1;
        int a;
        switch (c) {
        case 'p': p->print = true; break;
        case 'r': p->remove = true; break;
        case 'D':
        case 'E':
        case 'I':
            if (!strchr(p->which, c))
                p->which[strlen(p->which)] = (char)c;
            break;
        case 'o':
            if ((a = find_opt(o.arg)) < 0) {
                error_msg("%s: %s: invalid option name", argv[0], o.arg);
                return -1;
            }
            cs->opts |= 1u << a;
            break;
        case 'A':
            if ((a = find_action(o.arg)) < 0) {
                error_msg("%s: %s: invalid action name", argv[0], o.arg);
                return -1;
            }
            cs->actions |= 1UL << a;
            break;
        case 'G': set_str(&cs->glob, o.arg); break;
        case 'W': set_str(&cs->words, o.arg); break;
        case 'P': set_str(&cs->prefix, o.arg); break;
        case 'S': set_str(&cs->suffix, o.arg); break;
        case 'X': set_str(&cs->filter, o.arg); break;
        case 'F': set_str(&cs->func, o.arg); break;
        case 'C': set_str(&cs->cmd, o.arg); break;
        default:
            for (a = 0; a < NACT; a++)
                if (actions[a].letter == c)
                    cs->actions |= 1UL << a;
            break;
        }
    }
    return o.index;
}

#define GEN_LETTERS "abcdefgjksuvo:A:G:W:F:C:X:P:S:"

static bool spec_empty(const struct compspec *cs)
{
    return !cs->actions && !cs->opts && !cs->glob && !cs->words && !cs->prefix && !cs->suffix
           && !cs->filter && !cs->func && !cs->cmd;
}

static int print_all(void)
{
    for (size_t i = 0; i < nspecs; i++)
        print_spec(specs[i], specs[i]->name, 0);
    for (int i = 0; i < 3; i++)
        if (special_specs[i])
            print_spec(special_specs[i], NULL, special_letters[i]);
    return builtin_flush("complete");
}

int builtin_complete(int argc, char **argv)
{
    struct compspec cs = {0};
    struct parsed p = {0};
    int first = parse_spec(argc, argv, GEN_LETTERS "prDEI", &cs, &p);
    int status = 0;
    if (first < 0) {
        status = 2;
        goto out;
    }
    if (p.remove) {
        for (const char *w = p.which; *w; w++) {
            struct compspec **s = special_slot(*w);
            spec_free(*s);
            *s = NULL;
        }
        if (first >= argc && !*p.which)
            while (nspecs)
                remove_spec(nspecs - 1);
        for (int i = first; i < argc; i++) {
            struct compspec **s = find_slot(argv[i]);
            if (!s) {
                error_msg("complete: %s: no completion specification", argv[i]);
                status = 1;
            } else
                remove_spec((size_t)(s - specs));
        }
        goto out;
    }
    if (p.print || (first >= argc && !*p.which && spec_empty(&cs))) {
        if (first >= argc && !*p.which) {
            status = print_all();
            goto out;
        }
        for (const char *w = p.which; *w; w++) {
            if (*special_slot(*w)) {
                print_spec(*special_slot(*w), NULL, *w);
            } else {
                error_msg("complete: -%c: no completion specification", *w);
                status = 1;
            }
        }
        for (int i = first; i < argc; i++) {
            struct compspec **s = find_slot(argv[i]);
            if (!s) {
                error_msg("complete: %s: no completion specification", argv[i]);
                status = 1;
            } else
                print_spec(*s, argv[i], 0);
        }
        if (builtin_flush("complete"))
            status = 1;
        goto out;
    }
    if (first >= argc && !*p.which) {
        status = builtin_usage_error("complete", "a command name, -D, -E or -I is needed");
        goto out;
    }
    for (const char *w = p.which; *w; w++) {
        struct compspec **s = special_slot(*w);
        spec_free(*s);
        *s = spec_copy(&cs, NULL);
    }
    for (int i = first; i < argc && !*p.which; i++) {
        struct compspec **s = find_slot(argv[i]);
        if (s) {
            spec_free(*s);
            *s = spec_copy(&cs, argv[i]);
        } else {
            specs = xrealloc(specs, (nspecs + 1) * sizeof *specs);
            specs[nspecs++] = spec_copy(&cs, argv[i]);
        }
    }
out:
    free(cs.glob), free(cs.words), free(cs.prefix), free(cs.suffix);
    free(cs.filter), free(cs.func), free(cs.cmd);
    return status;
}

int builtin_compgen(int argc, char **argv)
{
    struct compspec cs = {0};
    struct parsed p = {0};
    int first = parse_spec(argc, argv, GEN_LETTERS, &cs, &p);
    int status = 1;
    if (first < 0) {
        status = 2;
        goto out;
    }
    if (first + 1 < argc) {
        status = builtin_usage_error("compgen", "too many arguments");
        goto out;
    }
    if (cs.func)
        error_msg("compgen: warning: -F option may not work as you expect");
    if (cs.cmd)
        error_msg("compgen: warning: -C option may not work as you expect");
    const char *word = first < argc ? argv[first] : "";
    struct strvec out = {0};
    unsigned opts = cs.opts;
    int r = compspec_generate(&cs, "compgen", word, "", &out, &opts);
    if (r == 0 && out.n == 0 && (opts & COMPOPT_DEFAULT))
        add_files(word, &out, false);
    for (size_t i = 0; i < out.n; i++)
        puts(out.v[i]);
    status = r == 0 && out.n > 0 ? 0 : 1;
    strvec_clear(&out);
    if (builtin_flush("compgen"))
        status = 1;
out:
    free(cs.glob), free(cs.words), free(cs.prefix), free(cs.suffix);
    free(cs.filter), free(cs.func), free(cs.cmd);
    return status;
}

/* compopt [-o|+o option]... [-DEI] [name...]: without names (or -DEI) it changes the
 * completion running; outside one that is an error, as in bash. */
int builtin_compopt(int argc, char **argv)
{
    unsigned on = 0, off = 0;
    char which[4] = "";
    int i = 1;
    for (const char *a; (a = builtin_signed_option(argc, argv, &i)); i++) {
        for (const char *c = a + 1; *c; c++) {
            if (*c == 'o') {
                const char *name = c[1] ? c + 1 : argv[++i];
                if (!name) {
                    return builtin_usage_error("compopt", "-o: option requires an argument");
                }
                int k = find_opt(name);
                if (k < 0) {
                    error_msg("compopt: %s: invalid option name", name);
                    return 2;
                }
                if (a[0] == '-')
                    on |= 1u << k, off &= ~(1u << k);
                else
                    off |= 1u << k, on &= ~(1u << k);
                break;
            } else if (a[0] == '-' && strchr("DEI", *c)) {
                if (!strchr(which, *c))
                    which[strlen(which)] = *c;
            } else {
                return builtin_usage_error("compopt", "%c%c: invalid option", a[0], *c);
            }
        }
    }
    if (i >= argc && !*which) {
        if (!current_opts) {
            error_msg("compopt: not currently executing completion function");
            return 1;
        }
        *current_opts = (*current_opts | on) & ~off;
        return 0;
    }
    int status = 0;
    for (const char *w = which; *w; w++) {
        struct compspec *cs = *special_slot(*w);
        if (cs)
            cs->opts = (cs->opts | on) & ~off;
    }
    for (; i < argc; i++) {
        struct compspec **s = find_slot(argv[i]);
        if (!s) {
            error_msg("compopt: %s: no completion specification", argv[i]);
            status = 1;
            continue;
        }
        (*s)->opts = ((*s)->opts | on) & ~off;
    }
    return status;
}
