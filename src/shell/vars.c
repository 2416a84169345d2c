/* vars.c — the variable table (XCU 2.5.3): NAME -> value with export/readonly attributes.
 * Read by expansion, arithmetic and builtins; feeds the environment of every exec (vars_environ). */
#include "config.h"

#include "shell/vars.h"
#include "shell/array.h"
#include "shell/callstack.h"
#include "lib/decimal.h"
#include "lib/name.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/lang.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/specials.h"

#include <assert.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One variable. An entry stays in the table while it has a value or attributes; `export x` on
 * an unset x keeps an entry with value NULL. */
struct var {
    struct var *next; /* hash chain */
    char *value;      /* NULL: unset; may be the room after name (create, drop_value) */
    size_t cap;       /* bytes at value, reused by later assignments (x="$x." loops); while
                       * value is NULL, the bytes of room after name */
    unsigned flags;
    uint32_t hash;
    struct array *arr; /* conch mode: the value is this array (value is then NULL) */
    char name[];
};

/* The attributes that change a value as it is stored (set_converted). */
#define VAR_CONVERT (VAR_INTEGER | VAR_LOWER | VAR_UPPER)

static struct var **table;
static size_t table_size; /* a power of two */
static size_t table_count;

/* The environment handed to exec, rebuilt only after an exported variable changed. Its first
 * slot is kept free for vars_environ_for's _=PATH; the entries start at env_cache + 1. */
static char **env_cache;
static bool env_dirty = true;

/* FNV-1a: cheap and good enough for short names; lookups stay O(1) in the hot loops
 * (i=$((i+1)), parameter expansion in `case`). */
static uint32_t hash_name(const char *name)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

/* Variables a start-up gives values but most scripts never read: vars_init's IFS, PS1, PS2,
 * PS4 and OPTIND (make_defaults), and conch mode's UID, RANDOM... (specials.h). They are made
 * before anything can find one of them missing: when a lookup misses one of their names, and
 * before the table is listed. Making them only adds variables: none a caller holds goes. */
static bool defaults_pending;
static void make_defaults(void);

/* They are pending only while allexport was off (vars_init, specials_init): a `set -a` since
 * must not export them. */
static void make_later(void (*make)(void))
{
    bool allexport = opt.allexport;
    opt.allexport = false;
    make();
    opt.allexport = allexport;
}

/* Asked at every lookup of an upper-case name that misses while any is pending: most fail at
 * the first or second byte. */
static bool make_pending(const char *name)
{
    if (defaults_pending
        && ((name[0] == 'I' && name[1] == 'F' && strcmp(name, "IFS") == 0)
            || (name[0] == 'O' && name[1] == 'P' && strcmp(name, "OPTIND") == 0)
            || (name[0] == 'P' && name[1] == 'S' && (name[2] == '1' || name[2] == '2' || name[2] == '4')
                && !name[3]))) {
        make_later(make_defaults);
        return true;
    }
    if (specials_pending && specials_is_name(name)) {
        make_later(specials_materialize);
        return true;
    }
    return false;
}

static struct var *lookup_pending(const char *name, uint32_t h);
static struct var *lookup(const char *name, uint32_t h)
{
    if (!table)
        return NULL;
    for (struct var *v = table[h & (table_size - 1)]; v; v = v->next)
        if (v->hash == h && strcmp(v->name, name) == 0)
            return v;
    /* Every pending name is upper case or "_": a script's own lower-case names, the usual
     * misses, go no further. */
    if (__builtin_expect(defaults_pending || specials_pending, 0)
        && ((unsigned char)(name[0] - 'A') <= 'Z' - 'A' || name[0] == '_'))
        return lookup_pending(name, h);
    return NULL;
}

/* Out of line, a tail call: lookup stays a leaf that callers inline, as before. */
static __attribute__((noinline)) struct var *lookup_pending(const char *name, uint32_t h)
{
    return make_pending(name) ? lookup(name, h) : NULL;
}

/* 128 heads to start with (1 KiB: a start-up clears no more), doubled when the variables
 * outnumber them. */
static void grow_table(void)
{
    size_t nsize = table_size ? table_size * 2 : 128;
    struct var **nt = xcalloc(nsize, sizeof *nt);
    for (size_t i = 0; i < table_size; i++) {
        for (struct var *v = table[i], *next; v; v = next) {
            next = v->next;
            v->next = nt[v->hash & (nsize - 1)];
            nt[v->hash & (nsize - 1)] = v;
        }
    }
    free(table);
    table = nt;
    table_size = nsize;
}

/* The variables imported from the environment share one block (vars_init): a malloc each was
 * most of a start-up's import. destroy leaves theirs in it. */
static char *import_block, *import_end;

/* Enters v, its name already written, with room bytes free after the name. */
static struct var *create_at(struct var *v, uint32_t h, size_t room)
{
    if (table_count >= table_size)
        grow_table();
    v->value = NULL;
    v->cap = room;
    v->flags = 0;
    v->arr = NULL;
    v->hash = h;
    v->next = table[h & (table_size - 1)];
    table[h & (table_size - 1)] = v;
    table_count++;
    return v;
}

/* room: bytes kept after the name for the first value (store_value puts it there), so that
 * a variable set at start-up (PS1, PPID...) costs one allocation, not two. */
static struct var *create(const char *name, uint32_t h, size_t room)
{
    size_t len = strlen(name);
    struct var *v = xmalloc(sizeof *v + len + 1 + room);
    memcpy(v->name, name, len + 1);
    return create_at(v, h, room);
}

/* The value lives in the variable's own block when it is the first one (create): freed with
 * the variable, never alone. */
static char *own_room(struct var *v)
{
    return v->name + strlen(v->name) + 1;
}

static void drop_value(struct var *v)
{
    if (v->value != own_room(v))
        free(v->value);
}

static void destroy(struct var *v)
{
    struct var **pp = &table[v->hash & (table_size - 1)];
    while (*pp != v)
        pp = &(*pp)->next;
    *pp = v->next;
    table_count--;
    drop_value(v);
    array_free(v->arr);
    if ((char *)v < import_block || (char *)v >= import_end)
        free(v);
}

unsigned vars_path_generation;

/* Assigning PATH invalidates the command hash table (XCU 2.9.1.1: exec/search.c sees the
 * generation change; state never calls up into exec/); LANG and LC_* set the locale. CONCH_MAXDEPTH sets the
 * nesting limit of function calls and dot scripts (sh.max_func_depth); unset, empty or not a
 * positive number, the default of 10000 applies. Whatever the number, running out of C stack
 * is still an error (exec_stack_exhausted), never a crash. */
enum { DEFAULT_MAX_DEPTH = 10000 };
static void changed(const char *name)
{
    if (name[0] == 'P' && strcmp(name, "PATH") == 0) {
        vars_path_generation++;
    } else if (name[0] == 'C' && strcmp(name, "CONCH_MAXDEPTH") == 0) {
        const char *value = vars_get(name);
        char *end;
        long n = value && *value ? strtol(value, &end, 10) : 0;
        sh.max_func_depth = n > 0 && n <= INT_MAX && !*end ? (int)n : DEFAULT_MAX_DEPTH;
    } else if (name[0] == 'L' && lang_is_locale_var(name)) {
        lang_changed(name); /* XCU 2.5.3: LANG and LC_* take effect when assigned or unset */
    }
}

/* Inlined: it is most of vars_set, the hot path of every assignment. */
static inline __attribute__((always_inline)) void store_value(struct var *v, const char *value)
{
    size_t len = strlen(value);
    if (len < v->cap) {
        if (!v->value)
            v->value = own_room(v);
        /* memmove: value may be (part of) the old value itself. */
        memmove(v->value, value, len + 1);
        return;
    }
    /* Grow by half again so a value lengthened one step at a time is not copied every time. */
    size_t cap = len + 1 + len / 2;
    if (cap < 16)
        cap = 16;
    char *nv = xmalloc(cap);
    memcpy(nv, value, len + 1);
    drop_value(v);
    v->value = nv;
    v->cap = cap;
}

static const char *array_first(struct var *v);
/* A VAR_DYNAMIC variable's value now, kept in the variable like an assigned one. After
 * `set -o posix` it is an ordinary variable again, holding the last value. */
static const char *dynamic_value(struct var *v)
{
    if (!options_extensions())
        return v->value;
    char buf[64];
    store_value(v, specials_value(v->name, buf));
    return v->value;
}

/* conch mode's name references (declare -n): the variables that ever had the attribute, so
 * that a script without any pays one test per call. */
static size_t namerefs;

/* What a chain of references ends at. Circles are refused when made (vars_nameref_set), but
 * scopes can still close one: after 8 links, as bash, the chain stops with a warning. */
static __attribute__((noinline)) const char *deref_chain(const char *name)
{
    for (int links = 0; links < 8; links++) {
        struct var *v = lookup(name, hash_name(name));
        if (!v || !(v->flags & VAR_NAMEREF) || !v->value || !*v->value)
            return name;
        name = v->value;
    }
    shell_error("warning: %s: name reference chain too long or circular", name);
    return name;
}

/* The variable a vars_* call acts on: name, or the one it refers to. */
static inline const char *deref(const char *name)
{
    return __builtin_expect(namerefs == 0, 1) ? name : deref_chain(name);
}

const char *vars_get(const char *name)
{
    name = deref(name);
    struct var *v = lookup(name, hash_name(name));
    if (v && v->arr)
        return array_first(v);
    /* The one test ordinary lookups pay for dynamic variables: flags is next to value. */
    if (v && (v->flags & VAR_DYNAMIC))
        return dynamic_value(v);
    return v ? v->value : NULL;
}

unsigned vars_flags(const char *name)
{
    name = deref(name);
    struct var *v = lookup(name, hash_name(name));
    return v ? v->flags : 0;
}

static int set_converted(struct var *v, const char *value, unsigned flags) __attribute__((noinline));

int vars_set(const char *name, const char *value, unsigned flags)
{
    name = deref(name);
    uint32_t h = hash_name(name);
    struct var *v = lookup(name, h);
    if (value && v && (v->flags & VAR_READONLY)) {
        shell_error("%s: readonly variable", name);
        return -1;
    }
    if (value && v && (v->flags & VAR_NAMEREF))
        return vars_nameref_set(name, value, 0); /* `declare -n r; r=x`: r refers to x now */
    if (value && opt.allexport)
        flags |= VAR_EXPORT;
    if (!v) {
        if (!value && !flags)
            return 0;
        v = create(name, h, value ? strlen(value) + 1 : 0);
    }
    if (value && (v->arr || ((v->flags | flags) & VAR_CONVERT)))
        return set_converted(v, value, flags);
    unsigned old = v->flags;
    v->flags |= flags;
    if (value) {
        store_value(v, value);
        changed(name);
        if (old & VAR_DYNAMIC)
            specials_assigned(name, v->value); /* RANDOM=seed, SECONDS=n */
    }
    if ((v->flags & VAR_EXPORT) && (value || old != v->flags))
        env_dirty = true;
    return 0;
}

/* unset of name itself, a name reference included (unset -n). */
static int unset_here(const char *name)
{
    struct var *v = lookup(name, hash_name(name));
    if (!v)
        return 0;
    if (v->flags & VAR_READONLY) {
        shell_error("%s: readonly variable", name);
        return -1;
    }
    if (v->flags & VAR_EXPORT)
        env_dirty = true;
    destroy(v);
    changed(name);
    return 0;
}

int vars_unset(const char *name)
{
    return unset_here(deref(name));
}

void vars_clear_flags(const char *name, unsigned flags)
{
    name = deref(name);
    struct var *v = lookup(name, hash_name(name));
    if (!v)
        return;
    if ((v->flags & VAR_EXPORT) && (flags & VAR_EXPORT))
        env_dirty = true;
    v->flags &= ~flags;
    if (!v->value && !v->flags && !v->arr)
        destroy(v);
}

char **vars_environ(void)
{
    if (!env_dirty && env_cache)
        return env_cache + 1;
    /* One block: the pointer array, then the "NAME=value" strings. */
    size_t n = 0, bytes = 0;
    for (size_t i = 0; i < table_size; i++)
        for (struct var *v = table[i]; v; v = v->next)
            if ((v->flags & VAR_EXPORT) && v->value) {
                n++;
                bytes += strlen(v->name) + strlen(v->value) + 2;
            }
    char **env = xmalloc((n + 2) * sizeof *env + bytes);
    char *p = (char *)(env + n + 2);
    size_t k = 1;
    for (size_t i = 0; i < table_size; i++)
        for (struct var *v = table[i]; v; v = v->next)
            if ((v->flags & VAR_EXPORT) && v->value) {
                env[k++] = p;
                p = stpcpy(stpcpy(stpcpy(p, v->name), "="), v->value) + 1;
            }
    env[k] = NULL;
    free(env_cache);
    env_cache = env;
    env_dirty = false;
    return env + 1;
}

char **vars_environ_for(const char *path)
{
    char **env = vars_environ();
    if (!options_extensions())
        return env;
    /* conch mode (bash): the command finds its own path in $_, ahead of an exported _. */
    static struct strbuf under;
    sb_truncate(&under, 0);
    sb_adds(&under, "_=");
    sb_adds(&under, path);
    env[-1] = (char *)sb_str(&under);
    return env - 1;
}

/* XCU 2.5.3: PWD is kept from the environment only if it is an absolute name of the current
 * directory without . or .. components; otherwise it is recomputed. */
static bool pwd_is_valid(const char *pwd)
{
    if (!pwd || pwd[0] != '/')
        return false;
    for (const char *p = pwd; *p; p++) {
        if (p[0] == '/' && p[1] == '.' &&
            (p[2] == '/' || p[2] == '\0' || (p[2] == '.' && (p[3] == '/' || p[3] == '\0'))))
            return false;
    }
    struct stat a, b;
    return stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The length of the NAME before the '=' of an environment entry; 0 when it has none (such
 * entries cannot be shell variables). */
static size_t env_name_len(const char *entry)
{
    size_t len = 0;
    if (!name_start_char(entry[0]))
        return 0;
    while (name_char(entry[len]))
        len++;
    return entry[len] == '=' ? len : 0;
}

/* A struct var and the text after it, rounded up so that the next one is aligned. */
static size_t var_bytes(size_t text)
{
    size_t n = sizeof(struct var) + text;
    return (n + _Alignof(struct var) - 1) & ~(_Alignof(struct var) - 1);
}

/* The environment's variables, all exported, in one block. Once: main's call. */
static void import(char **envp)
{
    size_t bytes = 0; /* enough for every entry, NAME NUL value NUL, NAMEs or not */
    for (char **e = envp; *e; e++)
        bytes += var_bytes(strlen(*e) + 1);
    assert(!import_block);
    import_block = xmalloc(bytes);
    import_end = import_block + bytes;
    char *at = import_block;
    for (char **e = envp; e && *e; e++) {
        size_t len = env_name_len(*e);
        if (!len)
            continue;
        const char *value = *e + len + 1;
        size_t room = strlen(value) + 1;
        struct var *v = (struct var *)at;
        at += var_bytes(len + 1 + room);
        memcpy(v->name, *e, len);
        v->name[len] = '\0';
        uint32_t h = hash_name(v->name);
        if (lookup(v->name, h)) {
            vars_set(v->name, value, VAR_EXPORT); /* named twice: the last one counts */
            continue;
        }
        create_at(v, h, room);
        v->flags = VAR_EXPORT;
        v->value = memcpy(v->name + len + 1, value, room); /* own_room */
        changed(v->name);
    }
}

/* The defaults vars_init leaves for later, where the variables are missing. */
static void make_defaults(void)
{
    defaults_pending = false;
    if (!vars_get("IFS")) {
        vars_set("IFS", " \t\n", 0);
        vars_clear_flags("IFS", VAR_EXPORT); /* never exported, even by allexport */
    }
    if (!vars_get("PS1"))
        vars_set("PS1", geteuid() == 0 ? "# " : "$ ", 0);
    if (!vars_get("PS2"))
        vars_set("PS2", "> ", 0);
    if (!vars_get("PS4"))
        vars_set("PS4", "+ ", 0);
    if (!vars_get("OPTIND"))
        vars_set("OPTIND", "1", 0);
}

void vars_init(char **envp)
{
    if (envp && *envp)
        import(envp);
    /* IFS is never taken from the environment: a hostile value would change how every script
     * splits its words. OPTIND starts at 1 whatever it was. Where they are missing, they and
     * PS1, PS2 and PS4 are made when first needed, unless allexport would export them now. */
    if (lookup("IFS", hash_name("IFS"))) {
        vars_set("IFS", " \t\n", 0);
        vars_clear_flags("IFS", VAR_EXPORT);
    }
    if (lookup("OPTIND", hash_name("OPTIND")))
        vars_set("OPTIND", "1", 0);
    if (opt.allexport)
        make_defaults();
    else
        defaults_pending = true;
    /* Not exported, as in dash and bash: a child gets PATH only if the user exports it. */
    if (!vars_get("PATH"))
        vars_set("PATH", VARS_DEFAULT_PATH, 0);
    char buf[DECIMAL_MAX];
    vars_set("PPID", decimal_text(buf, getppid()), 0);
    if (!pwd_is_valid(vars_get("PWD"))) {
        char *cwd = getcwd(NULL, 0);
        if (cwd)
            vars_set("PWD", cwd, VAR_EXPORT);
        free(cwd);
    }
}

/* ---- Function-local scopes (dash semantics) -------------------------------------------------
 * `local x` saves x's value and attributes in the innermost scope; the variable keeps its value
 * until the function assigns it. Popping the scope puts every saved variable back. `local -`
 * saves the shell options the same way. */
struct saved {
    struct saved *next;
    char *name;
    char *value; /* NULL: was unset */
    struct array *arr; /* conch mode: it held this array */
    unsigned flags;
    bool existed;
};

struct scope {
    struct scope *up;
    struct saved *saved;
    bool temporary; /* a builtin's or utility's prefix assignments, not a function call */
    bool options_saved;
    struct options options;
};

static struct scope *scopes;

void vars_scope_push(void)
{
    struct scope *s = xcalloc(1, sizeof *s);
    s->up = scopes;
    scopes = s;
}

void vars_scope_push_temporary(void)
{
    vars_scope_push();
    scopes->temporary = true;
}

void vars_scope_pop(void)
{
    struct scope *s = scopes;
    if (!s)
        return;
    scopes = s->up;
    for (struct saved *sv = s->saved, *next; sv; sv = next) {
        next = sv->next;
        uint32_t h = hash_name(sv->name);
        struct var *v = lookup(sv->name, h);
        if (v && (v->flags & VAR_EXPORT))
            env_dirty = true;
        if (sv->existed) {
            if (!v)
                v = create(sv->name, h, 0);
            drop_value(v);
            array_free(v->arr);
            v->arr = sv->arr;
            v->value = sv->value; /* ownership moves back to the table */
            v->cap = sv->value ? strlen(sv->value) + 1 : 0;
            v->flags = sv->flags;
            if (v->flags & VAR_EXPORT)
                env_dirty = true;
        } else if (v) {
            destroy(v);
        }
        if (!sv->existed)
            array_free(sv->arr);
        changed(sv->name);
        free(sv->name);
        free(sv);
    }
    if (s->options_saved)
        opt = s->options;
    free(s);
}

/* Saves name's state in scope sc, once: the first saved state is the one to restore. */
static void save_in(struct scope *sc, const char *name)
{
    for (struct saved *sv = sc->saved; sv; sv = sv->next)
        if (strcmp(sv->name, name) == 0)
            return;
    struct var *v = lookup(name, hash_name(name));
    struct saved *sv = xmalloc(sizeof *sv);
    sv->name = xstrdup(name);
    sv->existed = v != NULL;
    sv->value = v && v->value ? xstrdup(v->value) : NULL;
    sv->arr = v && v->arr ? array_copy(v->arr) : NULL;
    sv->flags = v ? v->flags : 0;
    sv->next = sc->saved;
    sc->saved = sv;
}

int vars_make_local(const char *name)
{
    /* `E=x local v` runs local inside the temporary scope of its own prefix assignment: v
     * belongs to the function's scope, or it would be restored as soon as local returns. */
    struct scope *sc = scopes;
    while (sc && sc->temporary)
        sc = sc->up;
    if (!sc) {
        error_msg("local: not in a function");
        return -1;
    }
    if (strcmp(name, "-") == 0) {
        if (!sc->options_saved) {
            sc->options = opt;
            sc->options_saved = true;
        }
        return 0;
    }
    save_in(sc, name);
    return 0;
}

/* bash's dynamic scoping: `unset x` where the innermost x is the local of a calling function
 * removes that local, and the x it shadowed is seen again (bash-completion's _upvars assigns
 * its caller's variables this way). A local of the running function only becomes unset. */
int vars_unset_scoped(const char *name)
{
    name = deref(name);
    struct scope *cur = scopes;
    while (cur && cur->temporary)
        cur = cur->up;
    struct scope *sc = cur;
    struct saved **link = NULL;
    for (; sc; sc = sc->up) {
        if (sc->temporary)
            continue;
        for (link = &sc->saved; *link; link = &(*link)->next)
            if (strcmp((*link)->name, name) == 0)
                break;
        if (*link)
            break;
    }
    if (!sc || sc == cur)
        return vars_unset(name);
    uint32_t h = hash_name(name);
    struct var *v = lookup(name, h);
    if (v && (v->flags & VAR_READONLY)) {
        shell_error("%s: readonly variable", name);
        return -1;
    }
    struct saved *sv = *link;
    *link = sv->next;
    if (v && (v->flags & VAR_EXPORT))
        env_dirty = true;
    if (sv->existed) {
        if (!v)
            v = create(name, h, 0);
        drop_value(v);
        array_free(v->arr);
        v->arr = sv->arr;
        v->value = sv->value;
        v->cap = sv->value ? strlen(sv->value) + 1 : 0;
        v->flags = sv->flags;
        if (v->flags & VAR_EXPORT)
            env_dirty = true;
    } else {
        if (v)
            destroy(v);
        array_free(sv->arr);
    }
    changed(name);
    free(sv->name);
    free(sv);
    return 0;
}

void vars_make_temporary(const char *name)
{
    name = deref(name);
    if (scopes)
        save_in(scopes, name);
}

/* ---- Listing ---------------------------------------------------------------------------------- */
static int cmp_var(const void *a, const void *b)
{
    return strcmp((*(struct var *const *)a)->name, (*(struct var *const *)b)->name);
}

void vars_foreach(unsigned flags, void (*fn)(const char *name, const char *value, unsigned flags, void *ctx),
                  void *ctx)
{
    if (defaults_pending)
        make_later(make_defaults);
    if (specials_pending)
        make_later(specials_materialize);
    size_t n = 0;
    struct var **all = xmalloc((table_count + 1) * sizeof *all);
    for (size_t i = 0; i < table_size; i++)
        for (struct var *v = table[i]; v; v = v->next)
            if ((v->flags & flags) == flags)
                all[n++] = v;
    qsort(all, n, sizeof *all, cmp_var);
    for (size_t i = 0; i < n; i++)
        fn(all[i]->name, (all[i]->flags & VAR_DYNAMIC) ? dynamic_value(all[i]) : all[i]->value,
           all[i]->flags, ctx);
    free(all);
}

/* ---- conch mode: attributes and arrays ---------------------------------------------------- */
int (*vars_arith_hook)(const char *expr, intmax_t *out);

/* value as -i, -l or -u make it (malloc'd), or NULL after a message. */
static char *convert(unsigned flags, const char *value)
{
    if ((flags & VAR_INTEGER) && vars_arith_hook) {
        intmax_t n;
        if (vars_arith_hook(value, &n) < 0)
            return NULL;
        char buf[32];
        snprintf(buf, sizeof buf, "%jd", n);
        return xstrdup(buf);
    }
    char *s = xstrdup(value);
    /* Byte by byte, in the C locale's sense: enough for ASCII names and words. */
    for (char *p = s; *p; p++) {
        if ((flags & VAR_LOWER) && *p >= 'A' && *p <= 'Z')
            *p += 'a' - 'A';
        else if ((flags & VAR_UPPER) && *p >= 'a' && *p <= 'z')
            *p -= 'a' - 'A';
    }
    return s;
}

static const char *array_first(struct var *v)
{
    if (v->flags & VAR_ASSOC)
        return array_get_key(v->arr, "0");
    return array_get(v->arr, 0);
}

/* vars_set for a variable with attributes to apply, or holding an array (element 0). */
static int set_converted(struct var *v, const char *value, unsigned flags)
{
    unsigned all = v->flags | flags;
    char *conv = all & VAR_CONVERT ? convert(all, value) : NULL;
    if ((all & VAR_CONVERT) && !conv) {
        if (!v->value && !v->flags && !v->arr)
            destroy(v);
        return -1;
    }
    if (conv)
        value = conv;
    bool was_exported = v->flags & VAR_EXPORT;
    v->flags |= flags;
    if (v->arr) {
        if (v->flags & VAR_ASSOC)
            array_set_key(v->arr, "0", value);
        else
            array_set(v->arr, 0, value);
    } else {
        store_value(v, value);
        changed(v->name);
        if (v->flags & VAR_EXPORT)
            env_dirty = true;
    }
    if (was_exported != !!(v->flags & VAR_EXPORT))
        env_dirty = true;
    free(conv);
    return 0;
}

static struct var *lookup_name(const char *name)
{
    return lookup(name, hash_name(name));
}

const struct array *vars_array(const char *name)
{
    name = deref(name);
    if (name[0] == 'P' && strcmp(name, "PIPESTATUS") == 0)
        vars_pipestatus_sync();
    else if (name[0] == 'F' || name[0] == 'B')
        callstack_sync(name);
    struct var *v = lookup_name(name);
    return v ? v->arr : NULL;
}

static int readonly_error(const char *name)
{
    shell_error("%s: readonly variable", name);
    return -1;
}

/* The variable as an array, made one if needed (a scalar value becomes element 0). */
static struct var *make_array(const char *name, bool assoc, bool check_kind)
{
    uint32_t h = hash_name(name);
    struct var *v = lookup(name, h);
    if (v && (v->flags & VAR_READONLY)) {
        readonly_error(name);
        return NULL;
    }
    if (!v)
        v = create(name, h, 0);
    if (v->arr) {
        if (check_kind && array_is_assoc(v->arr) != assoc) {
            error_msg("%s: cannot convert %s array to %s array", name, assoc ? "indexed" : "associative",
                      assoc ? "associative" : "indexed");
            return NULL;
        }
        return v;
    }
    v->arr = array_new(assoc);
    if (v->value) {
        if (assoc)
            array_set_key(v->arr, "0", v->value);
        else
            array_set(v->arr, 0, v->value);
        drop_value(v);
        v->value = NULL;
        v->cap = 0;
        if (v->flags & VAR_EXPORT)
            env_dirty = true; /* an array is not exported */
    }
    v->flags |= assoc ? VAR_ASSOC : VAR_ARRAY;
    return v;
}

int vars_array_make(const char *name, bool assoc)
{
    name = deref(name);
    return make_array(name, assoc, true) ? 0 : -1;
}

int vars_array_replace(const char *name, struct array *arr)
{
    name = deref(name);
    struct var *v = make_array(name, array_is_assoc(arr), false);
    if (!v) {
        array_free(arr);
        return -1;
    }
    if (v->flags & VAR_CONVERT) {
        /* -i, -l, -u apply to every element: rebuilt through vars_array_set's rules. */
        struct array *conv = array_new(array_is_assoc(arr));
        for (size_t i = 0; i < array_count(arr); i++) {
            intmax_t idx;
            const char *key;
            const char *val = array_at(arr, i, &idx, &key);
            char *c = convert(v->flags, val);
            if (!c) {
                array_free(conv);
                array_free(arr);
                return -1;
            }
            if (key)
                array_set_key(conv, key, c);
            else
                array_set(conv, idx, c);
            free(c);
        }
        array_free(arr);
        arr = conv;
    }
    array_set_assigned(arr);
    array_free(v->arr);
    v->arr = arr;
    v->flags &= ~(VAR_ARRAY | VAR_ASSOC);
    v->flags |= array_is_assoc(arr) ? VAR_ASSOC : VAR_ARRAY;
    return 0;
}

int vars_array_set(const char *name, intmax_t index, const char *key, const char *value)
{
    name = deref(name);
    struct var *v = lookup_name(name);
    if (!v || !v->arr) {
        v = make_array(name, false, false);
        if (!v)
            return -1;
    } else if (v->flags & VAR_READONLY) {
        return readonly_error(name);
    }
    char *conv = NULL;
    if (v->flags & VAR_CONVERT) {
        conv = convert(v->flags, value);
        if (!conv)
            return -1;
        value = conv;
    }
    if (array_is_assoc(v->arr))
        array_set_key(v->arr, key ? key : "0", value);
    else
        array_set(v->arr, index, value);
    free(conv);
    return 0;
}

int vars_array_unset(const char *name, intmax_t index, const char *key)
{
    name = deref(name);
    struct var *v = lookup_name(name);
    if (!v)
        return 0;
    if (v->flags & VAR_READONLY)
        return readonly_error(name);
    if (!v->arr) {
        /* unset 'x[0]' on a scalar unsets it (bash); other subscripts leave it alone. */
        if (!key && index == 0)
            return vars_unset(name);
        return 0;
    }
    if (array_is_assoc(v->arr))
        array_unset_key(v->arr, key ? key : "0");
    else
        array_unset(v->arr, index);
    return 0;
}

int vars_remove_flags(const char *name, unsigned flags)
{
    name = deref(name);
    struct var *v = lookup_name(name);
    if (!v)
        return 0;
    if ((flags & VAR_READONLY) && (v->flags & VAR_READONLY))
        return readonly_error(name);
    vars_clear_flags(name, flags);
    return 0;
}

int vars_pipestatus_one;
size_t vars_pipestatus_n;
static int *pipestatus_many;
static size_t pipestatus_cap;

void vars_pipestatus_set(const int *statuses, size_t n)
{
    if (n > pipestatus_cap) {
        pipestatus_cap = n;
        pipestatus_many = xrealloc(pipestatus_many, n * sizeof *pipestatus_many);
    }
    memcpy(pipestatus_many, statuses, n * sizeof *statuses);
    vars_pipestatus_one = n ? statuses[0] : 0;
    vars_pipestatus_n = n;
}

void vars_pipestatus_sync(void)
{
    if (!options_extensions() || vars_pipestatus_n == 0)
        return;
    struct var *v = lookup_name("PIPESTATUS");
    if (v && (v->flags & VAR_READONLY))
        return;
    struct array *arr = array_new(false);
    for (size_t i = 0; i < vars_pipestatus_n; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", vars_pipestatus_n == 1 ? vars_pipestatus_one : pipestatus_many[i]);
        array_set(arr, (intmax_t)i, buf);
    }
    if (v && v->arr && !array_is_assoc(v->arr)) {
        array_free(v->arr);
        v->arr = arr;
        return;
    }
    vars_array_replace("PIPESTATUS", arr);
}

/* Always single-quoted, as dash prints it: 'it'\''s'. */
void vars_print_quoted(const char *value)
{
    struct strbuf sb = {0};
    sb_add_quoted(&sb, value);
    fputs(sb_str(&sb), stdout);
    sb_release(&sb);
}

/* ---- Name references (conch mode, bash's declare -n) ----------------------------------------- */

int vars_nameref_set(const char *name, const char *target, unsigned readonly)
{
    uint32_t h = hash_name(name);
    struct var *v = lookup(name, h);
    if (v && (v->flags & VAR_READONLY)) {
        shell_error("%s: readonly variable", name);
        return -1;
    }
    if (target && !is_name(target, strlen(target))) {
        /* bash also refers to array elements (r='a[1]'); conch's references name variables. */
        shell_error("%s: '%s': invalid variable name for name reference", name, target);
        return -1;
    }
    if (target && strcmp(target, name) == 0) {
        shell_error("%s: nameref variable self references not allowed", name);
        return -1;
    }
    /* A chain that would lead back here is refused now (bash warns at each use instead). */
    int links = 0;
    for (const char *t = target; t && namerefs && links++ < 8;) {
        struct var *r = lookup(t, hash_name(t));
        if (!r || !(r->flags & VAR_NAMEREF) || !r->value || !*r->value)
            break;
        t = r->value;
        if (strcmp(t, name) == 0) {
            shell_error("%s: circular name reference", name);
            return -1;
        }
    }
    if (!v)
        v = create(name, h, target ? strlen(target) + 1 : 0);
    if (v->arr) {
        shell_error("%s: reference variable cannot be an array", name);
        return -1;
    }
    if (v->flags & VAR_EXPORT)
        env_dirty = true;
    v->flags = (v->flags & ~(VAR_EXPORT | VAR_CONVERT | VAR_DYNAMIC)) | VAR_NAMEREF | (readonly ? VAR_READONLY : 0);
    if (target)
        store_value(v, target);
    namerefs++;
    return 0;
}

const char *vars_nameref_target(const char *name)
{
    if (namerefs == 0)
        return NULL;
    struct var *v = lookup(name, hash_name(name));
    return v && (v->flags & VAR_NAMEREF) ? (v->value ? v->value : "") : NULL;
}

void vars_nameref_clear(const char *name)
{
    struct var *v = lookup(name, hash_name(name));
    if (v)
        v->flags &= ~VAR_NAMEREF;
}

int vars_nameref_unset(const char *name)
{
    return unset_here(name);
}
