/* array.c — conch mode arrays in the executor: assignments with subscripts, +=, and (...), and
 * the expansion of ${name[...]} for param.c. The values themselves live in shell/vars.c. */
#include "config.h"

#include "exec/array.h"
#include "exec/expand.h"
#include "exec/expand_int.h"
#include "lib/error.h"
#include "lib/name.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/array.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void array_init(void)
{
    vars_arith_hook = arith_eval;
}

static bool is_assoc(const char *name)
{
    return (vars_flags(name) & VAR_ASSOC) != 0;
}

/* An indexed array's subscript (already expanded): evaluated arithmetically; negative counts
 * from the end, as in bash. -1 after a message. */
static int eval_index(const char *name, const char *text, intmax_t *index)
{
    intmax_t i;
    if (arith_eval(text, &i) < 0)
        return -1;
    if (i < 0) {
        const struct array *arr = vars_array(name);
        intmax_t max = arr ? array_max_index(arr) : vars_get(name) ? 0 : -1;
        i += max + 1;
        if (i < 0) {
            expand_error("%s[%s]: bad array subscript", name, text);
            return -1;
        }
    }
    *index = i;
    return 0;
}

/* The word of a subscript expanded as a string (quotes removed, no splitting). */
static char *expand_subscript(const struct word *w)
{
    return expand_string(w, 0, false);
}

/* An unquoted @ or * alone: every element. */
static bool subscript_all(const struct word *w, bool *star)
{
    const char *lit = word_literal(w);
    if (!lit || (strcmp(lit, "@") != 0 && strcmp(lit, "*") != 0))
        return false;
    *star = lit[0] == '*';
    return true;
}

/* Sets name[sub] where sub is expanded text; with append, adds to the element's value. */
static int set_element(const char *name, const char *sub, const char *value, bool append)
{
    bool assoc = is_assoc(name);
    intmax_t index = 0;
    if (!assoc && eval_index(name, sub, &index) < 0)
        return 1;
    char *joined = NULL;
    if (append) {
        const struct array *arr = vars_array(name);
        const char *old = arr ? (assoc ? array_get_key(arr, sub) : array_get(arr, index))
                              : index == 0 ? vars_get(name) : NULL;
        if (old && (vars_flags(name) & VAR_INTEGER)) {
            intmax_t a, b;
            if (arith_eval(old, &a) < 0 || arith_eval(value, &b) < 0)
                return 1;
            joined = xmalloc(32);
            snprintf(joined, 32, "%" PRIdMAX, a + b);
        } else if (old) {
            joined = xmalloc(strlen(old) + strlen(value) + 1);
            stpcpy(stpcpy(joined, old), value);
        }
    }
    int r = vars_array_set(name, index, assoc ? sub : NULL, joined ? joined : value);
    free(joined);
    return r < 0 ? 2 : 0;
}

/* The elements of (...), expanded, gathered before they are stored: the words may read the
 * variable being assigned (a=(${a[@]} x) sees the old value). For name+=(...), only the new
 * elements are gathered and then set one by one, so that a loop of arr+=(x) costs O(1) per
 * element instead of a copy of the whole array each time. */
struct builder {
    struct array *arr;
    intmax_t next; /* indexed: where an element without [i]= goes */
    intmax_t old_max; /* name+=(...): the highest index already set, else -1 */
    const char *name;
    bool append;
    char *pending_key; /* associative, bash 5.1: (k1 v1 k2 v2) pairs */
};

static int build_add(struct builder *b, const char *sub, const char *value)
{
    if (array_is_assoc(b->arr)) {
        if (sub) {
            array_set_key(b->arr, sub, value);
        } else if (!b->pending_key) {
            b->pending_key = xstrdup(value);
        } else {
            array_set_key(b->arr, b->pending_key, value);
            free(b->pending_key);
            b->pending_key = NULL;
        }
        return 0;
    }
    if (sub) {
        intmax_t i;
        if (arith_eval(sub, &i) < 0)
            return -1;
        if (i < 0) {
            /* a+=([-1]=x) counts from the end of what is there already (bash). */
            intmax_t max = array_max_index(b->arr);
            i += (max > b->old_max ? max : b->old_max) + 1;
            if (i < 0) {
                expand_error("%s[%s]: bad array subscript", b->name, sub);
                return -1;
            }
        }
        b->next = i;
    }
    array_set(b->arr, b->next++, value);
    return 0;
}

static int build_finish(struct builder *b)
{
    if (b->pending_key) {
        /* A key without a value gets the empty string (bash). */
        array_set_key(b->arr, b->pending_key, "");
        free(b->pending_key);
        b->pending_key = NULL;
    }
    if (!b->append)
        return vars_array_replace(b->name, b->arr) < 0 ? 2 : 0;
    int r = 0;
    if (!vars_array(b->name) && !vars_get(b->name)) {
        /* Nothing there yet: a+=(x) is a=(x), and a+=() makes an empty array. */
        return vars_array_replace(b->name, b->arr) < 0 ? 2 : 0;
    }
    for (size_t i = 0; r == 0 && i < array_count(b->arr); i++) {
        intmax_t index;
        const char *key;
        const char *value = array_at(b->arr, i, &index, &key);
        if (vars_array_set(b->name, index, key, value) < 0)
            r = 2;
    }
    if (r == 0 && !vars_array(b->name))
        r = vars_array_make(b->name, false) < 0 ? 2 : 0; /* x=1; x+=() makes (1) */
    array_free(b->arr);
    return r;
}

static void builder_start(struct builder *b, const char *name, bool append)
{
    const struct array *old = vars_array(name);
    b->name = name;
    b->append = append;
    b->pending_key = NULL;
    b->arr = array_new(is_assoc(name));
    /* x=1; x+=(2) makes (1 2): the scalar is element 0. */
    b->old_max = !append ? -1 : old ? array_max_index(old) : vars_get(name) ? 0 : -1;
    b->next = b->old_max + 1;
}

/* For set -x: quoted only when it must be, as simple.c traces other assignments. */
static void trace_value(struct strbuf *t, const char *s)
{
    if (*s && !s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-")])
        sb_adds(t, s);
    else
        sb_add_quoted(t, s);
}

static void trace_add(struct strbuf *t, const char *sub, const char *value)
{
    if (t->len && t->s[t->len - 1] != '(')
        sb_addc(t, ' ');
    if (sub) {
        sb_addc(t, '[');
        sb_adds(t, sub);
        sb_adds(t, "]=");
    }
    trace_value(t, value);
}

/* name=(...) and name+=(...). */
static int assign_compound(const char *name, const struct part *p, bool append, struct strbuf *trace)
{
    if (vars_flags(name) & VAR_READONLY) {
        shell_error("%s: readonly variable", name);
        return 2;
    }
    struct builder b;
    builder_start(&b, name, append);
    sb_addc(trace, '(');
    for (const struct array_elem *e = p->array.elems; e; e = e->next) {
        if (e->index) {
            char *sub = expand_subscript(e->index);
            char *value = sub ? expand_word_string(e->value, EXPAND_ASSIGN) : NULL;
            int r = value ? build_add(&b, sub, value) : -1;
            if (value)
                trace_add(trace, sub, value);
            free(sub);
            free(value);
            if (r < 0)
                goto fail;
            continue;
        }
        /* A word without [i]=: split and globbed like a command's argument, each field an
         * element. */
        struct strvec fields = {0};
        int r = expand_words(e->value, &fields); /* e->value->next is NULL (driver.c) */
        for (size_t i = 0; r == 0 && i < fields.n; i++) {
            r = build_add(&b, NULL, fields.v[i]);
            trace_add(trace, NULL, fields.v[i]);
        }
        strvec_clear(&fields);
        if (r < 0)
            goto fail;
    }
    sb_addc(trace, ')');
    return build_finish(&b);
fail:
    free(b.pending_key);
    array_free(b.arr);
    return 1;
}


int array_assign(const struct assign *a, char **trace_out)
{
    struct strbuf trace = {0};
    sb_adds(&trace, a->name);
    int r;
    if (a->value->nparts == 1 && a->value->parts[0].kind == PART_ARRAY) {
        sb_adds(&trace, a->append ? "+=" : "=");
        r = assign_compound(a->name, &a->value->parts[0], a->append, &trace);
    } else {
        char *value = expand_word_string(a->value, EXPAND_ASSIGN);
        if (!value) {
            sb_release(&trace);
            return 1;
        }
        if (a->index) {
            char *sub = expand_subscript(a->index);
            if (!sub) {
                free(value);
                sb_release(&trace);
                return 1;
            }
            r = set_element(a->name, sub, value, a->append);
            sb_addf(&trace, "[%s]", sub);
            free(sub);
        } else if (vars_array(a->name)) {
            /* a+=x on an array appends to element 0 (bash). */
            r = set_element(a->name, "0", value, true);
        } else {
            const char *old = vars_get(a->name);
            struct strbuf sb = {0};
            intmax_t x, y;
            if (old && (vars_flags(a->name) & VAR_INTEGER)) {
                /* declare -i n; n+=2 adds (bash). */
                if (arith_eval(old, &x) < 0 || arith_eval(value, &y) < 0)
                    r = 1;
                else
                    sb_addf(&sb, "%" PRIdMAX, x + y);
            } else {
                sb_adds(&sb, old ? old : "");
                sb_adds(&sb, value);
            }
            if (sb.len || !old || !(vars_flags(a->name) & VAR_INTEGER))
                r = vars_set(a->name, sb_str(&sb), 0) < 0 ? 2 : 0;
            sb_release(&sb);
        }
        sb_adds(&trace, a->append ? "+=" : "=");
        trace_value(&trace, value);
        free(value);
    }
    *trace_out = sb_detach(&trace);
    return r;
}

/* ---- ${name[...]} (for param.c) ------------------------------------------------------------ */

/* Every element of name (or its keys), as ${name[@]} lists them: an array's elements in order,
 * a scalar as one element, nothing if unset. *keybuf holds formatted indices. */
static char **list_all(const char *name, bool keys, int *n, struct strvec *keybuf)
{
    const struct array *arr = vars_array(name);
    if (!arr) {
        const char *v = vars_get(name);
        char **list = xmalloc(sizeof *list);
        *n = v ? 1 : 0;
        if (v)
            list[0] = keys ? "0" : (char *)v;
        return list;
    }
    size_t count = array_count(arr);
    char **list = xmalloc((count + 1) * sizeof *list);
    for (size_t i = 0; i < count; i++) {
        intmax_t index;
        const char *key;
        const char *v = array_at(arr, i, &index, &key);
        if (!keys) {
            list[i] = (char *)v;
        } else if (key) {
            list[i] = (char *)key;
        } else {
            char buf[32];
            snprintf(buf, sizeof buf, "%" PRIdMAX, index);
            strvec_pushdup(keybuf, buf);
            list[i] = keybuf->v[keybuf->n - 1];
        }
    }
    *n = (int)count;
    return list;
}

int array_expand_param(struct expander *x, const struct part *p, bool quoted)
{
    const char *name = p->param->name;
    struct param_value pv = { .name = name, .special = true };
    bool star;
    if (subscript_all(p->param->subscript, &star)) {
        if (p->param_op == PARAM_LENGTH) {
            /* ${#a[@]} in a loop's condition: the count, without listing the elements. */
            const struct array *arr = vars_array(name);
            size_t n = arr ? array_count(arr) : vars_get(name) ? 1 : 0;
            char buf[32];
            int k = snprintf(buf, sizeof buf, "%zu", n);
            xp_add(x, buf, (size_t)k, quoted ? X_QUOTED : X_EXPANDED);
            return 0;
        }
        struct strvec keybuf = {0};
        int n;
        char **list = list_all(name, p->param->keys, &n, &keybuf);
        pv.all = true;
        pv.star = star;
        pv.list = list;
        pv.n = n;
        pv.set = n > 0;
        pv.null = n == 0 || (n == 1 && !list[0][0]);
        int r = p->param_op >= PARAM_SUBSTR ? paramx_expand_value(x, p, quoted, &pv)
                                            : param_expand_value(x, p, quoted, &pv);
        free(list);
        strvec_clear(&keybuf);
        return r;
    }
    char *sub = expand_subscript(p->param->subscript);
    if (!sub)
        return -1;
    const struct array *arr = vars_array(name);
    const char *val;
    if (is_assoc(name)) {
        val = array_get_key(arr, sub);
    } else {
        intmax_t index;
        if (eval_index(name, sub, &index) < 0) {
            free(sub);
            return -1;
        }
        arr = vars_array(name); /* the subscript's arithmetic may have assigned */
        val = arr ? array_get(arr, index) : index == 0 ? vars_get(name) : NULL;
    }
    /* A copy: the word of ${a[0]:-word} may change the array while it is expanded. */
    char *copy = val ? xstrdup(val) : NULL;
    pv.val = copy;
    pv.set = copy != NULL;
    pv.null = !copy || !*copy;
    struct strbuf label = {0};
    sb_addf(&label, "%s[%s]", name, sub);
    pv.name = sb_str(&label);
    int r = p->param_op >= PARAM_SUBSTR ? paramx_expand_value(x, p, quoted, &pv)
                                        : param_expand_value(x, p, quoted, &pv);
    sb_release(&label);
    free(copy);
    free(sub);
    return r;
}

/* ---- declare NAME=(...) -------------------------------------------------------------------- */

static const char **encoded;
static size_t encoded_cap;
size_t array_encoded_n;

bool array_encoded(const char *s)
{
    for (size_t i = 0; i < array_encoded_n; i++)
        if (encoded[i] == s)
            return true;
    return false;
}

static char *remember(char *s)
{
    if (array_encoded_n == encoded_cap) {
        encoded_cap = encoded_cap ? 2 * encoded_cap : 8;
        encoded = xrealloc(encoded, encoded_cap * sizeof *encoded);
    }
    encoded[array_encoded_n++] = s;
    return s;
}

char *array_encode_word(const struct word *w)
{
    const struct part *lit = &w->parts[0];
    const struct part *arr = &w->parts[1];
    struct strbuf sb = {0};
    sb_addn(&sb, lit->lit.text, lit->lit_len);
    sb_addc(&sb, '(');
    for (const struct array_elem *e = arr->array.elems; e; e = e->next) {
        if (e->index) {
            char *sub = expand_subscript(e->index);
            char *value = sub ? expand_word_string(e->value, EXPAND_ASSIGN) : NULL;
            if (!value) {
                free(sub);
                sb_release(&sb);
                return NULL;
            }
            sb_addc(&sb, '[');
            sb_add_quoted(&sb, sub);
            sb_adds(&sb, "]=");
            sb_add_quoted(&sb, value);
            sb_addc(&sb, ' ');
            free(sub);
            free(value);
            continue;
        }
        struct strvec fields = {0};
        if (expand_words(e->value, &fields) < 0) {
            strvec_clear(&fields);
            sb_release(&sb);
            return NULL;
        }
        for (size_t i = 0; i < fields.n; i++) {
            sb_add_quoted(&sb, fields.v[i]);
            sb_addc(&sb, ' ');
        }
        strvec_clear(&fields);
    }
    sb_addc(&sb, ')');
    return remember(sb_detach(&sb));
}

/* One word of the text of (...): '...', "..." (with \ before " \ $ `) and unquoted text with
 * backslash escapes, up to a blank or the end, or to ']' when in_index. Returns the position
 * after it. */
static const char *read_word(const char *p, struct strbuf *out, bool in_index)
{
    while (*p && *p != ' ' && *p != '\t' && *p != '\n' && !(in_index && *p == ']')) {
        if (*p == '\'') {
            const char *end = strchr(p + 1, '\'');
            if (!end)
                end = p + strlen(p);
            sb_addn(out, p + 1, end - p - 1);
            p = *end ? end + 1 : end;
        } else if (*p == '"') {
            for (p++; *p && *p != '"'; p++) {
                if (*p == '\\' && p[1] && strchr("\"\\$`", p[1]))
                    p++;
                sb_addc(out, *p);
            }
            if (*p)
                p++;
        } else if (*p == '\\' && p[1]) {
            sb_addc(out, p[1]);
            p += 2;
        } else {
            sb_addc(out, *p++);
        }
    }
    return p;
}

int array_assign_text(const char *name, bool append, const char *text)
{
    if (vars_flags(name) & VAR_READONLY) {
        shell_error("%s: readonly variable", name);
        return 1;
    }
    size_t len = strlen(text);
    struct builder b;
    builder_start(&b, name, append);
    /* text is "(...)": the part between the parentheses. */
    char *inner = xstrndup(text + 1, len >= 2 ? len - 2 : 0);
    const char *p = inner;
    int r = 0;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        struct strbuf sub = {0}, value = {0};
        bool has_sub = false;
        if (*p == '[') {
            const char *q = read_word(p + 1, &sub, true);
            if (q[0] == ']' && q[1] == '=') {
                has_sub = true;
                p = q + 2;
            } else {
                sb_release(&sub);
                sub = (struct strbuf){0};
            }
        }
        p = read_word(p, &value, false);
        r = build_add(&b, has_sub ? sb_str(&sub) : NULL, sb_str(&value));
        sb_release(&sub);
        sb_release(&value);
        if (r < 0)
            break;
    }
    free(inner);
    if (r < 0) {
        free(b.pending_key);
        array_free(b.arr);
        return 1;
    }
    return build_finish(&b) ? 1 : 0;
}

/* ---- name[sub] operands --------------------------------------------------------------------- */

bool array_split_operand(const char *s, char **name, const char **sub)
{
    const char *br = strchr(s, '[');
    size_t len = strlen(s);
    if (!br || br == s || s[len - 1] != ']' || !is_name(s, br - s))
        return false;
    *name = xstrndup(s, br - s);
    *sub = br + 1;
    return true;
}

int array_unset_operand(const char *name, const char *sub)
{
    size_t n = strlen(sub) - 1; /* without the ] */
    char *text = xstrndup(sub, n);
    int r;
    if (strcmp(text, "@") == 0 || strcmp(text, "*") == 0) {
        r = vars_unset(name) < 0 ? 1 : 0;
    } else if (is_assoc(name)) {
        r = vars_array_unset(name, 0, text) < 0 ? 1 : 0;
    } else {
        intmax_t index;
        r = eval_index(name, text, &index) < 0 ? 1 : vars_array_unset(name, index, NULL) < 0 ? 1 : 0;
    }
    free(text);
    return r;
}

int array_get_operand(const char *name, const char *sub, const char **value)
{
    size_t n = strlen(sub) - 1;
    char *text = xstrndup(sub, n);
    int r = 0;
    const struct array *arr = vars_array(name);
    if (is_assoc(name)) {
        *value = arr ? array_get_key(arr, text) : NULL;
    } else {
        intmax_t index;
        if (eval_index(name, text, &index) < 0)
            r = -1;
        else if (arr)
            *value = array_get(arr, index);
        else
            *value = index == 0 ? vars_get(name) : NULL; /* a scalar is element 0 */
    }
    free(text);
    return r;
}

int array_set_operand(const char *name, const char *sub, const char *value)
{
    size_t n = strlen(sub) - 1;
    char *text = xstrndup(sub, n);
    int r = set_element(name, text, value, false);
    free(text);
    return r ? 1 : 0;
}
