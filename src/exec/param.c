/* param.c — parameter expansion (XCU 2.6.2): $name, ${name OP word}, special parameters
 * (2.5.2) and positional ones. Called by expand.c for each PARAM part; feeds split.c. */
#include "config.h"

#include "exec/expand.h"
#include "exec/expand_int.h"
#include "exec/match.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "parse/ast.h"
#include "shell/callstack.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"
#include "lib/compat.h"
#include "lib/mbchar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* XCU 2.5.1, 2.5.2 and variables: the value, or NULL if unset. buf holds numbers. Inlined
 * into param_expand, as it was before its second caller: every $x goes through it. */
static inline __attribute__((always_inline)) const char *lookup(const char *name, char buf[32], bool *special)
{
    *special = true;
    if (name[0] && !name[1]) {
        switch (name[0]) {
        case '#':
            snprintf(buf, 32, "%d", sh.nparams);
            return buf;
        case '?':
            snprintf(buf, 32, "%d", sh.last_status);
            return buf;
        case '$':
            snprintf(buf, 32, "%ld", (long)sh.pid);
            return buf;
        case '!':
            if (!sh.last_bg_pid)
                return NULL;
            snprintf(buf, 32, "%ld", (long)sh.last_bg_pid);
            return buf;
        case '-':
            return options_flags();
        case '0':
            return sh.arg0 ? sh.arg0 : "conch";
        }
    }
    if (is_digits(name)) {
        /* ${10}; leading zeros too (${010} is $10), and anything huge is simply unset. */
        long n = strlen(name) > 9 ? -1 : strtol(name, NULL, 10);
        return n >= 1 && n <= sh.nparams ? sh.params[n - 1] : NULL;
    }
    *special = false;
    /* LINENO (XCU 2.5.3) follows the command being run; it is not stored as a variable so that
     * every command does not pay for an assignment. */
    if (name[0] == 'L' && strcmp(name, "LINENO") == 0) {
        snprintf(buf, 32, "%d", sh.lineno);
        return buf;
    }
    /* conch mode: PIPESTATUS is made from the recorded statuses when read (vars.h), and
     * FUNCNAME, BASH_SOURCE and BASH_LINENO from the call stack (callstack.h). */
    if (name[0] == 'P' && name[1] == 'I' && strcmp(name, "PIPESTATUS") == 0)
        vars_pipestatus_sync();
    else if ((name[0] == 'F' && name[1] == 'U') || (name[0] == 'B' && name[1] == 'A'))
        callstack_sync(name);
    return vars_get(name);
}

static int not_set(const char *name)
{
    expand_error("%s: parameter not set", name);
    return -1;
}

/* Characters, not bytes, in a multibyte locale (XCU 2.6.2 ${#parameter}); a byte that starts
 * no valid character counts as one, as in bash (mbstowcs would refuse the whole string). */
static size_t char_length(const char *s)
{
    size_t n = strlen(s);
    return mbchar_multi ? mbchar_count(s, n) : n;
}

static bool has_pattern_chars(const char *pat)
{
    return strpbrk(pat, "*?[\\") != NULL || (match_flags() && strpbrk(pat, "+@!"));
}

/* The places a pattern may cut val: every byte offset in a single-byte locale, else the start
 * of each character and the end, in *bounds (NULL when every offset is one). Returns how many. */
static size_t cut_points(const char *val, size_t n, size_t **bounds)
{
    *bounds = NULL;
    if (!mbchar_multi)
        return n + 1;
    size_t *b = xmalloc((n + 1) * sizeof *b);
    size_t k = 0;
    for (size_t i = 0; i < n; i += mbchar_len(val + i, n - i))
        b[k++] = i;
    b[k++] = n;
    *bounds = b;
    return k;
}

static const char *last_occurrence(const char *s, size_t n, const char *lit, size_t m)
{
    for (size_t i = n - m + 1; i-- > 0;)
        if (memcmp(s + i, lit, m) == 0)
            return s + i;
    return NULL;
}

/* The usual patterns, `*LIT` for prefixes (${f##*.}) and `LIT*` for suffixes (${f%%.*}), are
 * answered by searching for LIT instead of trying a match at every position. Returns false if
 * the pattern has another shape. */
static bool remove_simple(const char *val, size_t n, const char *pat, enum param_op op, size_t *start,
                          size_t *len)
{
    bool prefix = op == PARAM_RM_SPREFIX || op == PARAM_RM_LPREFIX;
    size_t m = strlen(pat);
    if (m < 2 || (match_flags() && strchr(pat, '('))) /* *(a|b): an extglob group */
        return false;
    const char *lit = prefix ? pat + 1 : pat;
    m--;
    if ((prefix ? pat[0] : pat[m]) != '*' || strcspn(lit, "*?[\\") < m)
        return false;
    if (m > n)
        return true; /* no match: nothing removed */
    bool first = op == PARAM_RM_SPREFIX || op == PARAM_RM_LSUFFIX;
    const char *at = first ? memmem(val, n, lit, m) : last_occurrence(val, n, lit, m);
    if (!at)
        return true;
    if (prefix) {
        *start = (size_t)(at - val) + m;
        *len = n - *start;
    } else {
        *len = (size_t)(at - val);
    }
    return true;
}

/* ${x%w} ${x%%w} ${x#w} ${x##w}: the part of val left after removing the shortest or longest
 * matching suffix or prefix; returns its start and length in *start, *len. */
static void remove_pattern(const char *val, const char *pat, enum param_op op, size_t *start, size_t *len)
{
    size_t n = strlen(val);
    *start = 0;
    *len = n;
    if (!has_pattern_chars(pat)) {
        /* Plain text: a comparison is enough (the usual ${path%.c}, ${x#prefix}). */
        size_t m = strlen(pat);
        if (m > n)
            return;
        if ((op == PARAM_RM_SPREFIX || op == PARAM_RM_LPREFIX) && memcmp(val, pat, m) == 0) {
            *start = m;
            *len = n - m;
        } else if ((op == PARAM_RM_SSUFFIX || op == PARAM_RM_LSUFFIX) && memcmp(val + n - m, pat, m) == 0) {
            *len = n - m;
        }
        return;
    }
    if (remove_simple(val, n, pat, op, start, len))
        return;
    size_t *b;
    size_t nb = cut_points(val, n, &b);
#define CUT(k) (b ? b[k] : (k))
    switch (op) {
    case PARAM_RM_SSUFFIX:
        for (size_t k = nb; k-- > 0;)
            if (match_pattern(pat, val + CUT(k))) {
                *len = CUT(k);
                break;
            }
        break;
    case PARAM_RM_LSUFFIX:
        for (size_t k = 0; k < nb; k++)
            if (match_pattern(pat, val + CUT(k))) {
                *len = CUT(k);
                break;
            }
        break;
    case PARAM_RM_SPREFIX:
    case PARAM_RM_LPREFIX: {
        /* Prefixes are matched in a copy cut with a NUL at each candidate length. */
        char small[256];
        char *tmp = n < sizeof small ? small : xmalloc(n + 1);
        memcpy(tmp, val, n + 1);
        bool shortest = op == PARAM_RM_SPREFIX;
        for (size_t k = 0; k < nb; k++) {
            size_t i = CUT(shortest ? k : nb - 1 - k);
            char saved = tmp[i];
            tmp[i] = '\0';
            bool m = match_pattern(pat, tmp);
            tmp[i] = saved;
            if (m) {
                *start = i;
                *len = n - i;
                break;
            }
        }
        if (tmp != small)
            free(tmp);
        break;
    }
    default:
        break;
    }
#undef CUT
    free(b);
}

/* $@ and $* (XCU 2.5.2): one field per positional parameter, except "$*", which joins them
 * with the first character of IFS. pat, if not NULL, is removed from each parameter. The list
 * is pv's: the positional parameters, or in conch mode an array's elements. */
static void add_params(struct expander *x, const struct param_value *pv, bool quoted, const char *pat,
                       enum param_op op)
{
    bool star = pv->star;
    char *const *params = pv->list;
    int nparams = pv->n;
    if (star && quoted) {
        const char *ifs = vars_get("IFS");
        const char *sep = !ifs ? " " : ifs;
        size_t nsep = !ifs ? 1 : (*ifs ? mbchar_len(ifs, strlen(ifs)) : 0); /* a character */
        xp_add(x, "", 0, X_QUOTED);
        for (int i = 0; i < nparams; i++) {
            if (i > 0)
                xp_add(x, sep, nsep, X_QUOTED);
            size_t start = 0, len = strlen(params[i]);
            if (pat)
                remove_pattern(params[i], pat, op, &start, &len);
            xp_add(x, params[i] + start, len, X_QUOTED);
        }
        return;
    }
    /* "$@" with no parameters is no field at all, not an empty one. */
    for (int i = 0; i < nparams; i++) {
        if (i > 0)
            xp_break(x);
        size_t start = 0, len = strlen(params[i]);
        if (pat)
            remove_pattern(params[i], pat, op, &start, &len);
        xp_add(x, params[i] + start, len, quoted ? X_QUOTED : X_EXPANDED);
    }
}

/* The word after the operator, expanded in place (${x-word}, ${x+word}): inside double quotes
 * all of it is quoted; otherwise its literal text is split like any expansion result. */
static int add_word(struct expander *x, const struct word *w, bool quoted)
{
    if (quoted) {
        xp_add(x, "", 0, X_QUOTED);
        return expand_parts(x, w, XP_QUOTED);
    }
    return expand_parts(x, w, XP_INPARAM | XP_TILDE);
}

static inline __attribute__((always_inline)) int expand_value(struct expander *x, const struct part *p, bool quoted,
                                                              const struct param_value *pv);

const char *param_value(const char *name, char buf[32])
{
    bool special;
    return lookup(name, buf, &special);
}

int param_expand(struct expander *x, const struct part *p, bool quoted)
{
    if (p->param_op == PARAM_BAD) {
        expand_error("%s: bad substitution", p->param->name); /* as bash says it */
        return -1;
    }
    if (p->param->subscript)
        return array_expand_param(x, p, quoted);
    const char *name = p->param->name;
    if (p->param_op >= PARAM_SUBSTR || p->param->indirect)
        return paramx_expand(x, p, quoted); /* conch mode's own (bash) */
    bool all = (name[0] == '@' || name[0] == '*') && !name[1];
    char buf[32];
    bool special = false;
    const char *val;
    bool set, null;
    if (all) {
        val = NULL;
        set = sh.nparams > 0;
        null = sh.nparams == 0 || (sh.nparams == 1 && !sh.params[0][0]);
        /* XCU 2.6.2: the test is on the parameter's value. Where $* is one string (inside
         * double quotes, or an assignment's value) that value is the parameters joined by the
         * first character of IFS: with IFS empty, "${*:-x}" of "" "" is null (dash, bash,
         * mksh, ksh93). Unquoted and split, dash and bash differ; the per-parameter test stays. */
        if (name[0] == '*' && (quoted || !x->out) && sh.nparams > 1) {
            const char *ifs = vars_get("IFS");
            null = ifs && !*ifs;
            for (int i = 0; null && i < sh.nparams; i++)
                null = !sh.params[i][0];
        }
    } else {
        val = lookup(name, buf, &special);
        set = val != NULL;
        null = !val || !*val;
    }
    if (p->param_op == PARAM_PLAIN && !all) {
        /* The common $x without building a param_value. */
        if (!val) {
            if (opt.nounset)
                return not_set(name);
            val = "";
        }
        xp_add(x, val, strlen(val), quoted ? X_QUOTED : X_EXPANDED);
        return 0;
    }
    struct param_value pv = { .name = name, .all = all, .star = name[0] == '*', .list = sh.params,
                              .n = sh.nparams, .val = val, .set = set, .null = null, .special = special };
    return expand_value(x, p, quoted, &pv);
}

/* Inlined into param_expand: the operators of the common ${x#pat} and ${x:-w} then cost no
 * call and no param_value in memory. */
static inline __attribute__((always_inline)) int expand_value(struct expander *x, const struct part *p, bool quoted,
                                                              const struct param_value *pv)
{
    const char *name = pv->name;
    enum param_op op = p->param_op;
    enum xclass cls = quoted ? X_QUOTED : X_EXPANDED;
    bool all = pv->all, special = pv->special;
    const char *val = pv->val;
    char buf[32];
    bool use_word = p->param_colon ? pv->null : !pv->set;

    switch (op) {
    case PARAM_PLAIN:
        if (all) {
            add_params(x, pv, quoted, NULL, op);
            return 0;
        }
        if (!val) {
            if (opt.nounset)
                return not_set(name);
            val = "";
        }
        xp_add(x, val, strlen(val), cls);
        return 0;

    case PARAM_LENGTH: {
        size_t n;
        if (all) {
            n = pv->n;
        } else {
            if (!val && opt.nounset)
                return not_set(name);
            n = val ? char_length(val) : 0;
        }
        size_t k = decimal_format(buf, (intmax_t)n);
        xp_add(x, buf, k, cls);
        return 0;
    }

    case PARAM_DEFAULT:
    case PARAM_ALTERNATE:
        if ((op == PARAM_DEFAULT) == use_word)
            return add_word(x, p->param->arg, quoted);
        if (op == PARAM_ALTERNATE) {
            if (quoted)
                xp_add(x, "", 0, X_QUOTED); /* "${x+y}" with x unset is still one empty field */
            return 0;
        }
        break; /* the value itself, below */

    case PARAM_ASSIGN: {
        if (!use_word)
            break;
        if (all || special) {
            expand_error("$%s: cannot assign in this way", name);
            return -1;
        }
        char *s = expand_string(p->param->arg, XP_TILDE, false);
        if (!s)
            return -1;
        if (vars_set(name, s, 0) < 0) {
            sh.last_status = 2;
            free(s);
            return -1;
        }
        xp_add(x, s, strlen(s), cls);
        free(s);
        return 0;
    }

    case PARAM_ERROR: {
        if (!use_word)
            break;
        char *msg = NULL;
        if (p->param->arg && p->param->arg->nparts) {
            msg = expand_string(p->param->arg, XP_TILDE, false);
            if (!msg)
                return -1;
        }
        expand_error("%s: %s", name,
                     msg && *msg ? msg : p->param_colon ? "parameter null or not set" : "parameter not set");
        free(msg);
        return -1;
    }

    case PARAM_RM_SSUFFIX:
    case PARAM_RM_LSUFFIX:
    case PARAM_RM_SPREFIX:
    case PARAM_RM_LPREFIX: {
        if (!all && !val && opt.nounset)
            return not_set(name);
        char *pat = p->param->arg ? expand_word_pattern(p->param->arg) : xstrdup("");
        if (!pat)
            return -1;
        if (all) {
            add_params(x, pv, quoted, pat, op);
        } else {
            if (!val)
                val = "";
            size_t start, len;
            remove_pattern(val, pat, op, &start, &len);
            xp_add(x, val + start, len, cls);
        }
        free(pat);
        return 0;
    }
    default:
        break; /* paramx.c's, above */
    }

    /* The parameter's own value (${x-w} with x set, ${x=w} with x set, ...). */
    if (all) {
        add_params(x, pv, quoted, NULL, PARAM_PLAIN);
        return 0;
    }
    if (!val)
        val = "";
    xp_add(x, val, strlen(val), cls);
    return 0;
}

int param_expand_value(struct expander *x, const struct part *p, bool quoted, const struct param_value *pv)
{
    return expand_value(x, p, quoted, pv);
}
