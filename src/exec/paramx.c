/* paramx.c — conch mode's parameter expansions (as bash): ${!name}, ${!prefix*}, ${x:off:len},
 * ${x/pat/rep}, ${x^pat} ${x,pat}, ${x@Q}. param.c hands these PARAM parts here; feeds split.c. */
#include "config.h"

#include "exec/expand.h"
#include "exec/expand_int.h"
#include "exec/match.h"
#include "lib/compat.h"
#include "lib/error.h"
#include "lib/mbchar.h"
#include "lib/name.h"
#include "lib/strbuf.h"
#include "exec/array.h"
#include "lib/arena.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

/* The start of every character of s[0..n) and n itself, in b (n + 1 entries at most); returns
 * how many. Every byte is a character in a single-byte locale. */
static size_t char_bounds(const char *s, size_t n, size_t *b)
{
    size_t k = 0;
    if (!mbchar_multi) {
        for (size_t i = 0; i <= n; i++)
            b[k++] = i;
        return k;
    }
    for (size_t i = 0; i < n; i += mbchar_len(s + i, n - i))
        b[k++] = i;
    b[k++] = n;
    return k;
}

/* $@ and $* over a list (a slice of the positional parameters, or transformed values): one
 * field each, or joined by the first character of IFS in "$*" (XCU 2.5.2), as param.c does. */
static void emit_list(struct expander *x, bool star, bool quoted, char *const *v, size_t n)
{
    if (star && quoted) {
        const char *ifs = vars_get("IFS");
        const char *sep = !ifs ? " " : ifs;
        size_t nsep = !ifs ? 1 : (*ifs ? mbchar_len(ifs, strlen(ifs)) : 0);
        xp_add(x, "", 0, X_QUOTED);
        for (size_t i = 0; i < n; i++) {
            if (i > 0)
                xp_add(x, sep, nsep, X_QUOTED);
            xp_add(x, v[i], strlen(v[i]), X_QUOTED);
        }
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            xp_break(x);
        xp_add(x, v[i], strlen(v[i]), quoted ? X_QUOTED : X_EXPANDED);
    }
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* ---- ${x/pat/rep} ------------------------------------------------------------------------------
 * The longest match, as bash. In rep (expanded with quoted characters backslash-escaped, as a
 * pattern), an unquoted & stands for the matched text: bash 5.2's patsub_replacement, on by
 * default there; \& and a quoted & are a plain &. A backslash from a value stays unless it
 * escapes & or \ (r='\q' gives \q, as bash); r='\*' gives * where bash keeps \*, since the
 * escaped form cannot tell it from a quoted *. */
static void add_replacement(struct strbuf *out, const char *rep, const char *m, size_t mlen)
{
    for (const char *r = rep; *r; r++) {
        if (*r == '\\' && r[1] && strchr("\\*?[]!^-&", r[1]))
            sb_addc(out, *++r); /* quoted (split.c escapes these), or \& and \\ from a value */
        else if (*r == '&')
            sb_addn(out, m, mlen);
        else
            sb_addc(out, *r);
    }
}

struct matcher {
    char *tmp;     /* a copy of the value, cut with a NUL at each candidate end */
    size_t n;
    size_t *b;     /* the character boundaries */
    size_t nb;
    const char *pat;
    char *patstar; /* pat followed by *, to rule out a start quickly; NULL if unusable */
    long len;      /* without *, the characters every match has; -1 with a * */
};

/* XCU 2.14: without *, each item of a pattern matches one character, so every match has as
 * many characters as the pattern has items: one position to try instead of all. Bracket
 * expressions are read as match.c and fnmatch read them ([]a], [!a], [[:alpha:]], \]). */
static long pattern_chars(const char *p)
{
    if (strchr(p, '*'))
        return -1;
    size_t n = strlen(p);
    long k = 0;
    for (size_t i = 0; i < n; k++) {
        if (p[i] == '\\' && i + 1 < n) {
            i++;
        } else if (p[i] == '[') {
            size_t j = i + 1;
            if (j < n && (p[j] == '!' || p[j] == '^'))
                j++;
            for (bool first = true; j < n && (first || p[j] != ']'); first = false) {
                const char *e;
                if (p[j] == '[' && j + 1 < n && strchr(":=.", p[j + 1])
                    && (e = strstr(p + j + 2, (const char[]){ p[j + 1], ']', '\0' })) != NULL)
                    j = (size_t)(e - p) + 2;
                else
                    j += p[j] == '\\' && j + 1 < n ? 2 : 1;
            }
            if (j < n) {
                i = j + 1;
                continue;
            }
        }
        i += mbchar_len(p + i, n - i);
    }
    return k;
}

static bool match_range(struct matcher *m, size_t s, size_t e)
{
    char saved = m->tmp[e];
    m->tmp[e] = '\0';
    bool r = match_pattern(m->pat, m->tmp + s);
    m->tmp[e] = saved;
    return r;
}

/* The end (a boundary index > k, or k itself for an empty match) of the longest match that
 * starts at boundary k, or -1. */
static long longest_at(struct matcher *m, size_t k)
{
    if (m->len >= 0) {
        size_t j = k + (size_t)m->len;
        return j < m->nb && match_range(m, m->b[k], m->b[j]) ? (long)j : -1;
    }
    if (m->patstar && !match_pattern(m->patstar, m->tmp + m->b[k]))
        return -1; /* no prefix of the rest matches: one test instead of one per end */
    for (size_t j = m->nb; j-- > k;)
        if (match_range(m, m->b[k], m->b[j]))
            return (long)j;
    return -1;
}

/* pat as plain text (its escapes removed) if it has no unescaped * ? or [, else NULL. */
static char *literal_pattern(const char *pat)
{
    struct strbuf lit = {0};
    for (const char *p = pat; *p; p++) {
        if (*p == '*' || *p == '?' || *p == '[') {
            sb_release(&lit);
            return NULL;
        }
        if (*p == '\\' && p[1])
            p++;
        sb_addc(&lit, *p);
    }
    return sb_detach(&lit);
}

/* A pattern without wildcards is searched for as text: a match at every position of a long
 * value would be quadratic. */
static bool substitute_literal(struct strbuf *out, const char *v, size_t n, const char *lit,
                               const char *rep, enum param_op op)
{
    size_t m = strlen(lit), last = 0;
    switch (op) {
    case PARAM_REPL_PREFIX:
        if (m > n || memcmp(v, lit, m) != 0)
            return false;
        if (rep)
            add_replacement(out, rep, v, m);
        last = m;
        break;
    case PARAM_REPL_SUFFIX:
        if (m > n || memcmp(v + n - m, lit, m) != 0)
            return false;
        sb_addn(out, v, n - m);
        if (rep)
            add_replacement(out, rep, v + n - m, m);
        last = n;
        break;
    default:
        for (const char *at; last + m <= n && (at = memmem(v + last, n - last, lit, m)) != NULL;) {
            sb_addn(out, v + last, (size_t)(at - v) - last);
            if (rep)
                add_replacement(out, rep, at, m);
            last = (size_t)(at - v) + m;
            if (op != PARAM_REPL_ALL)
                break;
        }
        break;
    }
    sb_addn(out, v + last, n - last);
    return true;
}

static char *substitute(const char *v, const char *pat, const char *rep, enum param_op op)
{
    size_t n = strlen(v);
    struct strbuf out = {0};
    if (!*pat) {
        /* An empty pattern matches only where it is anchored: ${x/#/p} prefixes p. */
        if (op == PARAM_REPL_PREFIX && rep)
            add_replacement(&out, rep, "", 0);
        sb_addn(&out, v, n);
        if (op == PARAM_REPL_SUFFIX && rep)
            add_replacement(&out, rep, "", 0);
        return sb_detach(&out);
    }
    char *lit = literal_pattern(pat);
    if (lit) {
        /* UTF-8 is self-synchronizing: a match of whole characters starts at a character. */
        if (!substitute_literal(&out, v, n, lit, rep, op))
            sb_addn(&out, v, n);
        free(lit);
        return sb_detach(&out);
    }
    struct matcher m = { .tmp = xstrdup(v), .n = n, .pat = pat, .len = pattern_chars(pat) };
    m.b = xmalloc((n + 1) * sizeof *m.b);
    m.nb = char_bounds(v, n, m.b);
    size_t plen = strlen(pat), bs = 0;
    while (bs < plen && pat[plen - 1 - bs] == '\\')
        bs++;
    if (bs % 2 == 0) { /* a trailing lone backslash would escape the added star */
        m.patstar = xmalloc(plen + 2);
        memcpy(m.patstar, pat, plen);
        memcpy(m.patstar + plen, "*", 2);
    }
    size_t last = 0; /* the value up to here is in out */
    switch (op) {
    case PARAM_REPL_PREFIX: {
        long e = longest_at(&m, 0);
        if (e >= 0) {
            if (rep)
                add_replacement(&out, rep, v, m.b[e]);
            last = m.b[e];
        }
        break;
    }
    case PARAM_REPL_SUFFIX:
        for (size_t k = m.len >= 0 && (size_t)m.len < m.nb ? m.nb - 1 - (size_t)m.len : 0; k < m.nb; k++)
            if (match_pattern(pat, m.tmp + m.b[k])) {
                sb_addn(&out, v, m.b[k]);
                if (rep)
                    add_replacement(&out, rep, v + m.b[k], n - m.b[k]);
                last = n;
                break;
            }
        break;
    default:
        for (size_t k = 0; k + 1 < m.nb;) {
            long e = longest_at(&m, k);
            if (e <= (long)k) {
                k++; /* no match here, or only an empty one: bash replaces neither */
                continue;
            }
            sb_addn(&out, v + last, m.b[k] - last);
            if (rep)
                add_replacement(&out, rep, v + m.b[k], m.b[e] - m.b[k]);
            last = m.b[e];
            if (op != PARAM_REPL_ALL)
                break;
            k = (size_t)e;
        }
        break;
    }
    sb_addn(&out, v + last, n - last);
    free(m.tmp);
    free(m.b);
    free(m.patstar);
    return sb_detach(&out);
}

/* ---- ${x^pat} ${x^^pat} ${x,pat} ${x,,pat}, ${x@U} ${x@u} ${x@L} -------------------------------- */
static char *change_case(const char *v, const char *pat, bool upper, bool first_only)
{
    size_t n = strlen(v);
    struct strbuf out = {0};
    for (size_t i = 0; i < n;) {
        wchar_t wc;
        size_t k = mbchar_multi ? mbchar_decode(v + i, n - i, &wc) : 1;
        bool apply = !first_only || i == 0;
        if (apply && pat && *pat) {
            char c[16];
            memcpy(c, v + i, k < sizeof c ? k : sizeof c - 1);
            c[k < sizeof c ? k : sizeof c - 1] = '\0';
            apply = match_pattern(pat, c);
        }
        if (!apply) {
            sb_addn(&out, v + i, k);
        } else if (!mbchar_multi) {
            unsigned char c = (unsigned char)v[i];
            sb_addc(&out, (char)(upper ? toupper(c) : tolower(c)));
        } else {
            wint_t to = upper ? towupper((wint_t)wc) : towlower((wint_t)wc);
            char buf[MB_LEN_MAX];
            mbstate_t st = {0};
            size_t m = (wchar_t)to != wc ? wcrtomb(buf, (wchar_t)to, &st) : (size_t)-1;
            if (m == (size_t)-1)
                sb_addn(&out, v + i, k); /* unchanged, or an invalid byte kept as it is */
            else
                sb_addn(&out, buf, m);
        }
        i += k;
        if (first_only && i < n) {
            sb_addn(&out, v + i, n - i);
            break;
        }
    }
    return sb_detach(&out);
}

/* ---- ${x@Q} ${x@E} ------------------------------------------------------------------------------ */
/* Quoted for re-input: '...' when every character is printable, else $'...' with escapes (as
 * bash writes them). */
static char *quote_value(const char *v)
{
    size_t n = strlen(v);
    bool printable = true;
    for (size_t i = 0; i < n && printable;) {
        wchar_t wc;
        size_t k = mbchar_multi ? mbchar_decode(v + i, n - i, &wc) : 1;
        printable = mbchar_multi ? iswprint((wint_t)wc) != 0 : isprint((unsigned char)v[i]) != 0;
        i += k;
    }
    struct strbuf out = {0};
    if (printable) {
        sb_add_quoted(&out, v);
        return sb_detach(&out);
    }
    sb_adds(&out, "$'");
    for (size_t i = 0; i < n;) {
        wchar_t wc;
        size_t k = mbchar_multi ? mbchar_decode(v + i, n - i, &wc) : 1;
        unsigned char c = (unsigned char)v[i];
        const char *esc = strchr("\a\b\033\f\n\r\t\v\\'", c);
        if (c && esc && k == 1) {
            sb_addc(&out, '\\');
            sb_addc(&out, "abefnrtv\\'"[esc - "\a\b\033\f\n\r\t\v\\'"]);
        } else if (mbchar_multi ? iswprint((wint_t)wc) : isprint(c)) {
            sb_addn(&out, v + i, k);
        } else {
            for (size_t j = 0; j < k; j++)
                sb_addf(&out, "\\%03o", (unsigned char)v[i + j]);
        }
        i += k;
    }
    sb_addc(&out, '\'');
    return sb_detach(&out);
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The backslash escapes of $'...' (XCU 2.2.4) and bash's \u \U; a NUL ends the value. */
static char *expand_escapes(const char *v)
{
    struct strbuf out = {0};
    for (const char *p = v; *p; p++) {
        if (*p != '\\' || !p[1]) {
            sb_addc(&out, *p);
            continue;
        }
        const char *esc = strchr("abeEfnrtv\\'\"?", p[1]);
        if (esc) {
            sb_addc(&out, "\a\b\033\033\f\n\r\t\v\\'\"?"[esc - "abeEfnrtv\\'\"?"]);
            p++;
            continue;
        }
        unsigned long c = 0;
        int digits = 0, max = 0, base = 0;
        const char *d = p + 1;
        if (*d >= '0' && *d <= '7') {
            base = 8, max = 3;
        } else if (*d == 'x') {
            base = 16, max = 2, d++;
        } else if (*d == 'u' || *d == 'U') {
            base = 16, max = *d == 'u' ? 4 : 8, d++;
        } else if (*d == 'c' && d[1]) {
            c = d[1] == '?' ? 0x7f : (unsigned char)d[1] & 0x1f;
            if (!c)
                break;
            sb_addc(&out, (char)c);
            p += 2;
            continue;
        }
        for (; base && digits < max; digits++, d++) {
            int h = base == 8 ? (*d >= '0' && *d <= '7' ? *d - '0' : -1) : hexval(*d);
            if (h < 0)
                break;
            c = c * base + (unsigned long)h;
        }
        if (!base || !digits) {
            sb_addc(&out, '\\'); /* other escapes stay as written */
            continue;
        }
        if (c == 0)
            break;
        if (p[1] == 'u' || p[1] == 'U') {
            char buf[MB_LEN_MAX];
            mbstate_t st = {0};
            size_t m = 1;
            if (c < 0x80)
                buf[0] = (char)c;
            else
                m = wcrtomb(buf, (wchar_t)c, &st);
            if (m == (size_t)-1)
                sb_addn(&out, p, (size_t)(d - p)); /* no such character here: as written */
            else
                sb_addn(&out, buf, m);
        } else {
            sb_addc(&out, (char)(c & 0xff));
        }
        p = d - 1;
    }
    return sb_detach(&out);
}

/* ---- ${!prefix*} ${!prefix@} ---------------------------------------------------------------------- */
struct names {
    const char *prefix;
    size_t plen;
    char **v;
    size_t n, cap;
};

static void add_name(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)flags;
    struct names *nm = ctx;
    if (!value || strncmp(name, nm->prefix, nm->plen) != 0)
        return;
    if (nm->n == nm->cap) {
        nm->cap = nm->cap ? 2 * nm->cap : 8;
        nm->v = xrealloc(nm->v, nm->cap * sizeof *nm->v);
    }
    nm->v[nm->n++] = xstrdup(name);
}

static int expand_names(struct expander *x, const struct part *p, bool quoted)
{
    struct names nm = { .prefix = p->param->name, .plen = strlen(p->param->name) };
    vars_foreach(0, add_name, &nm);
    emit_list(x, p->param->xform == '*', quoted, nm.v, nm.n);
    free_list(nm.v, nm.n);
    return 0;
}

/* ---- One value, or each positional parameter --------------------------------------------------- */
struct op_args {
    enum param_op op;
    char xform;
    char *pat; /* expanded pattern (NULL if none) */
    char *rep; /* expanded replacement (NULL if none) */
};

static char *transform(const char *v, const struct op_args *a)
{
    switch (a->op) {
    case PARAM_REPL:
    case PARAM_REPL_ALL:
    case PARAM_REPL_PREFIX:
    case PARAM_REPL_SUFFIX:
        return substitute(v, a->pat, a->rep, a->op);
    case PARAM_UPPER1:
    case PARAM_UPPER:
    case PARAM_LOWER1:
    case PARAM_LOWER:
        return change_case(v, a->pat, a->op == PARAM_UPPER1 || a->op == PARAM_UPPER,
                           a->op == PARAM_UPPER1 || a->op == PARAM_LOWER1);
    default:
        switch (a->xform) {
        case 'Q': return quote_value(v);
        case 'E': return expand_escapes(v);
        case 'U': return change_case(v, NULL, true, false);
        case 'u': return change_case(v, NULL, true, true);
        default:  return change_case(v, NULL, false, false); /* 'L' */
        }
    }
}

static bool eval_number(const struct word *w, intmax_t *n)
{
    char *s = expand_string(w, 0, false);
    if (!s)
        return false;
    int r = arith_eval(s, n);
    free(s);
    return r == 0;
}

/* ${x:off:len} (bash): characters of the value, or positional parameters with $0 at 0. A
 * negative offset counts back from the end; a negative length stops that far from the end
 * (an error for the parameters, and when the end would come before the start). */
/* list and n: the positional parameters (positional: ${@:0} is $0) or an array's elements. */
static int substring(struct expander *x, const struct part *p, bool quoted, bool all, const char *val,
                     char *const *list, int nlist, bool positional, bool star)
{
    intmax_t off, len = 0;
    if (!eval_number(p->param->arg, &off))
        return -1;
    bool has_len = p->param->arg2 != NULL;
    if (has_len && !eval_number(p->param->arg2, &len))
        return -1;
    if (all) {
        /* ${a[@]:off:len}: elements, counted from the first one set; ${@:off:len}: the
         * positional parameters, with $0 at 0. */
        intmax_t n = positional ? sh.nparams + 1 : nlist;
        if (off < 0)
            off += n;
        if (has_len && len < 0) {
            expand_error("%" PRIdMAX ": substring expression < 0", len);
            return -1;
        }
        if (off < 0 || off >= n) {
            if (quoted && star)
                xp_add(x, "", 0, X_QUOTED);
            return 0;
        }
        intmax_t count = has_len && len < n - off ? len : n - off;
        if (!positional) {
            emit_list(x, star, quoted, list + off, (size_t)count);
            return 0;
        }
        char **v = xmalloc(((size_t)count + 1) * sizeof *v);
        for (intmax_t i = 0; i < count; i++) {
            intmax_t k = off + i;
            v[i] = (char *)(k == 0 ? (sh.arg0 ? sh.arg0 : "conch") : sh.params[k - 1]);
        }
        emit_list(x, star, quoted, v, (size_t)count);
        free(v);
        return 0;
    }
    size_t n = strlen(val);
    size_t *b = xmalloc((n + 1) * sizeof *b);
    intmax_t nc = (intmax_t)char_bounds(val, n, b) - 1; /* characters */
    if (off < 0)
        off += nc;
    intmax_t end = nc;
    if (has_len)
        end = len < 0 ? nc + len : (off >= 0 && len < nc - off ? off + len : nc);
    if (has_len && len < 0 && end < off && off >= 0 && off <= nc) {
        free(b);
        expand_error("%" PRIdMAX ": substring expression < 0", len);
        return -1;
    }
    if (off >= 0 && off < end && off <= nc)
        xp_add(x, val + b[off], b[end] - b[off], quoted ? X_QUOTED : X_EXPANDED);
    else if (quoted)
        xp_add(x, "", 0, X_QUOTED);
    free(b);
    return 0;
}

/* The name that ${!name} stands for: a variable's name, a positional or a special parameter
 * (bash). NULL after a message. */
static char *indirect_name(const char *name)
{
    char buf[32];
    const char *v = param_value(name, buf);
    if (!v) {
        expand_error("%s: invalid indirect expansion", name);
        return NULL;
    }
    size_t n = strlen(v);
    bool ok = is_name(v, n) || (n == 1 && strchr("@*#?-$!0", v[0]));
    if (!ok && n > 0 && strspn(v, "0123456789") == n)
        ok = true;
    char *aname;
    const char *sub;
    if (!ok && array_split_operand(v, &aname, &sub)) {
        ok = true; /* name[subscript], as bash-completion's ${!ref} with ref='words[i]' */
        free(aname);
    }
    if (!ok) {
        expand_error("%s: invalid variable name", v);
        return NULL;
    }
    return xstrdup(v);
}

static int apply_op(struct expander *x, const struct part *p, bool quoted, bool all, bool star,
                    bool positional, char *const *list, int nlist, const char *val);

int paramx_expand(struct expander *x, const struct part *p, bool quoted)
{
    const struct param_ref *ref = p->param;
    if (p->param_op == PARAM_NAMES)
        return expand_names(x, p, quoted);
    if (ref->indirect) {
        /* ${!ref} of a name reference is the name it refers to (bash). */
        const char *named = p->param_op == PARAM_PLAIN ? vars_nameref_target(ref->name) : NULL;
        if (named) {
            xp_add(x, named, strlen(named), quoted ? X_QUOTED : X_EXPANDED);
            return 0;
        }
        char *target = indirect_name(ref->name);
        if (!target)
            return -1;
        struct param_ref r = *ref;
        r.name = target;
        r.indirect = false;
        char *aname = NULL;
        const char *sub;
        struct arena *a = NULL;
        if (array_split_operand(target, &aname, &sub)) {
            /* The subscript read as in ${name[sub]} (an @ or * there is taken as an index). */
            a = arena_new();
            char *text = xstrndup(sub, strlen(sub) - 1);
            r.subscript = parse_dquoted_text(a, text, "subscript");
            free(text);
            r.name = aname;
            if (!r.subscript) {
                arena_unref(a);
                free(aname);
                free(target);
                return -1;
            }
        }
        struct part q = *p;
        q.param = &r;
        int status = param_expand(x, &q, quoted);
        if (a)
            arena_unref(a);
        free(aname);
        free(target);
        return status;
    }
    const char *name = ref->name;
    bool all = (name[0] == '@' || name[0] == '*') && !name[1];
    char buf[32];
    const char *val = all ? NULL : param_value(name, buf);
    return apply_op(x, p, quoted, all, name[0] == '*', true, sh.params, sh.nparams, val);
}

int paramx_expand_value(struct expander *x, const struct part *p, bool quoted, const struct param_value *pv)
{
    return apply_op(x, p, quoted, pv->all, pv->star, false, pv->list, pv->n, pv->val);
}

/* The operator on a value (NULL: unset) or, with all, on each of a list (see substring). */
static int apply_op(struct expander *x, const struct part *p, bool quoted, bool all, bool star,
                    bool positional, char *const *list, int nlist, const char *val)
{
    const struct param_ref *ref = p->param;
    const char *name = ref->name;
    if (!all && !val) {
        if (opt.nounset) {
            expand_error("%s: parameter not set", name);
            return -1;
        }
        if (p->param_op == PARAM_TRANSFORM)
            return 0; /* ${x@Q} of an unset x is nothing at all, as in bash */
        val = "";
    }
    if (p->param_op == PARAM_SUBSTR)
        return substring(x, p, quoted, all, val, list, nlist, positional, star);

    struct op_args a = { .op = p->param_op, .xform = ref->xform };
    if (ref->arg && p->param_op != PARAM_TRANSFORM) {
        a.pat = expand_word_pattern(ref->arg);
        if (!a.pat)
            return -1;
    }
    if (ref->arg2) {
        a.rep = expand_string(ref->arg2, XP_TILDE, true);
        if (!a.rep) {
            free(a.pat);
            return -1;
        }
    }
    if (all) {
        char **v = xmalloc(((size_t)nlist + 1) * sizeof *v);
        for (int i = 0; i < nlist; i++)
            v[i] = transform(list[i], &a);
        emit_list(x, star, quoted, v, (size_t)nlist);
        free_list(v, (size_t)nlist);
    } else {
        char *s = transform(val, &a);
        xp_add(x, s, strlen(s), quoted ? X_QUOTED : X_EXPANDED);
        free(s);
    }
    free(a.pat);
    free(a.rep);
    return 0;
}
