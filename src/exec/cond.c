/* cond.c — runs [[ expression ]] (conch mode, as bash) from the tree parser.y built (ast.h
 * struct cond): operands are expanded without field splitting or pathname expansion. */
#include "config.h"

#include "exec/array.h"
#include "exec/exec_int.h"
#include "exec/expand.h"
#include "exec/match.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "lib/testop.h"
#include "parse/ast.h"
#include "shell/array.h"
#include "shell/options.h"
#include "shell/lang.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <ctype.h>
#include <inttypes.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Results: 1 true, 0 false, -1 error (reported; the command's status is 2). */

/* Tilde, parameter, command and arithmetic expansion and quote removal: never split, never
 * globbed, so `[[ $x == a ]]` needs no quotes around $x. */
static char *operand(const struct word *w)
{
    char *s = expand_word_string(w, EXPAND_PLAIN);
    if (!s && sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
        sh.flow = FLOW_ABORT; /* XCU 2.8.1 expansion error, as in case */
    return s;
}

/* set -x: each primary as it is evaluated, with its operands expanded and written as they are
 * (a pattern with its quoted characters escaped), as bash does. */
static void trace(bool negated, const char *op, const char *l, const char *r)
{
    struct strbuf sb = {0};
    sb_adds(&sb, negated ? "[[ ! " : "[[ ");
    if (l) {
        sb_adds(&sb, l);
        sb_addc(&sb, ' ');
    }
    sb_adds(&sb, op);
    sb_addc(&sb, ' ');
    sb_adds(&sb, r);
    sb_adds(&sb, " ]]");
    exec_trace_text(sb_str(&sb));
    sb_release(&sb);
}

/* -eq -ne -lt -le -gt -ge: each side is an arithmetic expression (XCU 2.6.4 syntax), as in
 * bash and ksh, so `[[ 1+1 -eq 2 ]]` is true and an empty or unset operand is 0. */
static int arith_compare(const char *op, const char *l, const char *r)
{
    intmax_t x, y;
    if (arith_eval(l, &x) < 0 || arith_eval(r, &y) < 0)
        return -1;
    if (strcmp(op, "-eq") == 0)
        return x == y;
    if (strcmp(op, "-ne") == 0)
        return x != y;
    if (strcmp(op, "-lt") == 0)
        return x < y;
    if (strcmp(op, "-le") == 0)
        return x <= y;
    if (strcmp(op, "-gt") == 0)
        return x > y;
    return x >= y; /* -ge */
}

/* ---- =~ (bash): POSIX extended regular expressions through regcomp/regexec ---------------- */

/* The right side as an ERE: what was quoted matches literally (bash 3.2 and later), so each
 * quoted character an ERE would treat specially gets a backslash. Expanded part by part, since
 * expand_word_pattern escapes for fnmatch, whose special characters are not the ERE's. */
/* Inside a bracket expression a backslash is an ordinary character, so a quoted character
 * goes in as it is (bash: `[\]\[a-z]` is the set of ], [ and a-z). *bracket counts the
 * characters since an unquoted [ opened one (0: none open). */
static void ere_add(struct strbuf *sb, const char *s, bool quoted, int *bracket)
{
    for (; *s; s++) {
        if (*bracket) {
            if (!quoted && *s == '[' && s[1] && strchr(":.=", s[1])) {
                /* [:class:], [.coll.], [=equiv=] inside the brackets */
                const char *end = strstr(s + 2, (char[]){s[1], ']', 0});
                size_t n = end ? (size_t)(end + 2 - s) : strlen(s);
                sb_addn(sb, s, n);
                s += n - 1;
                (*bracket)++;
                continue;
            }
            bool first = *bracket == 1 || (*bracket == 2 && sb->len && sb->s[sb->len - 1] == '^');
            if (!quoted && *s == ']' && !first)
                *bracket = 0;
            else
                (*bracket)++;
            sb_addc(sb, *s);
            continue;
        }
        if (quoted && strchr("\\.[](){}*+?|^$", *s))
            sb_addc(sb, '\\');
        else if (!quoted && *s == '[')
            *bracket = 1;
        sb_addc(sb, *s);
    }
}

static char *ere_text(const struct word *w)
{
    struct strbuf sb = {0};
    int bracket = 0;
    for (unsigned i = 0; i < w->nparts; i++) {
        const struct part *p = &w->parts[i];
        if (p->kind == PART_LIT && (p->quoted || i > 0 || p->lit.text[0] != '~')) {
            ere_add(&sb, p->lit.text, p->quoted, &bracket);
            continue;
        }
        union word1 one;
        char *s = operand(word_one(&one, p)); /* only the first part may start a tilde prefix */
        if (!s) {
            sb_release(&sb);
            return NULL;
        }
        ere_add(&sb, s, p->quoted, &bracket);
        free(s);
    }
    return sb_detach(&sb);
}

/* Where the match and its groups go: the indexed array BASH_REMATCH, by bash's name so that
 * scripts written for bash work: [0] the whole match, [1]... the groups (a group that took no
 * part in the match is empty, as in bash). A failed match leaves it an empty array. */
static void store_rematch(const char *subject, const regmatch_t *m, size_t n)
{
    struct array *arr = array_new(false);
    for (size_t i = 0; i < n; i++) {
        size_t len = m[i].rm_so < 0 ? 0 : (size_t)(m[i].rm_eo - m[i].rm_so);
        char *v = xstrndup(m[i].rm_so < 0 ? "" : subject + m[i].rm_so, len);
        array_set(arr, (intmax_t)i, v);
        free(v);
    }
    vars_array_replace("BASH_REMATCH", arr); /* a readonly one has reported itself */
}

static int regex_match(const char *subject, const char *ere)
{
    regex_t re;
    lang_need(); /* ranges and equivalence classes follow LC_COLLATE */
    /* shopt nocasematch: the regular expression ignores case too (bash). */
    int err = regcomp(&re, ere, REG_EXTENDED | (opt.nocasematch && options_extensions() ? REG_ICASE : 0));
    if (err) {
        char msg[256];
        regerror(err, &re, msg, sizeof msg);
        shell_error("[[: '%s': bad regular expression: %s", ere, msg);
        return -1;
    }
    size_t n = re.re_nsub + 1;
    regmatch_t *m = xmalloc(n * sizeof *m);
    int v = regexec(&re, subject, n, m, 0) == 0;
    store_rematch(subject, m, v ? n : 0);
    free(m);
    regfree(&re);
    return v;
}

/* ---- Primaries ------------------------------------------------------------------------------ */

/* -v name, or -v name[subscript] (bash): that element is set; name[@] and name[*], any is.
 * -1 after a message (a bad subscript). */
static int is_set(const char *arg)
{
    char *name;
    const char *sub;
    if (!array_split_operand(arg, &name, &sub))
        return vars_get(arg) != NULL;
    int v;
    if ((sub[0] == '@' || sub[0] == '*') && sub[1] == ']') {
        const struct array *a = vars_array(name);
        v = a ? array_count(a) > 0 : vars_get(name) != NULL;
    } else {
        const char *value;
        v = array_get_operand(name, sub, &value) < 0 ? -1 : value != NULL;
    }
    free(name);
    return v;
}

static int unary(const struct cond *c, bool negated)
{
    char *arg = operand(c->l);
    if (!arg)
        return -1;
    if (opt.xtrace)
        trace(negated, c->op, NULL, arg);
    int v;
    switch (c->op[1]) {
    case 'a': /* bash: -a is -e inside [[ ]] (there is no binary -a) */
        v = testop_unary('e', arg);
        break;
    case 'v':
        v = is_set(arg);
        if (v < 0) {
            free(arg);
            return -1;
        }
        break;
    case 'o':
        v = options_get_name(arg) == 1;
        break;
    case 't': {
        const char *p = arg + strspn(arg, " \t");
        char *end;
        long fd = strtol(p, &end, 10);
        v = end != p && !*end && fd >= 0 && fd <= 0x7fffffff && isatty((int)fd);
        break;
    }
    case 'N': { /* bash: modified since it was last read */
        struct stat st;
        v = stat(arg, &st) == 0 && (st.st_mtim.tv_sec > st.st_atim.tv_sec
                                    || (st.st_mtim.tv_sec == st.st_atim.tv_sec
                                        && st.st_mtim.tv_nsec > st.st_atim.tv_nsec));
        break;
    }
    default:
        v = testop_unary(c->op[1], arg);
        break;
    }
    free(arg);
    return v;
}

static int binary(const struct cond *c, bool negated)
{
    const char *op = c->op;
    char *l = operand(c->l);
    if (!l)
        return -1;
    bool pattern = strcmp(op, "==") == 0 || strcmp(op, "=") == 0 || strcmp(op, "!=") == 0;
    bool regex = !pattern && strcmp(op, "=~") == 0;
    /* The right side of == != is a pattern (quoted parts literal, XCU 2.13 via match.c,
     * multibyte aware); of =~ an ERE; of the others a string. */
    char *r = pattern ? expand_word_pattern(c->r) : regex ? ere_text(c->r) : operand(c->r);
    if (!r) {
        free(l);
        if (sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
            sh.flow = FLOW_ABORT;
        return -1;
    }
    if (opt.xtrace)
        trace(negated, op, l, r);
    int v;
    if (pattern) {
        /* shopt nocasematch as in case; extglob patterns always, as bash matches [[ == ]] (its
         * parser turns extglob on there). */
        unsigned mf = match_case_flags() | MATCH_EXTGLOB;
        v = match_pattern_flags(r, l, mf) == (op[0] != '!');
    }
    else if (regex)
        v = regex_match(l, r);
    else if (op[0] == '<')
        v = (lang_need(), strcoll(l, r) < 0); /* bash: the locale's collating order */
    else if (op[0] == '>')
        v = (lang_need(), strcoll(l, r) > 0);
    else if (strcmp(op, "-nt") == 0)
        v = testop_newer(l, r);
    else if (strcmp(op, "-ot") == 0)
        v = testop_newer(r, l);
    else if (strcmp(op, "-ef") == 0)
        v = testop_same_file(l, r);
    else
        v = arith_compare(op, l, r);
    free(l);
    free(r);
    return v;
}

/* && and || short-circuit left to right along their flat lists; only ! and ( ) recurse. */
static int eval(const struct cond *c, bool negated)
{
    switch (c->kind) {
    case COND_AND:
        for (const struct cond *k = c->kids; k; k = k->next) {
            int v = eval(k, false);
            if (v <= 0)
                return v;
        }
        return 1;
    case COND_OR:
        for (const struct cond *k = c->kids; k; k = k->next) {
            int v = eval(k, false);
            if (v != 0)
                return v;
        }
        return 0;
    case COND_NOT: {
        int v = eval(c->kids, true);
        return v < 0 ? v : !v;
    }
    case COND_STRING: {
        char *s = operand(c->l);
        if (!s)
            return -1;
        if (opt.xtrace)
            trace(negated, "-n", NULL, s);
        int v = s[0] != '\0';
        free(s);
        return v;
    }
    case COND_UNARY:
        return unary(c, negated);
    case COND_BINARY:
        return binary(c, negated);
    }
    return -1;
}

int exec_cond(const struct node *n)
{
    int v = eval(n->cond.expr, false);
    return v < 0 ? 2 : !v;
}
