/* lang.c — the shell's locale follows its LANG and LC_* variables (XCU 2.5.3, 8.2).
 * vars.c reports changes here; the result is read by lib/mbchar.c and by libc (fnmatch, glob). */
#include "config.h"

#include "shell/lang.h"
#include "lib/mbchar.h"
#include "shell/vars.h"

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool ready;
unsigned lang_generation;

static const struct {
    int category;
    const char *name;
} categories[] = {
    {LC_CTYPE, "LC_CTYPE"},       {LC_COLLATE, "LC_COLLATE"}, {LC_MESSAGES, "LC_MESSAGES"},
    {LC_NUMERIC, "LC_NUMERIC"},   {LC_TIME, "LC_TIME"},       {LC_MONETARY, "LC_MONETARY"},
};

static const char *nonempty(const char *name)
{
    const char *v = vars_get(name);
    return v && *v ? v : NULL;
}

/* XCU 8.2 precedence: LC_ALL, then the category's own variable, then LANG; with none of them
 * set, the POSIX locale. The shell's variables count, not the environment it was started with:
 * `LC_ALL=C.UTF-8` without export changes how the shell itself counts characters, as in bash
 * and ksh93. A name setlocale() refuses leaves that category as it was (bash does the same). */
static void apply_only(unsigned mask)
{
    const char *all = nonempty("LC_ALL");
    const char *lang = nonempty("LANG");
    for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++) {
        if (!(mask & (1u << i)))
            continue;
        const char *v = all ? all : nonempty(categories[i].name);
        if (!v)
            v = lang ? lang : "C";
        setlocale(categories[i].category, v);
    }
}

unsigned lang_deferred;

static void apply(void)
{
    lang_deferred = 0;
    apply_only(~0u);
}

void lang_load_deferred(void)
{
    /* Callers test errno right after it (read -t's strtod): setlocale's file lookups must not
     * leave their ENOENT behind. */
    int saved = errno;
    unsigned mask = lang_deferred;
    lang_deferred = 0;
    apply_only(mask);
    errno = saved;
}

static bool is_c(const char *v)
{
    return !v || !*v || strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0;
}

/* Every program starts in the C locale: when the environment asks for nothing else,
 * setlocale() would only spend the time of a start-up (about 1% of `conch -c :`). */
void lang_init(void)
{
    ready = true;
    const char *all = getenv("LC_ALL");
    bool plain = all && *all ? is_c(all) : is_c(getenv("LANG"));
    for (char **e = environ; plain && *e; e++)
        if (strncmp(*e, "LC_", 3) == 0 && strncmp(*e, "LC_ALL=", 7) != 0 && !is_c(strchr(*e, '=') + 1))
            plain = all && *all; /* LC_ALL, when set, overrides every LC_ category */
    if (plain)
        return; /* the C locale: one byte a character, as mbchar starts (no MB_CUR_MAX call) */
    /* Only the categories conch reads, each on its own as after an assignment (the shell's
     * variables are the environment's yet): setlocale(LC_ALL, "") would load twelve, each
     * costing more than the rest of a start-up (LC_PAPER, LC_ADDRESS... which nothing in conch
     * reads; commands load their own), and it fails as a whole when one category names a
     * locale that is not installed (LANG=en_US.UTF-8 in a bare container). Characters and
     * messages now; collation, numbers, time and money when first needed (lang_need), which
     * is never in most scripts: until a locale variable changes, which applies them all,
     * they resolve to what they would have now. */
    for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
        if (categories[i].category != LC_CTYPE && categories[i].category != LC_MESSAGES)
            lang_deferred |= 1u << i;
    apply_only(~lang_deferred);
    mbchar_refresh();
}

bool lang_is_locale_var(const char *name)
{
    return strcmp(name, "LANG") == 0 || (name[0] == 'L' && name[1] == 'C' && name[2] == '_');
}

void lang_changed(const char *name)
{
    if (!ready)
        return;
    /* Readline re-reads the locale from getenv() (LC_ALL, LC_CTYPE, LANG) and calls setlocale()
     * with what it finds, which would undo the shell's choice: the process environment follows
     * the shell's locale variables. Commands never see it: exec gets vars_environ(). */
    const char *value = vars_get(name);
    if (value)
        setenv(name, value, 1);
    else
        unsetenv(name);
    apply();
    mbchar_refresh();
    lang_generation++;
}
