/* testop.c — the file and string primaries of test/[ (XCU test) for builtins/test.c and the
 * [[ ]] of conch mode (exec/cond.c); they only look at the file system, never at shell state. */
#include "config.h"

#include "lib/testop.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* XCU test: the file primaries follow symbolic links, except -h and -L; -r -w -x ask with the
 * effective ids (faccessat AT_EACCESS), as the standard's "permission ... granted" means. */
int testop_unary(char op, const char *arg)
{
    struct stat st;
    switch (op) {
    case 'n': return arg[0] != '\0';
    case 'z': return arg[0] == '\0';
    case 'h':
    case 'L': return lstat(arg, &st) == 0 && S_ISLNK(st.st_mode);
    case 'r': return faccessat(AT_FDCWD, arg, R_OK, AT_EACCESS) == 0;
    case 'w': return faccessat(AT_FDCWD, arg, W_OK, AT_EACCESS) == 0;
    case 'x': return faccessat(AT_FDCWD, arg, X_OK, AT_EACCESS) == 0;
    }
    if (stat(arg, &st) != 0)
        return 0;
    switch (op) {
    case 'b': return S_ISBLK(st.st_mode);
    case 'c': return S_ISCHR(st.st_mode);
    case 'd': return S_ISDIR(st.st_mode);
    case 'e': return 1;
    case 'f': return S_ISREG(st.st_mode);
    case 'g': return (st.st_mode & S_ISGID) != 0;
    case 'k': return (st.st_mode & S_ISVTX) != 0;
    case 'p': return S_ISFIFO(st.st_mode);
    case 's': return st.st_size > 0;
    case 'S': return S_ISSOCK(st.st_mode);
    case 'u': return (st.st_mode & S_ISUID) != 0;
    /* Not in POSIX, but in every shell measured: owned by the effective user / group. */
    case 'O': return st.st_uid == geteuid();
    case 'G': return st.st_gid == getegid();
    }
    return 0;
}

bool testop_newer(const char *a, const char *b)
{
    struct stat sa, sb;
    if (stat(a, &sa) != 0)
        return false;
    if (stat(b, &sb) != 0)
        return true;
    if (sa.st_mtim.tv_sec != sb.st_mtim.tv_sec)
        return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec;
    return sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec;
}

bool testop_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev
           && sa.st_ino == sb.st_ino;
}
