/* echo.c — the echo utility (XCU echo, XSI form): arguments joined by spaces, backslash escapes
 * interpreted, "-n" as the only option. Output goes to stdout through stdio. In conch mode it is
 * bash's echo: -e, -E and -n, combined, escapes only with -e, and \E \xHH \uHHHH \UHHHHHHHH. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/mbchar.h"
#include "lib/strbuf.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <stdio.h>
#include <string.h>


static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

size_t builtin_hex_escape(struct strbuf *out, const char *s)
{
    char kind = *s++;
    int max = kind == 'x' ? 2 : kind == 'u' ? 4 : 8, i = 0;
    unsigned long v = 0;
    for (; i < max && hex_value(s[i]) >= 0; i++)
        v = v * 16 + (unsigned long)hex_value(s[i]);
    if (i == 0)
        return 0;
    if (kind == 'x') {
        sb_addc(out, (char)v);
    } else {
        char buf[4];
        sb_addn(out, buf, mbchar_utf8(buf, v)); /* UTF-8 in every locale (mbchar.h) */
    }
    return (size_t)i + 1;
}

/* conch mode: the XSI escapes plus bash's \E, \xHH (one or two digits), \uHHHH and
 * \UHHHHHHHH (up to four and eight digits). A \x, \u or \U without a digit stays as written,
 * as in bash. The others are builtin_expand_escapes's, given one escape at a time. Returns false
 * at \c. */
bool builtin_expand_escapes_ext(struct strbuf *out, const char *s)
{
    while (*s) {
        const char *bs = strchr(s, '\\');
        if (!bs) {
            sb_adds(out, s);
            break;
        }
        sb_addn(out, s, (size_t)(bs - s));
        s = bs + 1;
        char kind = *s;
        if (kind == 'E') {
            sb_addc(out, '\033');
            s++;
            continue;
        }
        if (kind != 'x' && kind != 'u' && kind != 'U') {
            /* One XSI escape: the backslash, its letter, and up to three octal digits. */
            char esc[6] = {'\\'};
            size_t n = 1;
            if (*s)
                esc[n++] = *s++;
            if (esc[1] >= '0' && esc[1] <= '7')
                for (int d = esc[1] == '0' ? 3 : 2; d > 0 && *s >= '0' && *s <= '7'; d--)
                    esc[n++] = *s++;
            esc[n] = '\0';
            if (!builtin_expand_escapes(out, esc))
                return false;
            continue;
        }
        size_t n = builtin_hex_escape(out, s);
        if (n == 0) {
            sb_addc(out, '\\');
            sb_addc(out, kind);
            n = 1;
        }
        s += n;
    }
    return true;
}

/* bash's echo options: a first argument made only of the letters n, e and E ("-neE") is
 * options, and so are the ones after it; "-", "--" and "-nx" are operands. */
static bool echo_options(const char *a, bool *newline, bool *escapes)
{
    if (a[0] != '-' || !a[1] || a[strspn(a + 1, "neE") + 1] != '\0')
        return false;
    for (a++; *a; a++) {
        if (*a == 'n')
            *newline = false;
        else
            *escapes = *a == 'e';
    }
    return true;
}

/* XCU echo: "Implementations shall not support any options" except that a first operand of
 * -n may suppress the newline (as BSD and dash do); "--" is printed like any operand. The XSI
 * escapes are the %b ones of printf, \c ending all output including the newline.
 * conch mode follows bash: backslashes are printed as they are unless -e asks for the escapes
 * (a bash user's `echo 'C:\new'` and `echo "$path"` mean what they say). */
int builtin_echo(int argc, char **argv)
{
    int i = 1;
    bool ext = options_extensions();
    bool newline = true, escapes = !ext;
    if (ext) {
        while (i < argc && echo_options(argv[i], &newline, &escapes))
            i++;
    } else if (i < argc && strcmp(argv[i], "-n") == 0) {
        newline = false;
        i++;
    }
    struct strbuf sb = {0};
    bool more = true;
    for (; i < argc && more; i++) {
        if (!escapes)
            sb_adds(&sb, argv[i]);
        else if (ext)
            more = builtin_expand_escapes_ext(&sb, argv[i]);
        else
            more = builtin_expand_escapes(&sb, argv[i]);
        if (more && i + 1 < argc)
            sb_addc(&sb, ' ');
    }
    if (more && newline)
        sb_addc(&sb, '\n');
    if (sh.cmdsub_out) {
        sb_addn(sh.cmdsub_out, sb_str(&sb), sb.len);
        sb_release(&sb);
        return 0;
    }
    fwrite(sb_str(&sb), 1, sb.len, stdout);
    sb_release(&sb);
    return builtin_flush("echo");
}
