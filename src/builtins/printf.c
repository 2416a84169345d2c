/* printf.c — the printf utility (XCU printf) and the backslash escapes it shares with echo.
 * Arguments come from the executor already expanded; output goes to stdout through stdio, or in
 * conch mode with -v to a variable. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/array.h"
#include "lib/error.h"
#include "lib/mbchar.h"
#include "lib/strbuf.h"
#include "lib/name.h"
#include "shell/options.h"
#include "shell/lang.h"
#include "shell/shell.h"
#include "shell/specials.h"
#include "shell/vars.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* XCU printf, "%b": \\ \a \b \c \f \n \r \t \v, \0ddd (zero and up to three octal digits) and,
 * as in XSI echo and other shells, \ddd. \e (escape) is a common extension. Unknown escapes
 * stay as written, backslash included. */
bool builtin_expand_escapes(struct strbuf *out, const char *s)
{
    while (*s) {
        if (*s != '\\' || s[1] == '\0') {
            sb_addc(out, *s++);
            continue;
        }
        s++;
        char c = *s++;
        switch (c) {
        case 'a': sb_addc(out, '\a'); break;
        case 'b': sb_addc(out, '\b'); break;
        case 'c': return false;
        case 'e': sb_addc(out, '\033'); break;
        case 'f': sb_addc(out, '\f'); break;
        case 'n': sb_addc(out, '\n'); break;
        case 'r': sb_addc(out, '\r'); break;
        case 't': sb_addc(out, '\t'); break;
        case 'v': sb_addc(out, '\v'); break;
        case '\\': sb_addc(out, '\\'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            /* "\0" introduces up to three more digits; "\1".."\7" start the three themselves. */
            unsigned v = c == '0' ? 0 : (unsigned)(c - '0');
            int max = c == '0' ? 3 : 2;
            for (int i = 0; i < max && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (unsigned)(*s++ - '0');
            sb_addc(out, (char)(v & 0xff));
            break;
        }
        default:
            sb_addc(out, '\\');
            sb_addc(out, c);
            break;
        }
    }
    return true;
}

/* Where the output goes: stdout, or the memory stream of printf -v. */
static FILE *out;

static void putc_out(int c) { putc(c, out); }

/* State of one printf run: the arguments still to consume and the exit status so far. */
struct pf {
    char **args;
    int nargs, next;
    int status;
    bool stop; /* \c in %b: no more output at all */
};

static const char *next_arg(struct pf *p)
{
    return p->next < p->nargs ? p->args[p->next++] : NULL;
}

/* XCU printf, EXTENDED DESCRIPTION item 6: a numeric argument may be a C integer constant or
 * a quote followed by a character (its value). Bad input is diagnosed, the converted prefix is
 * used and printing goes on with status 1. */
static bool check_number(struct pf *p, const char *s, const char *end, int err)
{
    if (err == ERANGE) {
        errno = ERANGE;
        error_errno("printf: %s", s);
        p->status = 1;
        return false;
    }
    if (end == s || *end != '\0') {
        error_msg("printf: %s: invalid number", s);
        p->status = 1;
        return false;
    }
    return true;
}

static bool char_constant(const char *s, uintmax_t *v)
{
    if (s[0] != '\'' && s[0] != '"')
        return false;
    /* XCU printf: "the numeric value in the underlying codeset of the character following the
     * single-quote or double-quote", so 956 for 'μ in UTF-8. A byte that starts no valid
     * character is its own value (255 for \377), as in bash. */
    wchar_t wc;
    if (s[1] && mbchar_decode(s + 1, strlen(s + 1), &wc) > 1)
        *v = (uintmax_t)wc;
    else
        *v = (unsigned char)s[1];
    return true;
}

static intmax_t arg_int(struct pf *p)
{
    const char *s = next_arg(p);
    uintmax_t c;
    if (!s || !*s)
        return 0;
    if (char_constant(s, &c))
        return (intmax_t)c;
    char *end;
    errno = 0;
    intmax_t v = strtoimax(s, &end, 0);
    check_number(p, s, end, errno);
    return v;
}

static uintmax_t arg_uint(struct pf *p)
{
    const char *s = next_arg(p);
    uintmax_t v;
    if (!s || !*s)
        return 0;
    if (char_constant(s, &v))
        return v;
    char *end;
    errno = 0;
    /* strtoumax takes "-1" as UINTMAX_MAX, which is what %u of -1 prints in other shells. */
    v = strtoumax(s, &end, 0);
    check_number(p, s, end, errno);
    return v;
}

static double arg_double(struct pf *p)
{
    const char *s = next_arg(p);
    uintmax_t c;
    if (!s || !*s)
        return 0;
    if (char_constant(s, &c))
        return (double)c;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    /* Underflow to a tiny value is not worth a complaint. */
    check_number(p, s, end, errno == ERANGE && (v == 0 || v > 1 || v < -1) ? ERANGE : 0);
    return v;
}

static int clamp_int(intmax_t v)
{
    return v > INT_MAX ? INT_MAX : v < -INT_MAX ? -INT_MAX : (int)v;
}

/* %b and %c may print NUL bytes, which printf("%s") cannot: pad by hand. */
static void put_padded(const char *s, size_t len, int width, bool left)
{
    size_t pad = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    if (!left)
        for (size_t i = 0; i < pad; i++)
            putc_out(' ');
    fwrite(s, 1, len, out);
    if (left)
        for (size_t i = 0; i < pad; i++)
            putc_out(' ');
}

/* The one place in conch where a format is not a literal of the program. SPEC is built by
 * convert() below only from '%', the flags "-+ #0", '*', ".*", 'j' and one conversion
 * character, never copied from the operand, so the arguments always match it; the check
 * below keeps it that way if convert() changes. */
static bool spec_is_safe(const char *spec)
{
    if (*spec++ != '%')
        return false;
    spec += strspn(spec, "-+ #0");
    if (*spec++ != '*')
        return false;
    if (spec[0] == '.' && spec[1] == '*')
        spec += 2;
    if (*spec == 'j')
        spec++;
    return strchr("diouxXeEfFgGaAs", *spec) && *spec && spec[1] == '\0';
}

static void spec_printf(const char *spec, ...)
{
    if (!spec_is_safe(spec))
        abort();
    va_list ap;
    va_start(ap, spec);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    vfprintf(out, spec, ap);
#pragma GCC diagnostic pop
    va_end(ap);
}

/* %q (bash): s quoted so that the shell reads it back as one word: '' when empty, $'...' when
 * it holds control characters, else backslashes before the characters that are special
 * somewhere in a command (a ~ only where a tilde prefix may start, a # only at the start). */
static void quote_for_reuse(struct strbuf *sb, const char *s)
{
    if (!*s) {
        sb_adds(sb, "''");
        return;
    }
    bool control = false;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c < 0x20 || *c == 0x7f)
            control = true;
    if (control) {
        sb_adds(sb, "$'");
        for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
            static const char from[] = "\a\b\033\f\n\r\t\v\\'";
            static const char to[] = "abefnrtv\\'";
            const char *e = strchr(from, *c);
            if (e) {
                sb_addc(sb, '\\');
                sb_addc(sb, to[e - from]);
            } else if (*c < 0x20 || *c == 0x7f) {
                sb_addf(sb, "\\%03o", *c);
            } else {
                sb_addc(sb, (char)*c);
            }
        }
        sb_addc(sb, '\'');
        return;
    }
    for (const char *c = s; *c; c++) {
        bool lead = c == s || c[-1] == '=' || c[-1] == ':';
        if (strchr(" \t'\"\\|&;()<>!{}*[?]^$`,", *c) || (*c == '~' && lead)
            || (*c == '#' && c == s))
            sb_addc(sb, '\\');
        sb_addc(sb, *c);
    }
}

/* conch mode (bash): %(fmt)T. The argument is seconds since the Epoch; -1, or none left,
 * is now and -2 when the shell started; an empty fmt is %X. Width and precision apply to the
 * text, as for %s. */
static const char *time_directive(struct pf *p, const char *fmt, size_t len, const char *after,
                                  int width, bool left, int prec)
{
    time_t t;
    if (p->next >= p->nargs) {
        t = time(NULL);
    } else {
        intmax_t v = arg_int(p);
        t = v == -1 ? time(NULL) : v == -2 ? specials_start_time() : (time_t)v;
    }
    char *f = len ? xstrndup(fmt, len) : xstrdup("%X");
    struct tm tm;
    char buf[512];
    size_t n = 0;
    if (localtime_r(&t, &tm)) {
        /* The format is the script's, as %(...)T means: strftime only formats, writes into
         * buf and stops at its size. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        n = strftime(buf, sizeof buf, f, &tm);
#pragma GCC diagnostic pop
    }
    free(f);
    if (prec >= 0 && (size_t)prec < n)
        n = (size_t)prec;
    put_padded(buf, n, width, left);
    return after;
}

/* One conversion specification starting after the '%': returns a pointer past it, or NULL
 * after an error message for a directive printf does not know. */
static const char *convert(struct pf *p, const char *f)
{
    const char *start = f - 1;
    char spec[32];
    size_t n = 0;
    spec[n++] = '%';
    bool left = false;
    while (*f && strchr("-+ #0", *f)) {
        if (*f == '-')
            left = true;
        if (n < 8)
            spec[n++] = *f;
        f++;
    }
    bool have_width = false, have_prec = false;
    int width = 0, prec = 0;
    if (*f == '*') {
        width = clamp_int(arg_int(p));
        have_width = true;
        f++;
    } else if (*f >= '0' && *f <= '9') {
        intmax_t w = 0;
        while (*f >= '0' && *f <= '9')
            w = w < INT_MAX ? w * 10 + (*f++ - '0') : (f++, w);
        width = clamp_int(w);
        have_width = true;
    }
    if (width < 0) {
        /* A negative '*' width means left adjustment (as in C). */
        width = width == INT_MIN ? INT_MAX : -width;
        left = true;
        spec[n++] = '-';
    }
    if (*f == '.') {
        f++;
        have_prec = true;
        if (*f == '*') {
            prec = clamp_int(arg_int(p));
            f++;
        } else {
            intmax_t v = 0;
            while (*f >= '0' && *f <= '9')
                v = v < INT_MAX ? v * 10 + (*f++ - '0') : (f++, v);
            prec = clamp_int(v);
        }
        if (prec < 0)
            have_prec = false; /* "as if the precision were omitted" */
    }
    /* conch mode (bash): %(fmt)T, the time given in seconds since the Epoch (-1 or no
     * argument: now; -2: when the shell started) written by strftime(fmt). */
    if (*f == '(' && options_extensions()) {
        const char *close = strchr(f + 1, ')');
        if (close && close[1] == 'T')
            return time_directive(p, f + 1, (size_t)(close - f - 1), close + 2, width, left,
                                  have_prec ? prec : -1);
    }
    /* Length modifiers mean nothing here (every number is intmax_t); accept and skip them. */
    const char *modifiers = f;
    /* q is a length modifier (BSD's quad) except in conch mode, where %q quotes. */
    while (*f && strchr(options_extensions() ? "hlLjzt" : "hlLjztq", *f))
        f++;
    char conv = *f;
    if (conv == '\0' && f == modifiers) {
        error_msg("printf: missing format character");
        p->status = 2;
        return NULL;
    }
    if (conv)
        f++;
    spec[n++] = '*';
    if (have_prec && strchr("diouxXeEfFgGaAs", conv)) {
        spec[n++] = '.';
        spec[n++] = '*';
    } else if (conv != 'b') {
        have_prec = false; /* %b takes a precision too, applied by hand below */
    }
    if (!have_width)
        width = 0;

    switch (conv) {
    case 'd':
    case 'i': {
        intmax_t v = arg_int(p);
        spec[n++] = 'j';
        spec[n++] = conv;
        spec[n] = '\0';
        if (have_prec)
            spec_printf(spec, width, prec, v);
        else
            spec_printf(spec, width, v);
        break;
    }
    case 'o':
    case 'u':
    case 'x':
    case 'X': {
        uintmax_t v = arg_uint(p);
        spec[n++] = 'j';
        spec[n++] = conv;
        spec[n] = '\0';
        if (have_prec)
            spec_printf(spec, width, prec, v);
        else
            spec_printf(spec, width, v);
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': {
        double v = arg_double(p);
        spec[n++] = conv;
        spec[n] = '\0';
        if (have_prec)
            spec_printf(spec, width, prec, v);
        else
            spec_printf(spec, width, v);
        break;
    }
    case 's': {
        const char *s = next_arg(p);
        spec[n++] = 's';
        spec[n] = '\0';
        if (have_prec)
            spec_printf(spec, width, prec, s ? s : "");
        else
            spec_printf(spec, width, s ? s : "");
        break;
    }
    case 'c': {
        const char *s = next_arg(p);
        char c = s ? s[0] : '\0';
        /* An empty argument prints a NUL byte, as other shells do; no argument prints nothing. */
        put_padded(&c, s ? 1 : 0, width, left);
        break;
    }
    case 'b': {
        const char *s = next_arg(p);
        struct strbuf sb = {0};
        if (!(options_extensions() ? builtin_expand_escapes_ext : builtin_expand_escapes)(&sb, s ? s : ""))
            p->stop = true;
        size_t len = sb.len;
        if (have_prec && (size_t)prec < len)
            len = (size_t)prec;
        put_padded(sb_str(&sb), len, width, left);
        sb_release(&sb);
        break;
    }
    case 'q':
        if (!options_extensions())
            goto invalid;
        {
            const char *s = next_arg(p);
            struct strbuf sb = {0};
            quote_for_reuse(&sb, s ? s : "");
            spec[n++] = 's';
            spec[n] = '\0';
            spec_printf(spec, width, sb_str(&sb));
            sb_release(&sb);
        }
        break;
    case '%':
        if (f - start == 2) {
            putc_out('%');
            break;
        }
        /* "%5%" is not a valid directive */
        __attribute__((fallthrough));
    default:
    invalid:
        error_msg("printf: %.*s: invalid directive", (int)(f - start), start);
        p->status = 2;
        return NULL;
    }
    return f;
}

/* The format's own escapes (XBD 5 table plus \ooo of one to three digits), and in conch mode
 * bash's \E, \xHH, \uHHHH and \UHHHHHHHH; unlike %b, \c is not special here. Returns a
 * pointer past the escape. */
static const char *format_escape(const char *f)
{
    if (options_extensions() && (*f == 'x' || *f == 'u' || *f == 'U' || *f == 'E')) {
        if (*f == 'E') {
            putc_out('\033');
            return f + 1;
        }
        struct strbuf sb = {0};
        size_t n = builtin_hex_escape(&sb, f);
        fwrite(sb_str(&sb), 1, sb.len, out);
        sb_release(&sb);
        if (n)
            return f + n;
    }
    if (*f >= '0' && *f <= '7') {
        unsigned v = 0;
        for (int i = 0; i < 3 && *f >= '0' && *f <= '7'; i++)
            v = v * 8 + (unsigned)(*f++ - '0');
        putc_out((int)(v & 0xff));
        return f;
    }
    static const char from[] = "abefnrtv\\";
    static const char to[] = "\a\b\033\f\n\r\t\v\\";
    const char *p = *f ? strchr(from, *f) : NULL;
    if (p) {
        putc_out(to[p - from]);
        return f + 1;
    }
    putc_out('\\');
    return f;
}

/* XCU printf: the format is applied once, then again while arguments remain (item 9), but
 * only if it consumed some, so a format without conversions does not loop forever. */
int builtin_printf(int argc, char **argv)
{
    const char *var = NULL;
    int first;
    lang_need(); /* strtod, %f and %'d follow LC_NUMERIC */
    if (options_extensions()) {
        /* bash's printf -v NAME: the output is assigned to NAME instead of written. */
        struct builtin_opts o = {.index = 1};
        int c;
        while ((c = builtin_getopt(&o, argc, argv, "v:")) != -1) {
            if (c == '?')
                return 2;
            var = o.arg;
        }
        first = o.index;
        char *aname;
        const char *sub;
        if (var && array_split_operand(var, &aname, &sub)) {
            free(aname); /* printf -v 'a[i]': an element, as in bash */
        } else if (var && !is_name(var, strlen(var))) {
            error_msg("printf: %s: not a valid identifier", var);
            return 2;
        }
    } else {
        first = builtin_operands(argc, argv);
    }
    if (first < 0)
        return 2;
    if (first >= argc)
        return builtin_usage_error("printf", "missing format");
    char *buf = NULL;
    size_t buflen = 0;
    out = stdout;
    /* printf -v, and a `$(printf ...)` run without a subshell: into memory. */
    bool captured = !var && sh.cmdsub_out;
    if ((var || captured) && !(out = open_memstream(&buf, &buflen))) {
        error_errno("printf");
        return 1;
    }
    const char *format = argv[first];
    struct pf p = {.args = argv + first + 1, .nargs = argc - first - 1};
    do {
        int before = p.next;
        const char *f = format;
        while (*f && !p.stop) {
            if (*f == '\\') {
                f = format_escape(f + 1);
            } else if (*f == '%') {
                f = convert(&p, f + 1);
                if (!f)
                    break;
            } else {
                putc_out(*f++);
            }
        }
        if (!f || p.next == before)
            break;
    } while (p.next < p.nargs && !p.stop);
    if (captured) {
        fclose(out);
        out = stdout;
        sb_addn(sh.cmdsub_out, buf ? buf : "", buf ? buflen : 0);
        free(buf);
        return p.status;
    }
    if (var) {
        /* A variable holds no NUL: its value ends at the first one, as in bash. */
        fclose(out);
        out = stdout;
        char *aname;
        const char *sub;
        if (array_split_operand(var, &aname, &sub)) {
            if (array_set_operand(aname, sub, buf ? buf : ""))
                p.status = 1;
            free(aname);
        } else if (vars_set(var, buf ? buf : "", 0) < 0) {
            p.status = 1;
        }
        free(buf);
        return p.status;
    }
    if (builtin_flush("printf"))
        return 1;
    return p.status;
}
