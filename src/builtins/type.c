/* type.c — the type utility (XCU type): tells how the shell would interpret each name, in the
 * order the executor looks names up: keyword, alias, special builtin, function, builtin, PATH.
 * conch mode adds bash's -a -f -p -P -t and shows a function's definition. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"
#include "shell/alias.h"
#include "lib/strbuf.h"
#include "parse/ast.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* XCU 2.4 reserved words. ORDER: the same list as parse/classify.c. */
static const char *const reserved[] = {"!",  "{",    "}",    "case",  "do", "done", "elif", "else",
                                       "esac", "fi", "for", "if", "in", "then", "until", "while"};

static bool is_reserved(const char *name)
{
    if (strcmp(name, "time") == 0 && options_extensions())
        return true; /* conch mode's keyword (parse/classify.c) */
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(name, reserved[i]) == 0)
            return true;
    return false;
}

static bool is_executable_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode) && access(path, X_OK) == 0;
}

/* What `type` is asked (conch mode options, as bash's): */
enum {
    TYPE_ALL = 1 << 0,       /* -a: every place the name is found, PATH entries included */
    TYPE_WORD = 1 << 1,      /* -t: one word: alias, keyword, function, builtin or file */
    TYPE_PATH = 1 << 2,      /* -p: the file only, when the name would run a file */
    TYPE_FORCEPATH = 1 << 3, /* -P: the file in PATH, whatever else the name is */
    TYPE_NOFUNC = 1 << 4,    /* -f: functions are not looked up */
    TYPE_BODY = 1 << 5,      /* conch mode: a function is shown with its definition */
};

/* The word of -t, or the sentence. */
static void say(const char *name, unsigned how, const char *word, const char *sentence)
{
    if (how & TYPE_WORD)
        printf("%s\n", word);
    else if (!(how & (TYPE_PATH | TYPE_FORCEPATH)))
        printf("%s %s\n", name, sentence);
}

static void show_function(const char *name, struct function *f, unsigned how)
{
    if (!(how & TYPE_BODY) || (how & (TYPE_WORD | TYPE_PATH | TYPE_FORCEPATH))) {
        say(name, how, "function", "is a shell function");
        return;
    }
    /* As bash prints it: the sentence, then the definition as it reads back. */
    printf("%s is a function\n", name);
    struct node fn = {.kind = NODE_FUNCDEF, .lineno = 0};
    fn.funcdef.name = f->name;
    fn.funcdef.body = f->body;
    struct strbuf sb = {0};
    unparse_node_pretty(&sb, &fn, 0);
    fwrite(sb_str(&sb), 1, sb.len, stdout);
    sb_release(&sb);
}

/* -a: every executable file called name in the directories of pathvar (PATH). */
static bool all_in_path(const char *name, const char *pathvar, unsigned how)
{
    if (!pathvar)
        pathvar = vars_get("PATH");
    bool found = false;
    struct strbuf sb = {0};
    for (const char *p = pathvar ? pathvar : ""; pathvar;) {
        const char *end = strchrnul(p, ':');
        sb_truncate(&sb, 0);
        sb_addn(&sb, p, (size_t)(end - p));
        if (end > p)
            sb_addc(&sb, '/');
        sb_adds(&sb, name);
        if (is_executable_file(sb_str(&sb))) {
            found = true;
            if (how & TYPE_WORD)
                printf("file\n");
            else if (how & (TYPE_PATH | TYPE_FORCEPATH))
                printf("%s\n", sb_str(&sb));
            else
                printf("%s is %s\n", name, sb_str(&sb));
        }
        if (!*end)
            break;
        p = end + 1;
    }
    sb_release(&sb);
    return found;
}

/* Prints the description of name; returns false if it is not found. */
static bool describe(const char *name, const char *pathvar, unsigned how)
{
    bool all = how & TYPE_ALL, found = false;
    if (!(how & TYPE_FORCEPATH)) {
        if (is_reserved(name)) {
            say(name, how, "keyword", "is a shell keyword");
            if (!all)
                return true;
            found = true;
        }
        const char *alias = alias_get(name);
        if (alias) {
            if (how & TYPE_WORD)
                printf("alias\n");
            else if (!(how & TYPE_PATH))
                printf("%s is an alias for %s\n", name, alias);
            if (!all)
                return true;
            found = true;
        }
        const struct builtin *b = builtin_find(name);
        if (b && (b->flags & BUILTIN_SPECIAL)) {
            say(name, how, "builtin", "is a special shell builtin");
            if (!all)
                return true;
            found = true;
        }
        struct function *f = (how & TYPE_NOFUNC) ? NULL : functions_find(name);
        if (f) {
            show_function(name, f, how);
            if (!all)
                return true;
            found = true;
        }
        if (b && !(b->flags & BUILTIN_SPECIAL)) {
            say(name, how, "builtin", "is a shell builtin");
            if (!all)
                return true;
            found = true;
        }
    }
    if (all && !strchr(name, '/'))
        return all_in_path(name, pathvar, how) || found;
    char *path = search_path_in(name, pathvar);
    /* search_path returns a name with a slash as it is: check that it can run. */
    if (path && (!strchr(name, '/') || is_executable_file(path))) {
        if (how & TYPE_WORD)
            printf("file\n");
        else if (how & (TYPE_PATH | TYPE_FORCEPATH))
            printf("%s\n", path);
        else
            printf("%s is %s\n", name, path);
        free(path);
        return true;
    }
    free(path);
    return found;
}

int builtin_type(int argc, char **argv)
{
    return builtin_type_in(argc, argv, NULL);
}

int builtin_type_in(int argc, char **argv, const char *path)
{
    unsigned how = 0;
    int first;
    /* `command -V` calls this with "--" first: it takes no options even in conch mode. */
    if (options_extensions() && strcmp(argv[0], "type") == 0) {
        struct builtin_opts o = {.index = 1};
        int c;
        while ((c = builtin_getopt(&o, argc, argv, "afptP")) != -1) {
            switch (c) {
            case 'a': how |= TYPE_ALL; break;
            case 'f': how |= TYPE_NOFUNC; break;
            case 'p': how |= TYPE_PATH; break;
            case 't': how |= TYPE_WORD; break;
            case 'P': how |= TYPE_FORCEPATH; break;
            default: return 2;
            }
        }
        first = o.index;
        how |= TYPE_BODY;
    } else {
        first = builtin_operands(argc, argv);
    }
    if (first < 0)
        return 2;
    int status = 0;
    for (int i = first; i < argc; i++) {
        if (!describe(argv[i], path, how)) {
            status = 1;
            /* -t, -p and -P say nothing about a name they do not find, as in bash. */
            if (how & (TYPE_WORD | TYPE_PATH | TYPE_FORCEPATH))
                continue;
            fflush(stdout); /* keep the order of stdout and stderr lines on a terminal */
            error_msg("%s: %s: not found", argv[0], argv[i]); /* "command" for command -V */
        }
    }
    if (builtin_flush(argv[0]))
        status = 1;
    return status;
}
