/* declare.c — conch mode's declare and typeset builtins (bash): variable attributes, arrays,
 * function listings; local takes the same options (local.c). Built on shell/vars.h, exec/array.h. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/array.h"
#include "lib/error.h"
#include "lib/name.h"
#include "lib/strbuf.h"
#include "parse/ast.h"
#include "shell/callstack.h"
#include "shell/array.h"
#include "shell/functions.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Option letters that are attributes, in the order bash prints them. */
static const struct {
    char letter;
    unsigned flag;
} attrs[] = {
    {'a', VAR_ARRAY}, {'A', VAR_ASSOC}, {'i', VAR_INTEGER}, {'n', VAR_NAMEREF}, {'r', VAR_READONLY},
    {'x', VAR_EXPORT}, {'l', VAR_LOWER}, {'u', VAR_UPPER},
};

/* A value as bash's declare -p writes it: "..." with \ before " $ ` \, or $'...' when it holds
 * control characters. */
void declare_add_value(struct strbuf *sb, const char *v)
{
    bool ctl = false;
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        ctl |= *p < 0x20 || *p == 0x7f;
    if (ctl) {
        sb_adds(sb, "$'");
        for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
            switch (*p) {
            case '\n': sb_adds(sb, "\\n"); break;
            case '\t': sb_adds(sb, "\\t"); break;
            case '\r': sb_adds(sb, "\\r"); break;
            case '\033': sb_adds(sb, "\\E"); break;
            case '\\': sb_adds(sb, "\\\\"); break;
            case '\'': sb_adds(sb, "\\'"); break;
            default:
                if (*p < 0x20 || *p == 0x7f)
                    sb_addf(sb, "\\%03o", *p);
                else
                    sb_addc(sb, (char)*p);
            }
        }
        sb_addc(sb, '\'');
        return;
    }
    sb_addc(sb, '"');
    for (const char *p = v; *p; p++) {
        if (strchr("\"$`\\", *p))
            sb_addc(sb, '\\');
        sb_addc(sb, *p);
    }
    sb_addc(sb, '"');
}

/* ([0]="x" [1]="y") or, associative, ([k]="v" ["a b"]="w" ) with bash's trailing blank. */
void declare_add_array(struct strbuf *sb, const struct array *arr)
{
    sb_addc(sb, '(');
    size_t n = array_count(arr);
    for (size_t i = 0; i < n; i++) {
        intmax_t index;
        const char *key;
        const char *v = array_at(arr, i, &index, &key);
        sb_addc(sb, '[');
        if (!key) {
            sb_addf(sb, "%" PRIdMAX, index);
        } else if (*key && !key[strcspn(key, " \t\n\"'\\$`[]|&;<>()*?=~#")]) {
            sb_adds(sb, key);
        } else {
            declare_add_value(sb, key);
        }
        sb_adds(sb, "]=");
        declare_add_value(sb, v);
        if (key || i + 1 < n)
            sb_addc(sb, ' ');
    }
    sb_addc(sb, ')');
}

static void print_decl(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)ctx;
    struct strbuf sb = {0};
    sb_adds(&sb, "declare -");
    bool any = false;
    for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++)
        if (flags & attrs[i].flag) {
            sb_addc(&sb, attrs[i].letter);
            any = true;
        }
    if (!any)
        sb_addc(&sb, '-');
    sb_addc(&sb, ' ');
    sb_adds(&sb, name);
    const struct array *arr = (flags & (VAR_ARRAY | VAR_ASSOC)) ? vars_array(name) : NULL;
    if (arr && array_assigned(arr)) {
        sb_addc(&sb, '=');
        declare_add_array(&sb, arr);
    } else if (!arr && value) {
        sb_addc(&sb, '=');
        declare_add_value(&sb, value);
    }
    puts(sb_str(&sb));
    sb_release(&sb);
}

static void print_function(struct function *f, bool body)
{
    if (!body) {
        printf("declare -f %s\n", f->name);
        return;
    }
    struct strbuf sb = {0};
    sb_addf(&sb, "%s () \n", f->name);
    unparse_node_pretty(&sb, f->body, 0);
    if (sb.len == 0 || sb.s[sb.len - 1] != '\n')
        sb_addc(&sb, '\n');
    fputs(sb_str(&sb), stdout);
    sb_release(&sb);
}

static void each_function(struct function *f, void *ctx)
{
    print_function(f, *(bool *)ctx);
}

/* -f, -F: function definitions or names. */
static int functions_listing(const char *who, int argc, char **argv, int first, bool body)
{
    if (first >= argc) {
        functions_foreach(each_function, &body);
        return builtin_flush(who);
    }
    int status = 0;
    for (int i = first; i < argc; i++) {
        struct function *f = functions_find(argv[i]);
        if (f && body)
            print_function(f, body);
        else if (f)
            puts(f->name); /* declare -F name: the name alone (bash) */
        else
            status = 1;
    }
    return builtin_flush(who) | status;
}

/* One operand: name, name=value, name+=value, name=(...), name[sub]=value. */
static int declare_one(const char *who, const char *arg, unsigned on, unsigned off, bool local)
{
    if (local && strcmp(arg, "-") == 0)
        return vars_make_local("-") != 0 ? 2 : 0; /* local -: the options (dash) */
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
    bool append = eq && len > 0 && arg[len - 1] == '+';
    if (append)
        len--;
    char *name = xstrndup(arg, len);
    const char *sub = NULL;
    char *base = NULL;
    int status = 0;
    if (!is_name(name, len)) {
        if (!eq || !array_split_operand(name, &base, &sub)) {
            error_msg("%s: %s: not a valid identifier", who, arg);
            free(name);
            return 1;
        }
        free(name);
        name = base;
    }
    if (local && vars_make_local(name) != 0) {
        free(name);
        return 2;
    }
    /* -n and +n act on the reference itself, never on the variable it names. */
    if (on & VAR_NAMEREF) {
        status = sub || append ? (error_msg("%s: %s: not a valid name reference", who, arg), 1)
                               : vars_nameref_set(name, eq ? eq + 1 : NULL, on & VAR_READONLY) < 0;
        free(name);
        return status;
    }
    if ((off & VAR_NAMEREF) && vars_nameref_target(name)) {
        vars_nameref_clear(name);
        off &= ~VAR_NAMEREF;
    }
    unsigned flags = vars_flags(name);
    if ((off & VAR_READONLY) && (flags & VAR_READONLY)) {
        error_msg("%s: %s: readonly variable", who, name);
        free(name);
        return 1;
    }
    if ((on & VAR_ASSOC) && (flags & VAR_ARRAY)) {
        error_msg("%s: %s: cannot convert indexed to associative array", who, name);
        free(name);
        return 1;
    }
    if ((on & VAR_ARRAY) && (flags & VAR_ASSOC)) {
        error_msg("%s: %s: cannot convert associative to indexed array", who, name);
        free(name);
        return 1;
    }
    if (off & (VAR_ARRAY | VAR_ASSOC) & flags) {
        error_msg("%s: %s: cannot destroy array variables in this way", who, name);
        free(name);
        return 1;
    }
    if (local && !eq && (on & (VAR_ARRAY | VAR_ASSOC)) && !(flags & VAR_READONLY))
        vars_unset(name); /* local -a a: a new, empty array (bash) */
    if (off & ~VAR_READONLY)
        vars_remove_flags(name, off & ~VAR_READONLY);
    /* -l and -u exclude each other: the one given wins. */
    if (on & VAR_LOWER)
        vars_clear_flags(name, VAR_UPPER);
    if (on & VAR_UPPER)
        vars_clear_flags(name, VAR_LOWER);
    if ((on & (VAR_ARRAY | VAR_ASSOC)) && vars_array_make(name, on & VAR_ASSOC) < 0) {
        free(name);
        return 1;
    }
    unsigned early = on & (VAR_INTEGER | VAR_LOWER | VAR_UPPER);
    if (early && vars_set(name, NULL, early) < 0)
        status = 1;
    if (eq && !status) {
        const char *value = eq + 1;
        size_t vlen = strlen(value);
        if (sub) {
            status = array_set_operand(name, sub, value);
        } else if (array_encoded(arg) && vlen >= 2 && value[0] == '(' && value[vlen - 1] == ')') {
            status = array_assign_text(name, append, value);
        } else if (append) {
            const char *old = vars_get(name);
            struct strbuf sb = {0};
            sb_adds(&sb, old ? old : "");
            sb_adds(&sb, value);
            status = vars_set(name, sb_str(&sb), 0) < 0;
            sb_release(&sb);
        } else if (vars_set(name, value, 0) < 0) {
            status = 1;
        }
    }
    unsigned late = on & (VAR_EXPORT | VAR_READONLY);
    if (!status && (late || (!vars_flags(name) && !vars_get(name))))
        vars_set(name, NULL, late | VAR_DECLARED);
    free(name);
    return status;
}

/* declare, typeset, and local (local = true): [-aAfFgilprux] [+ilux] [name[=value]...] */
int declare_main(int argc, char **argv, bool is_local)
{
    const char *who = argv[0];
    unsigned on = 0, off = 0;
    bool print = false, funcs = false, fnames = false, global = false;
    int i = 1;
    for (const char *a; (a = builtin_signed_option(argc, argv, &i)); i++) {
        for (const char *p = a + 1; *p; p++) {
            unsigned flag = 0;
            for (size_t k = 0; k < sizeof attrs / sizeof *attrs; k++)
                if (attrs[k].letter == *p)
                    flag = attrs[k].flag;
            if (flag) {
                if (a[0] == '-')
                    on |= flag;
                else
                    off |= flag;
            } else if (*p == 'p' && a[0] == '-') {
                print = true;
            } else if (*p == 'f' && a[0] == '-') {
                funcs = true;
            } else if (*p == 'F' && a[0] == '-') {
                fnames = true;
            } else if (*p == 'g' && a[0] == '-' && !is_local) {
                global = true;
            } else {
                return builtin_usage_error(who, "%c%c: invalid option", a[0], *p);
            }
        }
    }
    if (funcs || fnames)
        return functions_listing(who, argc, argv, i, !fnames);
    if (i >= argc) {
        if (is_local && !on && !off && !print)
            return 0;
        vars_pipestatus_sync();
        callstack_sync_all();
        vars_foreach(on & ~(VAR_ARRAY | VAR_ASSOC), print_decl, NULL);
        return builtin_flush(who);
    }
    if (print) {
        int status = 0;
        for (; i < argc; i++) {
            if (strcmp(argv[i], "PIPESTATUS") == 0)
                vars_pipestatus_sync();
            callstack_sync(argv[i]);
            const char *target = vars_nameref_target(argv[i]);
            if (target) {
                print_decl(argv[i], *target ? target : NULL, VAR_NAMEREF, NULL);
                continue;
            }
            unsigned flags = vars_flags(argv[i]);
            const char *v = vars_get(argv[i]);
            if (!flags && !v) {
                error_msg("%s: %s: not found", who, argv[i]);
                status = 1;
                continue;
            }
            print_decl(argv[i], v, flags, NULL);
        }
        return builtin_flush(who) | status;
    }
    /* Inside a function, declare and typeset make locals as local does, unless -g. */
    bool local = is_local || (!global && sh.func_depth > 0);
    int status = 0;
    for (; i < argc; i++) {
        int r = declare_one(who, argv[i], on, off, local);
        if (r == 2)
            return 1; /* local outside a function: the message is printed once */
        status |= r;
    }
    return status;
}

int builtin_declare(int argc, char **argv)
{
    return declare_main(argc, argv, false);
}
