/* umask.c — the umask utility (XCU umask): prints or sets the file mode creation mask, in
 * octal or in chmod's symbolic form (u=rwx,g=rx,o=). */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static mode_t get_mask(void)
{
    mode_t m = umask(0);
    umask(m);
    return m;
}

static void print_symbolic(mode_t mask)
{
    mode_t perm = ~mask & 0777;
    static const char who[] = "ugo";
    for (int i = 0; i < 3; i++) {
        int shift = 6 - 3 * i;
        printf("%s%c=", i ? "," : "", who[i]);
        if (perm & (4u << shift))
            putchar('r');
        if (perm & (2u << shift))
            putchar('w');
        if (perm & (1u << shift))
            putchar('x');
    }
    putchar('\n');
}

/* The rwx bits of one class (u, g or o) of perm, moved to every class. */
static mode_t copy_class(mode_t perm, char class)
{
    int shift = class == 'u' ? 6 : class == 'g' ? 3 : 0;
    mode_t bits = (perm >> shift) & 7;
    return bits << 6 | bits << 3 | bits;
}

/* XCU chmod's symbolic_mode grammar, applied to the permissions the mask leaves
 * (umask g-w removes write from what files get): clause [, clause]..., where
 * clause = [ugoa]* (op (perm... | u | g | o))+. 's' and 't' mean nothing for a mask;
 * 'X' is taken as 'x'. Returns -1 on a syntax error. */
static int parse_symbolic(const char *s, mode_t *mask)
{
    mode_t perm = ~*mask & 0777;
    for (;;) {
        mode_t who = 0;
        for (; *s && strchr("ugoa", *s); s++)
            who |= *s == 'u' ? 0700 : *s == 'g' ? 0070 : *s == 'o' ? 0007 : 0777;
        if (!who)
            who = 0777;
        if (!*s || !strchr("+-=", *s))
            return -1;
        while (*s && strchr("+-=", *s)) {
            char op = *s++;
            mode_t bits = 0;
            if (*s && strchr("ugo", *s)) {
                bits = copy_class(perm, *s++);
            } else {
                for (; *s && strchr("rwxXst", *s); s++)
                    bits |= *s == 'r' ? 0444 : *s == 'w' ? 0222 : (*s == 'x' || *s == 'X') ? 0111 : 0;
            }
            bits &= who;
            if (op == '+')
                perm |= bits;
            else if (op == '-')
                perm &= ~bits;
            else
                perm = (perm & ~who) | bits;
        }
        if (*s == '\0')
            break;
        if (*s++ != ',')
            return -1;
    }
    *mask = ~perm & 0777;
    return 0;
}

int builtin_umask(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool symbolic = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "S")) != -1) {
        if (c == '?')
            return 2;
        symbolic = true;
    }
    if (o.index >= argc) {
        mode_t mask = get_mask();
        if (symbolic)
            print_symbolic(mask);
        else
            printf("%04o\n", (unsigned)mask);
        return builtin_flush("umask");
    }
    const char *arg = argv[o.index];
    mode_t mask;
    if (*arg >= '0' && *arg <= '9') {
        unsigned long v = 0;
        for (const char *p = arg; *p; p++) {
            if (*p < '0' || *p > '7' || (v = v * 8 + (unsigned long)(*p - '0')) > 07777) {
                error_msg("umask: %s: invalid octal mode", arg);
                return 2;
            }
        }
        mask = (mode_t)v;
    } else {
        mask = get_mask();
        if (parse_symbolic(arg, &mask) != 0) {
            error_msg("umask: %s: invalid mode", arg);
            return 2;
        }
    }
    umask(mask);
    return 0;
}
