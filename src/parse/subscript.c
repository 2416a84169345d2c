/* subscript.c — conch mode assignment words: name[subscript]=value and the [subscript]=value
 * elements of name=(...), split at parse time for the token filter (classify.c) and the driver. */
#include "config.h"

#include "lib/arena.h"
#include "parse/ast.h"

#include <string.h>

/* A word of parts[from..to) of w, the first cut to start at byte `skip`, the last (if `cut`)
 * to end at byte `end`; cut pieces are copied so that every literal stays NUL-terminated. */
static struct word *slice(struct arena *a, const struct word *w, size_t from, size_t skip, size_t to,
                          bool cut, size_t end)
{
    struct word *r = arena_alloc(a, sizeof *r + (to - from + 1) * sizeof(struct part));
    r->lineno = w->lineno;
    for (size_t i = from; i < to; i++) {
        struct part p = w->parts[i];
        if (p.kind == PART_LIT) {
            size_t start = i == from ? skip : 0;
            size_t stop = cut && i + 1 == to ? end : p.lit_len;
            if (start >= stop)
                continue;
            if (start || stop != p.lit_len)
                p.lit.text = arena_strndup(a, p.lit.text + start, stop - start);
            p.lit_len = (uint32_t)(stop - start);
        }
        r->parts[r->nparts++] = p;
    }
    if (r->nparts == 0) {
        /* "x=" and "[i]=" have one empty unquoted literal (ast.h). */
        r->parts[0].kind = PART_LIT;
        r->parts[0].lit.text = "";
        r->nparts = 1;
    }
    return r;
}

bool subscript_split(struct arena *a, const struct word *w, size_t name_len, struct word **index,
                     struct word **value, bool *append)
{
    /* The ] that closes the subscript, counting nested [ ], in unquoted text only: in
     * a["]"]=x the quoted ] is part of the key (bash). */
    int depth = 0;
    for (size_t i = 0; i < w->nparts; i++) {
        const struct part *p = &w->parts[i];
        if (p->kind != PART_LIT || p->quoted)
            continue;
        for (size_t j = i == 0 ? name_len + 1 : 0; j < p->lit_len; j++) {
            char c = p->lit.text[j];
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == ']') {
                const char *rest = p->lit.text + j + 1;
                size_t eq = rest[0] == '=' ? 1 : rest[0] == '+' && rest[1] == '=' ? 2 : 0;
                if (!eq)
                    return false;
                *append = eq == 2;
                *index = slice(a, w, 0, name_len + 1, i + 1, true, j);
                *value = slice(a, w, i, j + 1 + eq, w->nparts, false, 0);
                return true;
            }
        }
    }
    return false;
}

bool word_has_array(const struct word *w)
{
    for (size_t i = 0; w && i < w->nparts; i++)
        if (w->parts[i].kind == PART_ARRAY)
            return true;
    return false;
}
