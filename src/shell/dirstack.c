/* dirstack.c — the directory stack below $PWD (pushd, popd, dirs; `~N`). It is state, not a
 * builtin: tilde expansion reads it, and a subshell gets its copy with the rest of the shell. */
#include "config.h"

#include "shell/dirstack.h"
#include "lib/error.h"
#include "shell/vars.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* below[0] is entry 1 of the stack (the one under $PWD). */
static char **below;
static size_t nbelow, cap;

size_t dirstack_size(void) { return nbelow + 1; }

const char *dirstack_get(size_t i)
{
    if (i == 0) {
        const char *pwd = vars_get("PWD");
        return pwd && *pwd ? pwd : ".";
    }
    return i <= nbelow ? below[i - 1] : NULL;
}

void dirstack_insert(size_t i, const char *dir)
{
    if (nbelow == cap) {
        cap = cap ? 2 * cap : 8;
        below = xrealloc(below, cap * sizeof *below);
    }
    memmove(below + i, below + i - 1, (nbelow - (i - 1)) * sizeof *below);
    below[i - 1] = xstrdup(dir);
    nbelow++;
}

void dirstack_remove(size_t i)
{
    free(below[i - 1]);
    memmove(below + i - 1, below + i, (nbelow - i) * sizeof *below);
    nbelow--;
}

void dirstack_clear(void)
{
    while (nbelow)
        free(below[--nbelow]);
}

bool dirstack_index(const char *arg, size_t *out)
{
    if ((arg[0] != '+' && arg[0] != '-') || arg[1] < '0' || arg[1] > '9')
        return false;
    errno = 0;
    char *end;
    unsigned long n = strtoul(arg + 1, &end, 10);
    if (*end || errno || n >= dirstack_size())
        return false;
    *out = arg[0] == '+' ? n : dirstack_size() - 1 - n;
    return true;
}

bool dirstack_tilde(const char *s, size_t n, const char **dir)
{
    size_t sign = s[0] == '+' || s[0] == '-';
    if (n <= sign || n - sign > 9)
        return false;
    for (size_t i = sign; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    char arg[12] = {s[0] == '-' ? '-' : '+'};
    memcpy(arg + 1, s + sign, n - sign);
    size_t i;
    *dir = dirstack_index(arg, &i) ? dirstack_get(i) : NULL;
    return true;
}
