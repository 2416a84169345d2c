/* specials.c — conch mode's special shell variables (as bash). vars.c stores them like any
 * variable, flagged VAR_DYNAMIC where the value is computed here when read. */
#include "config.h"

#include "shell/specials.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

/* RANDOM: a 15-bit value (0 to 32767) as in bash, from a 64-bit LCG (Knuth's MMIX constants),
 * whose high bits are the good ones. Assigning seeds it; a new process (a subshell) reseeds
 * itself at its first read, so that two subshells do not print the same numbers. */
static unsigned long long rand_state;
static pid_t rand_pid;

static void rand_seed(unsigned long long seed)
{
    rand_state = seed;
    rand_pid = getpid();
}

static unsigned rand_next(void)
{
    if (rand_pid != getpid()) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        rand_seed(((unsigned long long)ts.tv_sec << 20) ^ (unsigned long long)ts.tv_nsec
                  ^ ((unsigned long long)getpid() << 32) ^ rand_state);
    }
    rand_state = rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(rand_state >> 33) & 0x7fff;
}

/* SECONDS: the seconds since start-up, or since the last assignment plus the value assigned. */
static time_t seconds_base;
static time_t start_time; /* for printf's %(...)T of -2 */

time_t specials_start_time(void)
{
    return start_time ? start_time : time(NULL);
}
static long seconds_offset;

/* $_: the last argument of the previous simple command, NULL for "". exec/simple.c hands over
 * the field itself (specials_take_last_arg): no copy per command for a value rarely read. */
static char *last_arg;

/* BASHPID is CONCH_PID under bash's name, for bash's scripts (BASH_VERSION stays unset:
 * conch is not bash). */
static const char *const dynamic[] = { "RANDOM", "SECONDS", "EPOCHSECONDS", "EPOCHREALTIME",
                                       "CONCH_PID", "BASHPID", "_" };

const char *specials_value(const char *name, char buf[64])
{
    switch (name[0]) {
    case 'R':
        snprintf(buf, 64, "%u", rand_next());
        return buf;
    case 'S':
        snprintf(buf, 64, "%ld", (long)(time(NULL) - seconds_base) + seconds_offset);
        return buf;
    case 'E':
        if (strcmp(name, "EPOCHSECONDS") == 0) {
            snprintf(buf, 64, "%lld", (long long)time(NULL));
        } else {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            snprintf(buf, 64, "%lld.%06ld", (long long)ts.tv_sec, ts.tv_nsec / 1000);
        }
        return buf;
    case 'C':
    case 'B':
        snprintf(buf, 64, "%ld", (long)getpid()); /* this process, also in a subshell */
        return buf;
    default:
        return last_arg ? last_arg : "";
    }
}

void specials_assigned(const char *name, const char *value)
{
    switch (name[0]) {
    case 'R':
        rand_seed(strtoull(value, NULL, 10));
        break;
    case 'S':
        seconds_base = time(NULL);
        seconds_offset = strtol(value, NULL, 10);
        break;
    case '_':
        specials_last_arg(value);
        break;
    default:
        break; /* EPOCH*, CONCH_PID, BASHPID: read-only in effect, as bash ignores such assignments */
    }
}

void specials_last_arg(const char *arg)
{
    specials_take_last_arg(arg[0] ? xstrdup(arg) : NULL);
}

void specials_take_last_arg(char *arg)
{
    free(last_arg);
    last_arg = arg;
}

/* A start-up value, unless the environment or the script already set it. */
static void set_default(const char *name, const char *value, unsigned flags)
{
    if (!vars_get(name))
        vars_set(name, value, flags);
}

bool specials_pending;

/* Creates those of the variables that are missing: what specials_init would have created on
 * the spot. */
void specials_materialize(void)
{
    char buf[64];
    specials_pending = false;
    for (size_t i = 0; i < sizeof dynamic / sizeof *dynamic; i++)
        if (!vars_get(dynamic[i]))
            vars_set(dynamic[i], "", VAR_DYNAMIC);
    set_default("UID", decimal_text(buf, getuid()), VAR_READONLY);
    set_default("EUID", decimal_text(buf, geteuid()), VAR_READONLY);
    struct utsname u;
    bool have_uname = uname(&u) == 0;
#ifdef __GLIBC__
    /* The GNU C library's gethostname is uname's nodename: one system call, not two. */
    if (have_uname)
        set_default("HOSTNAME", u.nodename, 0);
#else
    char host[256];
    if (gethostname(host, sizeof host) == 0) {
        host[sizeof host - 1] = '\0';
        set_default("HOSTNAME", host, 0);
    }
#endif
    if (have_uname) {
        set_default("HOSTTYPE", u.machine, 0);
        /* bash's names: linux-gnu with the GNU C library, else the system's name in lower case
         * (system names are ASCII: no tolower, which would follow the locale). */
        char os[sizeof u.sysname + sizeof "-gnu"];
        size_t n = 0;
        for (const char *p = u.sysname; *p && n < sizeof u.sysname; p++)
            os[n++] = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
        os[n] = '\0';
#ifdef __GLIBC__
        if (strcmp(os, "linux") == 0)
            strcat(os, "-gnu");
#endif
        set_default("OSTYPE", os, 0);
    }
    set_default("CONCH_VERSION", PACKAGE_VERSION, 0);
}

void specials_init(bool startup)
{
    static bool started, done;
    char buf[64];
    if (startup)
        started = true;
    if (!started || !options_extensions())
        return; /* main's options_set_posix comes before the environment is imported */
    if (specials_pending)
        return; /* nothing made yet, so nothing missing: they will be made as at start-up */
    if (!done) {
        start_time = seconds_base = time(NULL);
        rand_pid = 0; /* seeded at the first read */
        /* $_ starts as the environment's (the parent shell's path for this shell), as bash. */
        const char *u = vars_get("_");
        specials_last_arg(u ? u : "");
        vars_clear_flags("_", VAR_EXPORT);
        /* One the environment already holds turns dynamic now: a lookup finds it, so
         * specials_materialize would never see it missing. */
        for (size_t i = 0; i < sizeof dynamic / sizeof *dynamic; i++)
            if (vars_get(dynamic[i]))
                vars_set(dynamic[i], "", VAR_DYNAMIC);
    }
    if (startup) {
        /* SHLVL counts nested shells: one more than the environment's (1 if unusable). */
        const char *lvl = vars_get("SHLVL");
        long n;
        vars_set("SHLVL", decimal_text(buf, (lvl && decimal_parse(lvl, &n) && n >= 0 && n < 1000000) ? n + 1 : 1),
                 VAR_EXPORT);
    }
    done = true;
    /* The rest (UID, HOSTNAME, a RANDOM not in the environment...) is made when first looked
     * up or listed (vars.c): most scripts never read them, and uname and the ids cost more
     * than the script. With allexport on they would be exported: made now, as it says. */
    if (opt.allexport)
        specials_materialize();
    else
        specials_pending = true;
}
