/* callstack.c — conch mode's FUNCNAME, BASH_SOURCE and BASH_LINENO (bash): the frames exec/
 * and builtins/ push for each function call and dot script, turned into arrays when read. */
#include "config.h"

#include "shell/callstack.h"
#include "shell/array.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"
#include "lib/decimal.h"
#include "lib/error.h"

#include <string.h>

static struct call_frame *top;

/* A function keeps the file it was defined in after the dot script that read it is done (and
 * its path freed), so each distinct name a function needs is kept once for the life of the
 * shell. Frames only point at their caller's strings, which outlive them. */
struct name {
    struct name *next;
    char text[];
};
static struct name *names;

static const char *intern(const char *file)
{
    if (!file)
        return NULL;
    for (struct name *n = names; n; n = n->next)
        if (strcmp(n->text, file) == 0)
            return n->text;
    size_t len = strlen(file) + 1;
    struct name *n = xmalloc(sizeof *n + len);
    memcpy(n->text, file, len);
    n->next = names;
    names = n;
    return n->text;
}

void callstack_push(struct call_frame *f, const char *func, const char *file)
{
    f->func = func;
    f->file = file;
    f->line = sh.lineno;
    f->caller_file = sh.script_name;
    f->up = top;
    top = f;
}

void callstack_pop(struct call_frame *f)
{
    top = f->up;
}

const char *callstack_file(void)
{
    return intern(top ? top->file : sh.script_name);
}

/* The script the shell runs (`conch file`), below every frame; NULL for -c and the prompt. */
static const char *script(void)
{
    const struct call_frame *f = top;
    if (!f)
        return sh.script_name;
    while (f->up)
        f = f->up;
    return f->caller_file;
}

enum which { FUNCNAME, BASH_SOURCE, BASH_LINENO };

/* bash's meaning: element i is about the i-th call from the innermost (FUNCNAME "source" for
 * a dot script, BASH_SOURCE "main" for a function defined at the prompt or in a -c string,
 * where bash says "environment"), and a script adds "main", its own file and line 0 at the
 * bottom. FUNCNAME is empty outside every function. */
static void make(enum which w, const char *name)
{
    if (vars_flags(name) & VAR_READONLY)
        return;
    struct array *arr = array_new(false);
    bool in_function = false;
    for (const struct call_frame *f = top; f; f = f->up)
        in_function |= f->func != NULL;
    intmax_t i = 0;
    char buf[DECIMAL_MAX];
    if (w != FUNCNAME || in_function) {
        for (const struct call_frame *f = top; f; f = f->up, i++) {
            const char *v = w == FUNCNAME      ? (f->func ? f->func : "source")
                            : w == BASH_SOURCE ? (f->file ? f->file : "main")
                                               : decimal_text(buf, f->line);
            array_set(arr, i, v);
        }
        const char *s = script();
        if (s)
            array_set(arr, i, w == FUNCNAME ? "main" : w == BASH_SOURCE ? s : "0");
    }
    vars_array_replace(name, arr);
}

void callstack_sync(const char *name)
{
    if (!options_extensions())
        return;
    if (strcmp(name, "FUNCNAME") == 0)
        make(FUNCNAME, name);
    else if (strcmp(name, "BASH_SOURCE") == 0)
        make(BASH_SOURCE, name);
    else if (strcmp(name, "BASH_LINENO") == 0)
        make(BASH_LINENO, name);
}

void callstack_sync_all(void)
{
    callstack_sync("BASH_LINENO");
    callstack_sync("BASH_SOURCE");
    callstack_sync("FUNCNAME");
}
