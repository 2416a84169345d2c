/* arith.c — arithmetic expansion (XCU 2.6.4): the lexer for grammar/arith.y and the evaluator
 * of the tree it builds. expand.c passes the expanded text of $((...)); variables go through vars.h. */
#include "config.h"

#include "arith.h"
#include "exec/array.h"
#include "lib/name.h"
#include "exec/expand.h"
#include "exec/expand_int.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bounds the evaluator's recursion, so "1+1+...+1" from a hostile script cannot exhaust the
 * stack. */
enum { MAX_DEPTH = 5000 };

static void fail(struct arith_parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(struct arith_parser *p, const char *fmt, ...)
{
    if (p->reported)
        return;
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    /* The expression may be megabytes long: quote at most its start. */
    size_t len = strlen(p->expr);
    expand_error("arithmetic: %s in \"%.*s%s\"", what, len > 60 ? 60 : (int)len, p->expr,
                 len > 60 ? "..." : "");
    p->reported = true;
}

/* Bison's "memory exhausted" means its stack (YYMAXDEPTH) is full: say so in our words. */
void arith_error(struct arith_parser *p, const char *msg)
{
    fail(p, "%s", strstr(msg, "exhausted") ? "expression too deeply nested" : msg);
}

static int new_node(struct arith_parser *p, enum arith_op op)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 32;
        p->nodes = xrealloc(p->nodes, p->cap * sizeof *p->nodes);
    }
    struct arith_node *nd = &p->nodes[p->n];
    memset(nd, 0, sizeof *nd);
    nd->op = op;
    nd->a = nd->b = nd->c = -1;
    nd->depth = 1;
    return p->n++;
}

int arith_node(struct arith_parser *p, enum arith_op op, int a, int b, int c)
{
    int depth = 0;
    int kids[3] = {a, b, op == A_ASSIGN ? -1 : c}; /* A_ASSIGN's c is an operator, not a node */
    for (int i = 0; i < 3; i++)
        if (kids[i] >= 0 && p->nodes[kids[i]].depth > depth)
            depth = p->nodes[kids[i]].depth;
    if (depth >= MAX_DEPTH) {
        fail(p, "expression too deeply nested");
        return -1;
    }
    if (op == A_ASSIGN && c == A_ASSIGN)
        c = -1; /* plain = */
    int i = new_node(p, op);
    p->nodes[i].a = a;
    p->nodes[i].b = b;
    p->nodes[i].c = c;
    p->nodes[i].depth = depth + 1;
    return i;
}

/* bash's base#digits constants (conch mode): the digit's value, or -1. Up to base 36 letters of
 * either case are 10..35; above it lower case is 10..35, upper case 36..61, '@' 62, '_' 63. */
static int base_digit(char c, unsigned base)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + (base <= 36 ? 10 : 36);
    if (c == '@')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

/* The length of the constant at s: a run of name characters, and in conch mode its '#' and
 * digits (which may hold '@'), *based then true. Inline: `i=$((i+1))` loops lex a constant each
 * time, and a call and a search for '#' cost them more than one percent. */
static inline size_t constant_len(const char *s, bool *based)
{
    size_t n = 0;
    while (name_char(s[n]))
        n++;
    *based = s[n] == '#' && options_extensions();
    if (*based)
        for (n++; name_char(s[n]) || s[n] == '@'; n++)
            ;
    return n;
}

/* base#digits: 2 <= base <= 64; values past UINTMAX_MAX wrap as bash's do. Out of line, so that
 * parse_constant stays small enough to be inlined in the common case. */
__attribute__((noinline)) static bool parse_based(struct arith_parser *p, const char *s, size_t n, intmax_t *v)
{
    const char *hash = memchr(s, '#', n); /* constant_len put one there */
    unsigned base = 0;
    for (const char *d = s; d < hash; d++) {
        if (*d < '0' || *d > '9' || base > 64) {
            base = 0;
            break;
        }
        base = base * 10 + (unsigned)(*d - '0');
    }
    if (base < 2 || base > 64) {
        if (p)
            fail(p, "invalid arithmetic base \"%.*s\"", (int)n, s);
        return false;
    }
    if (hash + 1 == s + n) {
        if (p)
            fail(p, "invalid number \"%.*s\"", (int)n, s);
        return false;
    }
    uintmax_t u = 0;
    for (const char *d = hash + 1; d < s + n; d++) {
        int k = base_digit(*d, base);
        if (k < 0 || (unsigned)k >= base) {
            if (p)
                fail(p, "value too great for base \"%.*s\"", (int)n, s);
            return false;
        }
        u = u * base + (unsigned)k;
    }
    *v = (intmax_t)u;
    return true;
}

/* A constant: decimal, octal with a leading 0, or hexadecimal with 0x (ISO C integer constants
 * without suffixes), and in conch mode base#digits. Values past INTMAX_MAX wrap, as the C
 * conversion of the unsigned value. p, if not NULL, gets the message for a bad base#digits. */
static bool parse_constant(struct arith_parser *p, const char *s, size_t n, bool based, intmax_t *v)
{
    char buf[128];
    if (n == 0 || s[0] < '0' || s[0] > '9')
        return false;
    if (based)
        return parse_based(p, s, n, v);
    if (n >= sizeof buf)
        return false;
    memcpy(buf, s, n);
    buf[n] = '\0';
    char *end;
    errno = 0;
    uintmax_t u = strtoumax(buf, &end, 0);
    if (*end || errno)
        return false;
    *v = (intmax_t)u;
    return true;
}

/* A variable's value as a number: a constant with optional sign and surrounding blanks; unset
 * or empty is 0. */
static bool parse_value(const char *s, intmax_t *v)
{
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    bool neg = false;
    if (*s == '+' || *s == '-')
        neg = *s++ == '-';
    bool based;
    size_t n = constant_len(s, &based);
    const char *rest = s + n;
    while (*rest == ' ' || *rest == '\t' || *rest == '\n')
        rest++;
    if (*rest)
        return false;
    if (n == 0) {
        *v = 0;
        return !neg && s[0] == '\0';
    }
    if (!parse_constant(NULL, s, n, based, v))
        return false;
    if (neg)
        *v = (intmax_t)(0 - (uintmax_t)*v);
    return true;
}

/* ---- Lexer ----------------------------------------------------------------------------------- */
static int op_token(struct arith_parser *p, int len, int tok)
{
    p->pos += len;
    p->prev = 0;
    return tok;
}

static int assign_token(struct arith_parser *p, ARITH_STYPE *lval, int len, enum arith_op op)
{
    *lval = op;
    return op_token(p, len, ATOK_ASSIGN);
}

int arith_lex(ARITH_STYPE *lval, struct arith_parser *p)
{
    const char *s = p->pos;
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    p->pos = s;
    if (!*s)
        return ATOK_YYEOF;
    if (s[0] >= '0' && s[0] <= '9') {
        bool based;
        size_t n = constant_len(s, &based);
        intmax_t v;
        if (!parse_constant(p, s, n, based, &v)) {
            fail(p, "invalid number \"%.*s\"", (int)n, s);
            return ATOK_ARITH_UNDEF;
        }
        int i = new_node(p, A_NUM);
        p->nodes[i].num = v;
        *lval = i;
        p->pos += n;
        p->prev = 1;
        return ATOK_NUMBER;
    }
    if (name_start_char(s[0])) {
        size_t n = 1;
        while (name_char(s[n]))
            n++;
        if (s[n] == '[' && options_extensions()) {
            /* conch mode: an array element, name[subscript], is one operand (bash). */
            size_t depth = 0, k = n;
            for (; s[k]; k++) {
                if (s[k] == '[')
                    depth++;
                else if (s[k] == ']' && --depth == 0)
                    break;
            }
            if (!s[k]) {
                fail(p, "missing ']' in \"%s\"", s);
                return ATOK_ARITH_UNDEF;
            }
            n = k + 1;
        }
        int i = new_node(p, A_VAR);
        p->nodes[i].name = s;
        p->nodes[i].namelen = n;
        *lval = i;
        p->pos += n;
        p->prev = 2;
        return ATOK_NAME;
    }
    char c = s[0], d = s[1];
    if ((c == '+' || c == '-') && d == c) {
        /* ++ and -- are increments only next to a variable; otherwise "5--3" is 5 - -3. */
        const char *t = s + 2;
        while (*t == ' ' || *t == '\t' || *t == '\n')
            t++;
        bool postfix = p->prev == 2;
        if (postfix || (p->prev == 0 && name_start_char(*t))) {
            int tok = op_token(p, 2, c == '+' ? ATOK_INC : ATOK_DEC);
            p->prev = postfix; /* "a++" is an operand */
            return tok;
        }
        return op_token(p, 1, c);
    }
    if ((c == '<' || c == '>') && d == c)
        return s[2] == '=' ? assign_token(p, lval, 3, c == '<' ? A_SHL : A_SHR)
                           : op_token(p, 2, c == '<' ? ATOK_LSHIFT : ATOK_RSHIFT);
    if (d == '=') {
        switch (c) {
        case '<': return op_token(p, 2, ATOK_LE);
        case '>': return op_token(p, 2, ATOK_GE);
        case '=': return op_token(p, 2, ATOK_EQ);
        case '!': return op_token(p, 2, ATOK_NE);
        case '*': return assign_token(p, lval, 2, A_MUL);
        case '/': return assign_token(p, lval, 2, A_DIV);
        case '%': return assign_token(p, lval, 2, A_MOD);
        case '+': return assign_token(p, lval, 2, A_ADD);
        case '-': return assign_token(p, lval, 2, A_SUB);
        case '&': return assign_token(p, lval, 2, A_BAND);
        case '^': return assign_token(p, lval, 2, A_BXOR);
        case '|': return assign_token(p, lval, 2, A_BOR);
        }
    }
    if (c == '&' && d == '&')
        return op_token(p, 2, ATOK_ANDAND);
    /* bash's power operator; in POSIX mode "2**3" stays the syntax error it was. */
    if (c == '*' && d == '*' && options_extensions())
        return op_token(p, 2, ATOK_POW);
    if (c == '|' && d == '|')
        return op_token(p, 2, ATOK_OROR);
    if (c == '=')
        return assign_token(p, lval, 1, A_ASSIGN);
    if (strchr("+-*/%<>&^|!~?:,()", c)) {
        int tok = op_token(p, 1, c);
        p->prev = c == ')';
        return tok;
    }
    fail(p, "unexpected character '%c'", c);
    return ATOK_ARITH_UNDEF;
}

/* ---- Evaluation ------------------------------------------------------------------------------
 * Signed overflow is undefined in C, so + - * << and negation are done in uintmax_t, which wraps
 * like the two's-complement machines shells run on. */
static int get_var(struct arith_parser *p, const struct arith_node *nd, intmax_t *v)
{
    char small[64];
    char *name = nd->namelen < sizeof small ? small : xmalloc(nd->namelen + 1);
    memcpy(name, nd->name, nd->namelen);
    name[nd->namelen] = '\0';
    /* LINENO is not stored as a variable (exec/param.c): $((LINENO)) reads it like $LINENO. */
    char lineno[32];
    const char *val;
    char *aname;
    const char *sub;
    if (name[nd->namelen - 1] == ']' && array_split_operand(name, &aname, &sub)) {
        int e = array_get_operand(aname, sub, &val);
        free(aname);
        if (e < 0) {
            p->reported = true;
            if (name != small)
                free(name);
            return -1;
        }
    } else {
        val = vars_get(name);
    }
    if (strcmp(name, "LINENO") == 0) {
        snprintf(lineno, sizeof lineno, "%d", sh.lineno);
        val = lineno;
    }
    int r = 0;
    if (!val && opt.nounset) {
        /* set -u covers variables named in arithmetic too (as bash; dash reads 0). */
        expand_error("%s: parameter not set", name);
        p->reported = true;
        r = -1;
    } else if (!val) {
        *v = 0;
    } else if (!parse_value(val, v)) {
        fail(p, "%s: invalid number \"%s\"", name, val);
        r = -1;
    }
    if (name != small)
        free(name);
    return r;
}

static int set_var(struct arith_parser *p, const struct arith_node *nd, intmax_t v)
{
    char small[64];
    char *name = nd->namelen < sizeof small ? small : xmalloc(nd->namelen + 1);
    memcpy(name, nd->name, nd->namelen);
    name[nd->namelen] = '\0';
    char buf[DECIMAL_MAX];
    decimal_format(buf, v);
    char *aname;
    const char *sub;
    int r;
    if (name[nd->namelen - 1] == ']' && array_split_operand(name, &aname, &sub)) {
        r = array_set_operand(aname, sub, buf) ? -1 : 0;
        free(aname);
    } else {
        r = vars_set(name, buf, 0);
    }
    if (r < 0) {
        p->reported = true; /* vars_set said why */
        sh.last_status = 2;
    }
    if (name != small)
        free(name);
    return r;
}

static int eval_binary(struct arith_parser *p, enum arith_op op, intmax_t a, intmax_t b, intmax_t *r)
{
    uintmax_t ua = (uintmax_t)a, ub = (uintmax_t)b;
    switch (op) {
    case A_POW: {
        if (b < 0) {
            fail(p, "exponent less than 0");
            return -1;
        }
        /* By squaring, in uintmax_t so that overflow wraps as bash's does. */
        uintmax_t acc = 1;
        for (; ub; ub >>= 1, ua *= ua)
            if (ub & 1)
                acc *= ua;
        *r = (intmax_t)acc;
        return 0;
    }
    case A_MUL: *r = (intmax_t)(ua * ub); return 0;
    case A_DIV:
    case A_MOD:
        if (b == 0) {
            fail(p, "division by zero");
            return -1;
        }
        if (b == -1) /* INTMAX_MIN / -1 traps on x86; the wrapped answer is -a, remainder 0 */
            *r = op == A_DIV ? (intmax_t)(0 - ua) : 0;
        else
            *r = op == A_DIV ? a / b : a % b;
        return 0;
    case A_ADD: *r = (intmax_t)(ua + ub); return 0;
    case A_SUB: *r = (intmax_t)(ua - ub); return 0;
    /* Shift counts are taken modulo the width, as the hardware does, instead of being UB. */
    case A_SHL: *r = (intmax_t)(ua << (ub & 63)); return 0;
    case A_SHR: *r = a >> (ub & 63); return 0;
    case A_LT: *r = a < b; return 0;
    case A_LE: *r = a <= b; return 0;
    case A_GT: *r = a > b; return 0;
    case A_GE: *r = a >= b; return 0;
    case A_EQ: *r = a == b; return 0;
    case A_NE: *r = a != b; return 0;
    case A_BAND: *r = a & b; return 0;
    case A_BXOR: *r = a ^ b; return 0;
    case A_BOR: *r = a | b; return 0;
    default:
        fail(p, "internal error");
        return -1;
    }
}

static int eval(struct arith_parser *p, int i, intmax_t *r)
{
    const struct arith_node *nd = &p->nodes[i];
    intmax_t a, b;
    switch (nd->op) {
    case A_NUM:
        *r = nd->num;
        return 0;
    case A_VAR:
        return get_var(p, nd, r);
    case A_POS:
    case A_NEG:
    case A_NOT:
    case A_BNOT:
        if (eval(p, nd->a, &a) < 0)
            return -1;
        *r = nd->op == A_POS ? a : nd->op == A_NEG ? (intmax_t)(0 - (uintmax_t)a) : nd->op == A_NOT ? !a : ~a;
        return 0;
    case A_PREINC:
    case A_PREDEC:
    case A_POSTINC:
    case A_POSTDEC: {
        const struct arith_node *var = &p->nodes[nd->a];
        if (get_var(p, var, &a) < 0)
            return -1;
        bool inc = nd->op == A_PREINC || nd->op == A_POSTINC;
        b = (intmax_t)((uintmax_t)a + (inc ? 1u : (uintmax_t)-1));
        if (set_var(p, var, b) < 0)
            return -1;
        *r = nd->op == A_PREINC || nd->op == A_PREDEC ? b : a;
        return 0;
    }
    case A_LAND:
    case A_LOR:
        if (eval(p, nd->a, &a) < 0)
            return -1;
        if ((nd->op == A_LAND) == !a) {
            *r = nd->op == A_LOR; /* decided by the left side; the right one is not evaluated */
            return 0;
        }
        if (eval(p, nd->b, &b) < 0)
            return -1;
        *r = b != 0;
        return 0;
    case A_COND:
        if (eval(p, nd->a, &a) < 0)
            return -1;
        return eval(p, a ? nd->b : nd->c, r);
    case A_COMMA:
        if (eval(p, nd->a, &a) < 0)
            return -1;
        return eval(p, nd->b, r);
    case A_ASSIGN: {
        const struct arith_node *var = &p->nodes[nd->a];
        if (eval(p, nd->b, &b) < 0)
            return -1;
        if (nd->c >= 0) {
            if (get_var(p, var, &a) < 0 || eval_binary(p, (enum arith_op)nd->c, a, b, &b) < 0)
                return -1;
        }
        if (set_var(p, var, b) < 0)
            return -1;
        *r = b;
        return 0;
    }
    default:
        if (eval(p, nd->a, &a) < 0 || eval(p, nd->b, &b) < 0)
            return -1;
        return eval_binary(p, nd->op, a, b, r);
    }
}

/* The node array is kept between evaluations: `i=$((i+1))` loops then allocate nothing. */
static struct arith_node *pool;
static int pool_cap;
static bool pool_busy;

int arith_eval(const char *expr, intmax_t *result)
{
    struct arith_parser p = {.expr = expr, .pos = expr, .root = -1};
    bool own = !pool_busy;
    if (own) {
        p.nodes = pool;
        p.cap = pool_cap;
        pool_busy = true;
    }
    int r = arith_parse(&p);
    if (r == 0) {
        if (p.root < 0)
            *result = 0; /* $(( )) is 0, as in other shells */
        else
            r = eval(&p, p.root, result);
    } else {
        fail(&p, "syntax error");
        r = -1;
    }
    if (own) {
        pool = p.nodes;
        pool_cap = p.cap;
        pool_busy = false;
    } else {
        free(p.nodes);
    }
    return r;
}
