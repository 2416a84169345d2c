/* pushd.c — pushd, popd and dirs (conch mode, as in bash and ksh's pushd extensions): the
 * directory stack in shell/dirstack.c, whose top is always the working directory. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/dirstack.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Options and at most one operand: "+N"/"-N" index forms are operands here, not options. */
struct dirargs {
    bool n, c, l, p, v;
    const char *operand;
};

static int parse_args(const char *name, const char *letters, int argc, char **argv,
                      struct dirargs *a)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--") == 0) {
            i++;
            break;
        }
        if (s[0] != '-' || !s[1] || (s[1] >= '0' && s[1] <= '9'))
            break;
        for (const char *p = s + 1; *p; p++) {
            if (!strchr(letters, *p))
                return builtin_usage_error(name, "-%c: invalid option", *p);
            a->n |= *p == 'n';
            a->c |= *p == 'c';
            a->l |= *p == 'l';
            a->p |= *p == 'p';
            a->v |= *p == 'v';
        }
    }
    if (i < argc)
        a->operand = argv[i++];
    if (i < argc)
        return builtin_usage_error(name, "too many arguments");
    return 0;
}

/* An entry as dirs shows it: $HOME at its start becomes ~ unless long is asked for. */
static void print_entry(const char *dir, bool longform)
{
    const char *home = vars_get("HOME");
    size_t h = home ? strlen(home) : 0;
    if (!longform && h > 1 && strncmp(dir, home, h) == 0 && (dir[h] == '/' || dir[h] == '\0'))
        printf("~%s", dir + h);
    else
        fputs(dir, stdout);
}

static void print_stack(const struct dirargs *a)
{
    for (size_t i = 0; i < dirstack_size(); i++) {
        if (a->v)
            printf("%2zu  ", i);
        print_entry(dirstack_get(i), a->l);
        putchar(a->v || a->p ? '\n' : i + 1 < dirstack_size() ? ' ' : '\n');
    }
}

static int bad_index(const char *name, const char *arg)
{
    if (dirstack_size() == 1)
        error_msg("%s: directory stack empty", name);
    else
        error_msg("%s: %s: directory stack index out of range", name, arg);
    return 1;
}

/* cd through the cd builtin, so PWD, OLDPWD and CDPATH work as for cd. */
static bool change_dir(const char *dir)
{
    char *argv[] = {"cd", "--", (char *)dir, NULL};
    return builtin_cd(3, argv) == 0;
}

int builtin_dirs(int argc, char **argv)
{
    struct dirargs a = {0};
    if (parse_args("dirs", "clpv", argc, argv, &a))
        return 2;
    if (a.c) {
        dirstack_clear();
        return 0;
    }
    if (a.operand) {
        size_t i;
        if (a.operand[0] != '+' && a.operand[0] != '-')
            return builtin_usage_error("dirs", "%s: invalid number", a.operand);
        if (!dirstack_index(a.operand, &i))
            return bad_index("dirs", a.operand);
        print_entry(dirstack_get(i), a.l);
        putchar('\n');
    } else {
        print_stack(&a);
    }
    return builtin_flush("dirs");
}

int builtin_pushd(int argc, char **argv)
{
    struct dirargs a = {0};
    if (parse_args("pushd", "n", argc, argv, &a))
        return 2;
    char *old = xstrdup(dirstack_get(0));
    int status = 0;
    size_t i;
    if (!a.operand) {
        /* Exchange the top two entries. */
        if (dirstack_size() == 1) {
            error_msg("pushd: no other directory");
            status = 1;
        } else if (!a.n) {
            char *next = xstrdup(dirstack_get(1));
            if (change_dir(next)) {
                dirstack_remove(1);
                dirstack_insert(1, old);
            } else {
                status = 1;
            }
            free(next);
        } else {
            status = 0; /* -n without a directory changes nothing, as bash */
        }
    } else if ((a.operand[0] == '+' || a.operand[0] == '-') && a.operand[1] >= '0'
               && a.operand[1] <= '9') {
        /* Rotate so that entry i is on top. */
        if (!dirstack_index(a.operand, &i)) {
            status = bad_index("pushd", a.operand);
        } else if (i > 0 && !a.n) {
            size_t n = dirstack_size();
            char **all = xmalloc(n * sizeof *all);
            for (size_t k = 0; k < n; k++)
                all[k] = xstrdup(dirstack_get((i + k) % n));
            if (change_dir(all[0])) {
                dirstack_clear();
                for (size_t k = 1; k < n; k++)
                    dirstack_insert(k, all[k]);
            } else {
                status = 1;
            }
            for (size_t k = 0; k < n; k++)
                free(all[k]);
            free(all);
        }
    } else if (a.n) {
        dirstack_insert(1, a.operand);
    } else if (change_dir(a.operand)) {
        dirstack_insert(1, old);
    } else {
        status = 1;
    }
    free(old);
    if (status == 0)
        print_stack(&a);
    return status ? status : builtin_flush("pushd");
}

int builtin_popd(int argc, char **argv)
{
    struct dirargs a = {0};
    if (parse_args("popd", "n", argc, argv, &a))
        return 2;
    size_t i = 0;
    if (a.operand && ((a.operand[0] != '+' && a.operand[0] != '-') || !dirstack_index(a.operand, &i))) {
        if (a.operand[0] != '+' && a.operand[0] != '-')
            return builtin_usage_error("popd", "%s: invalid argument", a.operand);
        return bad_index("popd", a.operand);
    }
    if (dirstack_size() == 1) {
        error_msg("popd: directory stack empty");
        return 1;
    }
    if (i == 0 && a.n) {
        dirstack_remove(1);
    } else if (i == 0) {
        char *next = xstrdup(dirstack_get(1));
        bool ok = change_dir(next);
        free(next);
        if (!ok)
            return 1;
        dirstack_remove(1);
    } else {
        dirstack_remove(i);
    }
    print_stack(&a);
    return builtin_flush("popd");
}
