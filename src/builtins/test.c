/* test.c — the test and [ utilities (XCU test): evaluates a conditional expression over the
 * already expanded arguments; exit status 0 true, 1 false, 2 error. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "lib/testop.h"
#include "shell/lang.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The arguments of one evaluation. Results are 1 (true), 0 (false) or -1 (error, reported). */
struct tst {
    const char *name; /* "test" or "[" for messages */
    char **a;
    int n, pos;
};

static int fail(struct tst *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct tst *t, const char *fmt, ...)
{
    char msg[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_msg("%s: %s", t->name, msg);
    return -1;
}

static bool is(const char *s, const char *word) { return strcmp(s, word) == 0; }

static bool is_unary(const char *s)
{
    return s[0] == '-' && s[1] && !s[2] && strchr("bcdefgGhkLnOprsStuwxz", s[1]);
}

/* The binary primaries, told apart by their bytes: `[ "$i" -lt N ]` in a loop tests each
 * operator name once, not by a strcmp per candidate. */
enum binop { OP_NONE, OP_SEQ, OP_SNE, OP_SLT, OP_SGT, OP_AND, OP_OR, OP_NT, OP_OT, OP_EF,
             OP_EQ, OP_NE, OP_GT, OP_GE, OP_LT, OP_LE };

static enum binop binop(const char *s)
{
    switch (s[0]) {
    case '=':
        return s[1] ? OP_NONE : OP_SEQ;
    case '!':
        return s[1] == '=' && !s[2] ? OP_SNE : OP_NONE;
    case '<':
        return s[1] ? OP_NONE : OP_SLT;
    case '>':
        return s[1] ? OP_NONE : OP_SGT;
    case '-':
        break;
    default:
        return OP_NONE;
    }
    if (!s[1] || (s[2] && s[3]))
        return OP_NONE;
    switch ((unsigned char)s[1] << 8 | (unsigned char)s[2]) {
    case 'a' << 8: return OP_AND;
    case 'o' << 8: return OP_OR;
    case 'n' << 8 | 't': return OP_NT;
    case 'o' << 8 | 't': return OP_OT;
    case 'e' << 8 | 'f': return OP_EF;
    case 'e' << 8 | 'q': return OP_EQ;
    case 'n' << 8 | 'e': return OP_NE;
    case 'g' << 8 | 't': return OP_GT;
    case 'g' << 8 | 'e': return OP_GE;
    case 'l' << 8 | 't': return OP_LT;
    case 'l' << 8 | 'e': return OP_LE;
    default: return OP_NONE;
    }
}

/* Binary primaries; -a and -o only where the POSIX argument-count rules make them binary. */
static bool is_binary(const char *s, bool andor)
{
    enum binop op = binop(s);
    return op != OP_NONE && (andor || (op != OP_AND && op != OP_OR));
}

/* An integer operand: optional blanks, sign, decimal digits, optional blanks (other shells
 * accept the blanks, and "$(wc -l <f)" often carries them). */
static bool get_int(struct tst *t, const char *s, intmax_t *v)
{
    const char *p = s;
    while (isspace((unsigned char)*p))
        p++;
    const char *digits = p + (*p == '+' || *p == '-');
    if (!isdigit((unsigned char)*digits)) {
        fail(t, "%s: integer expression expected", s);
        return false;
    }
    char *end;
    errno = 0;
    *v = strtoimax(p, &end, 10);
    if (errno == ERANGE) {
        fail(t, "%s: integer out of range", s);
        return false;
    }
    while (isspace((unsigned char)*end))
        end++;
    if (*end) {
        fail(t, "%s: integer expression expected", s);
        return false;
    }
    return true;
}

static int unary(struct tst *t, char op, const char *arg)
{
    if (op == 't') {
        /* A number too large for a descriptor is simply not a terminal. */
        const char *p = arg + strspn(arg, " \t");
        if (strspn(p, "0123456789") > 10 && p[strspn(p, "0123456789")] == '\0')
            return 0;
        intmax_t fd;
        if (!get_int(t, arg, &fd))
            return -1;
        return fd >= 0 && fd <= INT32_MAX && isatty((int)fd);
    }
    return testop_unary(op, arg);
}

static int binary(struct tst *t, const char *l, const char *opname, const char *r)
{
    enum binop op = binop(opname);
    switch (op) {
    case OP_SEQ: return strcmp(l, r) == 0;
    case OP_SNE: return strcmp(l, r) != 0;
    case OP_SLT: return lang_need(), strcoll(l, r) < 0;
    case OP_SGT: return lang_need(), strcoll(l, r) > 0;
    case OP_AND: return l[0] && r[0];
    case OP_OR: return l[0] || r[0];
    case OP_NT: return testop_newer(l, r);
    case OP_OT: return testop_newer(r, l);
    case OP_EF: return testop_same_file(l, r);
    default: break;
    }
    intmax_t x, y;
    if (!get_int(t, l, &x) || !get_int(t, r, &y))
        return -1;
    switch (op) {
    case OP_EQ: return x == y;
    case OP_NE: return x != y;
    case OP_GT: return x > y;
    case OP_GE: return x >= y;
    case OP_LT: return x < y;
    default: return x <= y; /* -le */
    }
}

static int negate(int v) { return v < 0 ? v : !v; }

/* ---- More than four arguments, and the shapes POSIX leaves unspecified: the historical
 * grammar of 4.4BSD test, which dash and bash share, -a binding tighter than -o:
 *   or:      and { -o and }
 *   and:     not { -a not }
 *   not:     ! not | primary
 *   primary: ( or ) | unary-op arg | arg binary-op arg | arg
 * The trap is an operand that looks like an operator: `( = )` after -a is a group holding the
 * string "=", not a comparison of "(" with ")", and `-n = x` compares "-n". So "(" opens a group
 * unless it is the last argument, and a unary operator is an operand when it is last or when a
 * binary operator and its right operand follow. */
static int parse_or(struct tst *t);

static int parse_primary(struct tst *t)
{
    if (t->pos >= t->n)
        return fail(t, "argument expected");
    char **a = t->a;
    const char *s = a[t->pos];
    if (is(s, "(") && t->pos + 1 < t->n) {
        t->pos++;
        if (is(a[t->pos], ")")) { /* `( )` is an empty, false, expression (dash) */
            t->pos++;
            return 0;
        }
        int v = parse_or(t);
        if (v < 0)
            return v;
        if (t->pos >= t->n || !is(a[t->pos], ")"))
            return fail(t, "')' expected");
        t->pos++;
        return v;
    }
    bool binary_follows = t->pos + 2 < t->n && is_binary(a[t->pos + 1], false);
    if (is_unary(s) && t->pos + 1 < t->n && !binary_follows) {
        t->pos += 2;
        return unary(t, s[1], a[t->pos - 1]);
    }
    if (binary_follows) {
        t->pos += 3;
        return binary(t, s, a[t->pos - 2], a[t->pos - 1]);
    }
    t->pos++;
    return s[0] != '\0';
}

/* The right operand of -a or -o: when nothing follows, the operator ends an expression that is
 * false, so `[ -a -a ]` and `[ -a -a -a -a ]` are false, not errors (dash and bash agree). */
static int parse_not(struct tst *t);
static int right_operand(struct tst *t)
{
    if (t->pos >= t->n)
        return 0;
    return parse_not(t);
}

static int parse_not(struct tst *t)
{
    if (t->pos + 1 < t->n && is(t->a[t->pos], "!")) {
        t->pos++;
        return negate(parse_not(t));
    }
    return parse_primary(t);
}

static int parse_and(struct tst *t)
{
    int v = parse_not(t);
    while (v >= 0 && t->pos < t->n && is(t->a[t->pos], "-a")) {
        t->pos++;
        int r = right_operand(t);
        v = r < 0 ? r : v && r;
    }
    return v;
}

static int parse_or(struct tst *t)
{
    int v = parse_and(t);
    while (v >= 0 && t->pos < t->n && is(t->a[t->pos], "-o")) {
        t->pos++;
        int r = t->pos >= t->n ? 0 : parse_and(t);
        v = r < 0 ? r : v || r;
    }
    return v;
}

/* ---- XCU test, "Application Usage"/algorithm: the result is decided by the argument count
 * first, so `test -n`, `test ! =` and `[ "$x" = "" ]` mean what they say whatever $x is. */
static int eval_args(struct tst *t, char **a, int n)
{
    switch (n) {
    case 0:
        return 0;
    case 1:
        return a[0][0] != '\0';
    case 2:
        if (is(a[0], "!"))
            return a[1][0] == '\0';
        if (is_unary(a[0]))
            return unary(t, a[0][1], a[1]);
        /* Unspecified by POSIX: `-a -a` reads as "-a" and an empty right side (below). */
        if (is(a[0], "-a") || is(a[0], "-o"))
            break;
        return fail(t, "%s: unary operator expected", a[0]);
    case 3:
        if (is_binary(a[1], true))
            return binary(t, a[0], a[1], a[2]);
        if (is(a[0], "!"))
            return negate(eval_args(t, a + 1, 2));
        if (is(a[0], "(") && is(a[2], ")"))
            return a[1][0] != '\0';
        return fail(t, "%s: binary operator expected", a[1]);
    case 4:
        if (is(a[0], "!"))
            return negate(eval_args(t, a + 1, 3));
        if (is(a[0], "(") && is(a[3], ")"))
            return eval_args(t, a + 1, 2);
        break;
    }
    t->a = a;
    t->n = n;
    t->pos = 0;
    int v = parse_or(t);
    if (v >= 0 && t->pos < t->n)
        return fail(t, "%s: unexpected argument", t->a[t->pos]);
    return v;
}

int builtin_test(int argc, char **argv)
{
    struct tst t = {.name = argv[0]};
    if (is(argv[0], "[")) {
        if (argc < 2 || !is(argv[argc - 1], "]")) {
            fail(&t, "missing ']'");
            return 2;
        }
        argc--;
    }
    int v = eval_args(&t, argv + 1, argc - 1);
    return v < 0 ? 2 : !v;
}
