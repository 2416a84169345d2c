/* strvec.c — growable argv-style array (see strvec.h). */
#include "config.h"

#include "strvec.h"
#include "error.h"

#include <stdlib.h>

void strvec_push(struct strvec *sv, char *s)
{
    if (sv->n + 2 > sv->cap) {
        sv->cap = sv->cap ? sv->cap * 2 : 8;
        sv->v = xrealloc(sv->v, sv->cap * sizeof *sv->v);
    }
    sv->v[sv->n++] = s;
    sv->v[sv->n] = NULL;
}

void strvec_pushdup(struct strvec *sv, const char *s) { strvec_push(sv, xstrdup(s)); }

char **strvec_argv(struct strvec *sv)
{
    static char *empty[] = {NULL};
    return sv->v ? sv->v : empty;
}

void strvec_clear(struct strvec *sv)
{
    for (size_t i = 0; i < sv->n; i++)
        free(sv->v[i]);
    free(sv->v);
    sv->v = NULL;
    sv->n = sv->cap = 0;
}
