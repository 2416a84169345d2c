/* histlist.c — the history list's operations for fc and history, as installed by the front end
 * (histlist.h): a table of pointers and an empty list until it is filled. */
#include "config.h"

#include "shell/histlist.h"

#include <stddef.h>

static const struct histlist_ops *ops;

void histlist_install(const struct histlist_ops *o) { ops = o; }

/* An empty list numbered like GNU History's before its first entry: first 1, last 0. */
int histlist_first(void) { return ops ? ops->first() : 1; }

int histlist_last(void) { return ops ? ops->last() : 0; }

const char *histlist_get(int n) { return ops ? ops->get(n) : NULL; }

void histlist_replace_last(const char *entry)
{
    if (ops)
        ops->replace_last(entry);
}

void histlist_clear(void)
{
    if (ops)
        ops->clear();
}
