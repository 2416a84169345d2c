/* shell.c — the one `struct shell sh` (shell.h) and the positional parameters it holds.
 * main.c fills it at start-up; the executor, expansion and builtins read and change it. */
#include "config.h"

#include "shell/shell.h"
#include "lib/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* An empty parameter list that is never freed, so sh.params is valid before main sets it. */
static char *no_params[1];

struct shell sh = {
    .params = no_params,
    .max_func_depth = 10000,
};

static char **copy_params(int n, char *const *argv)
{
    if (n <= 0)
        return no_params;
    char **v = xmalloc((size_t)(n + 1) * sizeof *v);
    for (int i = 0; i < n; i++)
        v[i] = xstrdup(argv[i]);
    v[n] = NULL;
    return v;
}

static void free_params(char **v)
{
    if (!v || v == no_params)
        return;
    for (char **p = v; *p; p++)
        free(*p);
    free(v);
}

/* argv may point into the current parameters (shift, set -- "$@"): copy before freeing. */
void shell_set_params(int n, char *const *argv)
{
    char **v = copy_params(n, argv);
    free_params(sh.params);
    sh.params = v;
    sh.nparams = n > 0 ? n : 0;
}

/* XCU 2.9.5: a function call gets its arguments as $1..$n; $0 stays. */
struct saved_params shell_push_params(int n, char *const *argv)
{
    struct saved_params saved = {sh.params, sh.nparams};
    sh.params = copy_params(n, argv);
    sh.nparams = n > 0 ? n : 0;
    return saved;
}

void shell_pop_params(struct saved_params saved)
{
    free_params(sh.params);
    sh.params = saved.params;
    sh.nparams = saved.nparams;
}

void shell_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    shell_verror(fmt, ap);
    va_end(ap);
}

void shell_verror(const char *fmt, va_list ap)
{
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    if (sh.script_name || !sh.interactive)
        error_at(sh.script_name, sh.lineno, "%s", buf);
    else
        error_msg("%s", buf);
}
